package works.incentives.persistence;

/** The repository contract on PostgreSQL 14 (embedded), the production database. */
class PostgresRepositoryTest extends RepositoryContract {

    @Override
    TestDatabase db() {
        return TestDatabase.postgres();
    }
}
