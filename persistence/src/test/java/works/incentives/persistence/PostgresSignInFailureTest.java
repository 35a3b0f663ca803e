package works.incentives.persistence;

/** The sign-in failure contract on PostgreSQL 14 (embedded), the production database. */
class PostgresSignInFailureTest extends SignInFailureContract {

    @Override
    TestDatabase db() {
        return TestDatabase.postgres();
    }
}
