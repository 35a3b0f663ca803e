package works.incentives.persistence;

/** The versioned catalogue and allocation adjustments on H2. */
class H2CatalogueRevisionTest extends CatalogueRevisionContract {

    @Override
    TestDatabase db() {
        return TestDatabase.h2();
    }
}
