/** Fund allocations: what a partner earned, committed, claimed, was paid and has left. */
package works.incentives.domain.fund;
