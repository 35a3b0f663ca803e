/** What users see when something fails that they cannot fix: the database unreachable, an unexpected error. */
package works.incentives.web.error;
