package works.incentives.persistence;

/** The services end to end on H2. */
class H2ServiceFlowTest extends ServiceFlowContract {

    @Override
    TestDatabase db() {
        return TestDatabase.h2();
    }
}
