package works.incentives.persistence;

/** The services end to end on PostgreSQL 14. */
class PostgresServiceFlowTest extends ServiceFlowContract {

    @Override
    TestDatabase db() {
        return TestDatabase.postgres();
    }
}
