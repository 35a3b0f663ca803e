package works.incentives.persistence;

/** The dashboards' grouped queries on H2, the embedded default database. */
class H2InsightTest extends InsightContract {

    @Override
    TestDatabase db() {
        return TestDatabase.h2();
    }
}
