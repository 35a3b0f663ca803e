package works.incentives.persistence;

/** The dashboards' grouped queries on PostgreSQL 14 (embedded), the production database. */
class PostgresInsightTest extends InsightContract {

    @Override
    TestDatabase db() {
        return TestDatabase.postgres();
    }
}
