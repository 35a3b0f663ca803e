package works.incentives.it.container;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import works.incentives.domain.access.ActingAs;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.program.ProgramSummary;
import works.incentives.persistence.db.DatabaseMigrator;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs inside Payara Micro: the application's own services against the real database. */
@ExtendWith(ArquillianExtension.class)
class DatabaseIT {

    @Inject
    ProgramService programs;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    DataSource dataSource;

    @Test
    void demoProgramIsListedFromTheDatabase() {
        List<ProgramSummary> listed = ActingAs.call(Fixtures.REVIEWER, programs::listPrograms);
        assertTrue(listed.stream().anyMatch(p -> p.name().startsWith("Cloud Solution Provider co-op FY")),
                () -> "demo program missing from " + listed);
    }

    @Test
    void aCreatedProgramIsReadBackThroughTheService() {
        String name = "IT program " + System.nanoTime();
        ProgramSummary created = ActingAs.call(Fixtures.ADMIN, () -> programs.createProgram(name, 2028, "EUR", false));
        ProgramSummary found = ActingAs.call(Fixtures.ADMIN, programs::listPrograms).stream()
                .filter(p -> p.id() == created.id()).findFirst().orElseThrow();
        assertEquals(name, found.name());
        assertEquals("EUR", found.currencyCode());
        assertEquals(2028, found.programYear());
    }

    @Test
    void theDataDirectoryOverrideWinsOverTheDefault() throws Exception {
        String configured = ConfigProvider.getConfig().getValue("incentives.data.dir", String.class);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DATABASE_PATH()")) {
            rs.next();
            Path databaseFile = Path.of(rs.getString(1)).toAbsolutePath().normalize();
            Path overridden = Path.of(configured).toAbsolutePath().normalize();
            assertTrue(databaseFile.startsWith(overridden),
                    () -> "database at " + databaseFile + ", not under the configured " + overridden);
        }
    }

    @Test
    void flywayRecordedEveryMigrationAsSuccessful() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(
                     "SELECT COUNT(*), SUM(CASE WHEN \"success\" THEN 1 ELSE 0 END) FROM \"flyway_schema_history\"")) {
            rs.next();
            assertTrue(rs.getInt(1) >= 1, "no migration recorded");
            assertEquals(rs.getInt(1), rs.getInt(2), "a migration is recorded as failed");
        }
    }
}
