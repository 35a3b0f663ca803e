package works.incentives.persistence;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database already at V1 with programs in it (a developer's or demo database) is upgraded by
 * V2 on both databases: existing programs get the default rules and fiscal-year dates, and new
 * program ids continue above the old ones.
 */
class MigrationTest {

    private static void upgradesAProgramTable(DataSource ds, String schema) throws SQLException {
        Flyway.configure().dataSource(ds).schemas(schema).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO " + schema + ".program (id, version, name, program_year, currency_code,"
                    + " plan_pre_approval_required) VALUES (11, 1, 'Old', 2026, 'USD', TRUE)");
        }
        Flyway.configure().dataSource(ds).schemas(schema).locations("classpath:db/migration").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT year_start, year_end, claim_deadline_days, dispute_window_days"
                     + " FROM " + schema + ".program WHERE id = 11")) {
            assertTrue(r.next());
            assertEquals(LocalDate.of(2025, 7, 1), r.getObject(1, LocalDate.class));
            assertEquals(LocalDate.of(2026, 6, 30), r.getObject(2, LocalDate.class));
            assertEquals(45, r.getInt(3));
            assertEquals(30, r.getInt(4));
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(nextval(c, schema))) {
            assertTrue(r.next());
            assertTrue(r.getLong(1) >= 1000, "program ids continue above the old ones");
        }
    }

    private static String nextval(Connection c, String schema) throws SQLException {
        return c.getMetaData().getDatabaseProductName().startsWith("H2")
                ? "SELECT NEXT VALUE FOR " + schema + ".program_seq"
                : "SELECT nextval('" + schema + ".program_seq')";
    }

    /** V22: existing periods get the claim window of the rule they followed (usage start; usage end + deadline days). */
    private static void givesExistingPeriodsTheirClaimWindow(DataSource ds, String schema) throws SQLException {
        Flyway.configure().dataSource(ds).schemas(schema).locations("classpath:db/migration").target("20").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO " + schema + ".program (id, version, name, program_year, currency_code,"
                    + " plan_pre_approval_required, claim_deadline_days, year_start, year_end) VALUES (21, 1, 'Windows',"
                    + " 2027, 'USD', TRUE, 60, DATE '2026-07-01', DATE '2027-06-30')");
            s.executeUpdate("INSERT INTO " + schema + ".funding_period (id, version, program_id, name, earning_start,"
                    + " earning_end, usage_start, usage_end) VALUES (31, 1, 21, 'H1', DATE '2026-07-01',"
                    + " DATE '2026-12-31', DATE '2027-01-01', DATE '2027-06-30')");
        }
        Flyway.configure().dataSource(ds).schemas(schema).locations("classpath:db/migration").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT claim_opens, claim_closes, active FROM " + schema
                     + ".funding_period WHERE id = 31")) {
            assertTrue(r.next());
            assertEquals(LocalDate.of(2027, 1, 1), r.getObject(1, LocalDate.class));
            assertEquals(LocalDate.of(2027, 8, 29), r.getObject(2, LocalDate.class));
            assertTrue(r.getBoolean(3));
        }
    }

    @Test
    void v22GivesExistingH2PeriodsTheirClaimWindow() throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:windows;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        givesExistingPeriodsTheirClaimWindow(ds, "WINDOWS");
    }

    @Test
    void v22GivesExistingPostgresPeriodsTheirClaimWindow() throws SQLException {
        givesExistingPeriodsTheirClaimWindow(TestDatabase.postgres().dataSource(), "windows");
    }

    @Test
    void v2UpgradesAnExistingH2Database() throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:upgrade;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        upgradesAProgramTable(ds, "UPGRADE");
    }

    @Test
    void v2UpgradesAnExistingPostgresDatabase() throws SQLException {
        upgradesAProgramTable(TestDatabase.postgres().dataSource(), "upgrade");
    }

    /** V31 (a Java migration): the claims review queue's partial indexes on PostgreSQL. */
    @Test
    void v31IndexesOnlyTheQueuedClaimsOnPostgres() throws SQLException {
        try (Connection c = TestDatabase.postgres().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT indexname, indexdef FROM pg_indexes"
                     + " WHERE indexname LIKE 'claim_queue_open_%' ORDER BY indexname")) {
            assertTrue(r.next(), "the deadline-ordered partial index exists");
            assertEquals("claim_queue_open_deadline_ix", r.getString(1));
            assertTrue(r.getString(2).contains("(claim_deadline, id) WHERE"), r.getString(2));
            assertTrue(r.next(), "the submission-ordered partial index exists");
            assertEquals("claim_queue_open_submitted_ix", r.getString(1));
            assertTrue(r.getString(2).contains("'DISPUTED'"), r.getString(2));
        }
    }

    /** V31 on H2: the version is applied (one history for both databases) and creates no index. */
    @Test
    void v31IsAppliedOnH2WithoutAnIndex() throws SQLException {
        try (Connection c = TestDatabase.h2().dataSource().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT \"success\" FROM \"flyway_schema_history\" WHERE \"version\" = '31'")) {
                assertTrue(r.next(), "V31 is in H2's migration history");
                assertTrue(r.getBoolean(1));
            }
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES"
                    + " WHERE LOWER(INDEX_NAME) LIKE 'claim_queue_open_%'")) {
                assertTrue(r.next());
                assertEquals(0, r.getInt(1));
            }
        }
    }
}
