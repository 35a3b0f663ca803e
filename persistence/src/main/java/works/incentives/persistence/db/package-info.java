/** The datasource, its configuration and the Flyway migrations run at start-up. */
package works.incentives.persistence.db;
