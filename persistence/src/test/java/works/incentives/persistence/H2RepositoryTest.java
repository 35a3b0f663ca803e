package works.incentives.persistence;

/** The repository contract on H2, the embedded default database. */
class H2RepositoryTest extends RepositoryContract {

    @Override
    TestDatabase db() {
        return TestDatabase.h2();
    }
}
