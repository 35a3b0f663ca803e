package works.incentives.persistence.db;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseSettingsTest {

    private static DatabaseSettings resolve(Map<String, String> config) {
        return DatabaseSettings.resolve(key -> Optional.ofNullable(config.get(key)));
    }

    @Test
    void withoutConfigurationTheDatabaseIsAnH2FileInTheUsersDataDirectory() {
        DatabaseSettings settings = resolve(Map.of());
        Path expected = Path.of(System.getProperty("user.home"), ".incentives-workbench").toAbsolutePath();
        assertEquals(expected, settings.dataDirectory());
        assertEquals("jdbc:h2:file:" + expected.resolve("incentives") + ";DB_CLOSE_ON_EXIT=FALSE", settings.url());
        assertEquals("sa", settings.user());
        assertTrue(settings.isH2());
    }

    @Test
    void aConfiguredDataDirectoryMovesTheH2File() {
        DatabaseSettings settings = resolve(Map.of(DatabaseSettings.DATA_DIR, "/srv/incentives"));
        assertEquals(Path.of("/srv/incentives"), settings.dataDirectory());
        assertTrue(settings.url().startsWith("jdbc:h2:file:/srv/incentives/incentives;"), settings.url());
    }

    @Test
    void aConfiguredUrlWinsOverTheDataDirectoryAndSelectsPostgreSql() {
        DatabaseSettings settings = resolve(Map.of(
                DatabaseSettings.DATA_DIR, "/srv/incentives",
                DatabaseSettings.URL, "jdbc:postgresql://db:5432/incentives",
                DatabaseSettings.USER, "app",
                DatabaseSettings.PASSWORD, "secret"));
        assertEquals("jdbc:postgresql://db:5432/incentives", settings.url());
        assertTrue(settings.isPostgreSql());
        assertFalse(settings.isH2());
        assertEquals("app", settings.user());
        assertEquals("secret", settings.password());
    }

    @Test
    void blankValuesCountAsUnset() {
        DatabaseSettings settings = resolve(Map.of(DatabaseSettings.URL, " ", DatabaseSettings.DATA_DIR, ""));
        assertTrue(settings.isH2());
    }

    @Test
    void theDescriptionLeavesOutParametersAndNeverShowsThePassword() {
        DatabaseSettings settings = resolve(Map.of(
                DatabaseSettings.URL, "jdbc:postgresql://db/incentives?sslmode=require",
                DatabaseSettings.PASSWORD, "secret"));
        assertEquals("jdbc:postgresql://db/incentives", settings.describe());
        assertFalse(settings.toString().contains("secret"));
    }

    @Test
    void systemPropertiesAreReadWhenNoMicroProfileRuntimeIsPresent() {
        System.setProperty(DatabaseSettings.URL, "jdbc:h2:mem:override");
        try {
            assertEquals(Optional.of("jdbc:h2:mem:override"), ConfiguredDataSource.lookup(DatabaseSettings.URL));
        } finally {
            System.clearProperty(DatabaseSettings.URL);
        }
    }
}
