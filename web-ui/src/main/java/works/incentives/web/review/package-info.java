/**
 * The vendor side's review work: queues of plans and claims waiting for a decision, and the pages
 * where a reviewer reads a plan or claim as submitted and decides (approve, reject, request action,
 * decide a dispute, record payment), each decision carrying the version the reviewer saw.
 */
package works.incentives.web.review;
