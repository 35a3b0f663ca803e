/**
 * Insight: the dashboards' aggregates (funds by program and period, money about to expire unclaimed,
 * plans and claims by state, time in the review queue per reviewer), each summed by the database.
 */
package works.incentives.domain.insight;
