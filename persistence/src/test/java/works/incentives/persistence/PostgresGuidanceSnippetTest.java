package works.incentives.persistence;

/** The guidance snippet contract on PostgreSQL 14 (embedded), the production database. */
class PostgresGuidanceSnippetTest extends GuidanceSnippetContract {

    @Override
    TestDatabase db() {
        return TestDatabase.postgres();
    }
}
