/** Co-op claims plans: campaigns, planned activities, submission and review. */
package works.incentives.domain.plan;
