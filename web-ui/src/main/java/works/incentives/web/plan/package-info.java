/**
 * The plan wizard (create, resume, review and submit an incentives co-op claims plan), the
 * read-only plan page with reviewer feedback on the items it concerns, and "My plans".
 */
package works.incentives.web.plan;
