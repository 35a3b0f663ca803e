package works.incentives.domain.shared;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseOutageTest {

    @Test
    void aConnectionFailureDeepInTheCauseChainIsAnOutage() {
        SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001");
        RuntimeException wrapped = new IllegalStateException("JPA", new RuntimeException("pool",
                new SQLException("Error in allocating a connection", null, refused)));
        assertTrue(DatabaseOutage.causedBy(wrapped));
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new SQLTransientConnectionException("timeout"))));
        assertTrue(DatabaseOutage.causedBy(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseOutage.causedBy(new SQLException("Database is already closed", "90121", 90121)));
    }

    @Test
    void otherDatabaseErrorsAreNotAnOutage() {
        assertFalse(DatabaseOutage.causedBy(new RuntimeException(new SQLIntegrityConstraintViolationException("dup", "23505"))));
        assertFalse(DatabaseOutage.causedBy(new SQLException("syntax", "42601")));
        assertFalse(DatabaseOutage.causedBy(new IllegalArgumentException("no")));
        assertFalse(DatabaseOutage.causedBy(null));
    }
}
