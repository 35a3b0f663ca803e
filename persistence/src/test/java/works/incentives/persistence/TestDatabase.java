package works.incentives.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A database for repository tests outside a container: migrated by the real Flyway scripts, with
 * the real persistence unit switched to RESOURCE_LOCAL over a plain data source. One H2 in-memory
 * database and one embedded PostgreSQL 14 per test JVM.
 */
public final class TestDatabase {

    private static TestDatabase h2;
    private static TestDatabase postgres;

    private final String name;
    private final DataSource dataSource;
    private final EntityManagerFactory emf;

    private TestDatabase(String name, DataSource dataSource) {
        this.name = name;
        // statements are counted only inside StatementCounter.record (the query-count tests)
        this.dataSource = StatementCounter.counting(dataSource);
        Flyway.configure().dataSource(this.dataSource).locations("classpath:db/migration")
                .failOnMissingLocations(true).load().migrate();
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.nonJtaDataSource", this.dataSource);
        props.put("eclipselink.logging.level", "WARNING");
        this.emf = Persistence.createEntityManagerFactory("incentives", props);
    }

    public static synchronized TestDatabase h2() {
        if (h2 == null) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:mem:incentives-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
            ds.setUser("sa");
            ds.setPassword("");
            h2 = new TestDatabase("H2", ds);
        }
        return h2;
    }

    public static synchronized TestDatabase postgres() {
        if (postgres == null) {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException ignored) {
                        // the JVM is going away
                    }
                }));
                postgres = new TestDatabase("PostgreSQL", pg.getPostgresDatabase());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres;
    }

    public String name() {
        return name;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    /** Runs {@code work} in its own entity manager and transaction, committed unless it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    @Override
    public String toString() {
        return name;
    }
}
