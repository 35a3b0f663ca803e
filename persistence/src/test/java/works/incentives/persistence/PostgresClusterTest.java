package works.incentives.persistence;

/** Cluster locks and job runs on PostgreSQL 14 (embedded), the production database. */
class PostgresClusterTest extends ClusterContract {

    @Override
    TestDatabase db() {
        return TestDatabase.postgres();
    }
}
