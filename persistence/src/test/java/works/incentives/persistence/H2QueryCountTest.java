package works.incentives.persistence;

/** Each screen's statements on H2. */
class H2QueryCountTest extends QueryCountContract {

    @Override
    TestDatabase db() {
        return TestDatabase.h2();
    }
}
