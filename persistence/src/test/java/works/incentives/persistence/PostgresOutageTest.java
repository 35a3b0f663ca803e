package works.incentives.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import works.incentives.domain.program.Program;
import works.incentives.domain.shared.DatabaseOutage;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL stops and starts again under the real persistence unit (EclipseLink over a pool of
 * connections that outlive the restart), as it would under a running application:
 * every call during the outage fails with an exception {@link DatabaseOutage} recognises (what the
 * UI turns into "try again shortly"), a transaction cut off half-way leaves nothing behind, and
 * after the restart the same entity manager factory works again without being rebuilt. Failing
 * is quick ({@code FailFastOnOutage}: EclipseLink's default retries made it ten seconds).
 *
 * <p>What it does not prove: Payara's own pool (configured in {@code DatabaseMigrator}) is not
 * in play here; EclipseLink's internal pool stands in for it.
 */
class PostgresOutageTest {

    @TempDir
    static Path data;

    private static int port;
    private static EmbeddedPostgres postgres;
    private static EntityManagerFactory emf;

    @BeforeAll
    static void start() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        postgres = startPostgres();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration")
                .failOnMissingLocations(true).load().migrate();
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
        props.put("jakarta.persistence.jdbc.url", "jdbc:postgresql://localhost:" + port + "/postgres?connectTimeout=5");
        props.put("jakarta.persistence.jdbc.user", "postgres");
        props.put("jakarta.persistence.jdbc.password", "");
        props.put("eclipselink.connection-pool.default.min", "2");
        props.put("eclipselink.connection-pool.default.initial", "2");
        props.put("eclipselink.logging.level", "OFF");
        emf = Persistence.createEntityManagerFactory("incentives", props);
    }

    private static EmbeddedPostgres startPostgres() throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(data.resolve("pg"))
                .setCleanDataDirectory(false).start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (emf != null) {
            emf.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void callsDuringAnOutageFailAsAnOutageNothingIsHalfWrittenAndTheNextCallAfterTheRestartWorks() throws IOException {
        String before = "before " + UUID.randomUUID();
        String cutOff = "cut off " + UUID.randomUUID();
        String during = "during " + UUID.randomUUID();
        String after = "after " + UUID.randomUUID();
        inTransaction(em -> new JpaProgramRepository(em).save(program(before)));
        assertEquals(1, countNamed(before));

        // a transaction has written its first row when the database goes away
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        tx.begin();
        new JpaProgramRepository(em).save(program(cutOff));
        em.flush();
        postgres.close();
        RuntimeException commit = assertThrows(RuntimeException.class, () -> {
            new JpaProgramRepository(em).save(program(cutOff + " second"));
            em.flush();
            tx.commit();
        });
        assertTrue(DatabaseOutage.causedBy(commit), () -> "not recognised as an outage: " + chain(commit));
        rollBackQuietly(tx);
        em.close();

        // while it is down: writes and reads through the repositories fail as an outage, quickly
        long started = System.nanoTime();
        RuntimeException write = assertThrows(RuntimeException.class,
                () -> inTransaction(x -> new JpaProgramRepository(x).save(program(during))));
        assertTrue(DatabaseOutage.causedBy(write), () -> "write: " + chain(write));
        RuntimeException read = assertThrows(RuntimeException.class,
                () -> inTransaction(x -> new JpaProgramRepository(x).findAllOrderedByYearAndName()));
        assertTrue(DatabaseOutage.causedBy(read), () -> "read: " + chain(read));
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        assertTrue(seconds < 4, "a user waits " + seconds + " s for 'try again shortly' (FailFastOnOutage)");

        // back on the same port and data directory: the same factory works again, nothing half-written
        postgres = startPostgres();
        inTransaction(x -> new JpaProgramRepository(x).save(program(after)));
        assertEquals(1, countNamed(before), "committed before the outage: kept");
        assertEquals(0, countNamed(cutOff) + countNamed(cutOff + " second"), "cut off half-way: rolled back");
        assertEquals(0, countNamed(during), "refused during the outage: not stored");
        assertEquals(1, countNamed(after), "the first call after the restart succeeds");
    }

    private static Program program(String name) {
        return new Program(name, 2027, Currency.getInstance("USD"), true);
    }

    private long countNamed(String name) {
        return inTransaction(em -> em.createQuery("select count(p) from Program p where p.name = :n", Long.class)
                .setParameter("n", name).getSingleResult());
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            rollBackQuietly(tx);
            em.close();
        }
    }

    /** The connection may be gone already (the server's transaction died with it). */
    private static void rollBackQuietly(EntityTransaction tx) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException connectionGone) {
            assertTrue(DatabaseOutage.causedBy(connectionGone), () -> "rollback: " + chain(connectionGone));
        }
    }

    private static String chain(Throwable t) {
        StringBuilder s = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            s.append(" <- ").append(c.getClass().getName()).append(": ").append(c.getMessage());
            if (c instanceof java.sql.SQLException sql) {
                s.append(" [SQLState ").append(sql.getSQLState()).append("]");
            }
        }
        return s.toString();
    }
}
