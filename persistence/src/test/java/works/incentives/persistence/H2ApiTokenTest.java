package works.incentives.persistence;

/** The API token contract on H2, the embedded default database. */
class H2ApiTokenTest extends ApiTokenContract {

    @Override
    TestDatabase db() {
        return TestDatabase.h2();
    }
}
