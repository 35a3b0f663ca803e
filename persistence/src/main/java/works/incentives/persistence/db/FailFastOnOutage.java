package works.incentives.persistence.db;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * With the database gone, EclipseLink by default retries a failed query three times, five seconds
 * apart: a user waited ten seconds for "try again shortly" (measured on Payara Micro with PostgreSQL
 * stopped). The server's pool validates every connection before handing it out (see
 * {@link DatabaseMigrator}), so one quick retry is enough for a connection that died in between.
 */
public class FailFastOnOutage implements SessionCustomizer {

    static final int RETRIES = 1;
    static final int DELAY_MILLIS = 200;

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(RETRIES);
            login.setDelayBetweenConnectionAttempts(DELAY_MILLIS);
        }
    }
}
