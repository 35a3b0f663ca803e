package works.incentives.persistence.db;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with the Flyway migrations before anything uses JPA.
 * A failed migration fails the deployment: the application never runs on a half-made schema.
 * The pool validates connections, so the application recovers by itself when the database
 * returns after an outage (README "Database outage").
 */
@DataSourceDefinition(
        name = DatabaseMigrator.DATASOURCE,
        className = "works.incentives.persistence.db.ConfiguredDataSource",
        minPoolSize = 1,
        maxPoolSize = 30,
        properties = {
                // a pooled connection is checked before each use with JDBC 4 isValid(): a round trip on
                // PostgreSQL, so connections that died with a database restart are replaced, not handed
                // out (auto-commit validation never reaches the server and let dead connections through)
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                // one failed check closes every pooled connection: after an outage all are stale
                "fish.payara.fail-all-connections=true",
                // with the database gone, a request gives up after 3 s ("try again shortly") instead of 60 s
                "fish.payara.max-wait-time-in-millis=3000"})
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    public static final String DATASOURCE = "java:app/jdbc/incentives";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    /** How many times (about a second apart) a node waits for another node's migration. */
    static final int LOCK_RETRIES = 600;

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                // nodes starting together: one migrates under Flyway's lock (on PostgreSQL an advisory
                // lock), the others retry once a second until it is done; ten minutes, not Flyway's 50 s
                .lockRetryCount(LOCK_RETRIES)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
