package works.incentives.persistence;

/** The notification contract on H2, the embedded default database. */
class H2NotificationTest extends NotificationContract {

    @Override
    TestDatabase db() {
        return TestDatabase.h2();
    }
}
