/** The append-only history of state changes, uploads and comments. */
package works.incentives.domain.audit;
