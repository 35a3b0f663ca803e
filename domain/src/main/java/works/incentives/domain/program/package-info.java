/** Incentive programs: program year, currency, deadline rules and the activity catalogue. */
package works.incentives.domain.program;
