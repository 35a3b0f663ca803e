/** Background jobs: each node polls with an EJB timer; what must happen once is decided by the database. */
package works.incentives.web.job;
