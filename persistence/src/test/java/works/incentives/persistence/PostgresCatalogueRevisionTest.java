package works.incentives.persistence;

/** The versioned catalogue and allocation adjustments on PostgreSQL 14 (embedded), the production database. */
class PostgresCatalogueRevisionTest extends CatalogueRevisionContract {

    @Override
    TestDatabase db() {
        return TestDatabase.postgres();
    }
}
