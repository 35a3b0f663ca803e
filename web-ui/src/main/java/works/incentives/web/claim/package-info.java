/**
 * Proofs of execution (claims) as the partner sees them: the five-step wizard with evidence
 * uploads and the pre-submission check, the read-only claim page with withdraw, answer and
 * dispute, "My claims", the printable self-certification, and the daily draft-expiry job.
 */
package works.incentives.web.claim;
