/** Proofs of execution (claims): checks before submission, review, disputes, payment. */
package works.incentives.domain.claim;
