/**
 * What several application nodes on one database do exactly once: named locks held for a
 * transaction (start-up seeding) and scheduled jobs whose every due run is taken by one node.
 * Implemented on database rows in the persistence module, so no node holds this state in memory.
 */
package works.incentives.domain.cluster;
