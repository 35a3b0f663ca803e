package works.incentives.persistence;

/** The API token contract on PostgreSQL 14 (embedded), the production database. */
class PostgresApiTokenTest extends ApiTokenContract {

    @Override
    TestDatabase db() {
        return TestDatabase.postgres();
    }
}
