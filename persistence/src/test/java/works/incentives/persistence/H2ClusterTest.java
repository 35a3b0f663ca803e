package works.incentives.persistence;

/** Cluster locks and job runs on H2, the embedded default database. */
class H2ClusterTest extends ClusterContract {

    @Override
    TestDatabase db() {
        return TestDatabase.h2();
    }
}
