package works.incentives.domain.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure because the database cannot be reached (stopped, restarting, network gone) from
 * any other failure, so that every entry point answers it the same way: "try again shortly" in the
 * UI, 503 from servlets and REST. Whatever wraps it (JPA, EclipseLink, the server's pool, JTA), the
 * cause chain holds a connection-class {@link SQLException}: a transient or non-transient
 * connection exception, a recoverable one, SQLState class {@code 08} (connection exception) or
 * PostgreSQL's {@code 57P01..57P03} (server shutting down or starting), or H2's "connection broken"
 * and "database closed" codes.
 */
public final class DatabaseOutage {

    private static final Set<Integer> H2_CONNECTION_CODES = Set.of(90067, 90098, 90121);

    private DatabaseOutage() {
    }

    /** Whether {@code failure}, or anything it was caused by, says the database cannot be reached. */
    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable t = failure;
        while (t != null && seen.add(t)) {
            if (t instanceof SQLException sql && isConnectionFailure(sql)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && causedBy(sql.getNextException())) {
                return true;
            }
            t = t.getCause();
        }
        return false;
    }

    private static boolean isConnectionFailure(SQLException e) {
        if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLRecoverableException) {
            return true;
        }
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"))) {
            return true;
        }
        return H2_CONNECTION_CODES.contains(e.getErrorCode());
    }
}
