package works.incentives.web.error;

import works.incentives.domain.shared.DatabaseOutage;

/**
 * The message key for a failure nobody on screen caused: the database cannot be reached ("try
 * again shortly", nothing was saved because the transaction rolled back) or anything else (a
 * neutral sentence). Never an exception's class or message.
 */
public final class FailureText {

    public static final String DATABASE_UNAVAILABLE = "error.databaseUnavailable";
    public static final String UNEXPECTED = "error.unexpected";

    private FailureText() {
    }

    public static String key(Throwable failure) {
        return DatabaseOutage.causedBy(failure) ? DATABASE_UNAVAILABLE : UNEXPECTED;
    }
}
