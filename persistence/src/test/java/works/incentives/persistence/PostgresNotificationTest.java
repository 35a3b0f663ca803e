package works.incentives.persistence;

/** The notification contract on Postgres, PostgreSQL, the production database. */
class PostgresNotificationTest extends NotificationContract {

    @Override
    TestDatabase db() {
        return TestDatabase.postgres();
    }
}
