package works.incentives.persistence;

/** The sign-in failure contract on H2, the embedded default database. */
class H2SignInFailureTest extends SignInFailureContract {

    @Override
    TestDatabase db() {
        return TestDatabase.h2();
    }
}
