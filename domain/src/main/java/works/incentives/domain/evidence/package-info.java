/** Evidence documents of claims: metadata, stored bytes and the file type checks. */
package works.incentives.domain.evidence;
