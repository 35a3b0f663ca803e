package works.incentives.persistence;

/** The guidance snippet contract on H2, the embedded default database. */
class H2GuidanceSnippetTest extends GuidanceSnippetContract {

    @Override
    TestDatabase db() {
        return TestDatabase.h2();
    }
}
