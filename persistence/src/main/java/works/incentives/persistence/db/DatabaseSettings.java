package works.incentives.persistence.db;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the database is and how to sign in to it, resolved from configuration.
 *
 * <p>Keys (MicroProfile Config: system properties win over environment variables, e.g.
 * {@code -Dincentives.db.url=...} over {@code INCENTIVES_DB_URL}):
 * <ul>
 *   <li>{@value #DATA_DIR} &ndash; the data directory; default {@code ~/.incentives-workbench}</li>
 *   <li>{@value #URL} &ndash; a JDBC URL; default an H2 file database in the data directory</li>
 *   <li>{@value #USER}, {@value #PASSWORD} &ndash; credentials; default {@code sa} / empty for H2</li>
 * </ul>
 */
public record DatabaseSettings(String url, String user, String password, Path dataDirectory) {

    public static final String DATA_DIR = "incentives.data.dir";
    public static final String URL = "incentives.db.url";
    public static final String USER = "incentives.db.user";
    public static final String PASSWORD = "incentives.db.password";

    /** Resolves the settings; {@code config} answers a key's configured value, if any. */
    public static DatabaseSettings resolve(Function<String, Optional<String>> config) {
        Path dataDir = config.apply(DATA_DIR).filter(v -> !v.isBlank())
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".incentives-workbench"))
                .toAbsolutePath();
        String url = config.apply(URL).filter(v -> !v.isBlank())
                .orElseGet(() -> "jdbc:h2:file:" + dataDir.resolve("incentives")
                        + ";DB_CLOSE_ON_EXIT=FALSE");
        String defaultUser = url.startsWith("jdbc:h2:") ? "sa" : "";
        String user = config.apply(USER).orElse(defaultUser);
        String password = config.apply(PASSWORD).orElse("");
        return new DatabaseSettings(url, user, password, dataDir);
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    public boolean isPostgreSql() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The URL without credentials or parameters, fit for a log line. */
    public String describe() {
        int parameters = url.indexOf(';');
        int query = url.indexOf('?');
        int cut = parameters >= 0 ? parameters : query >= 0 ? query : url.length();
        return url.substring(0, cut);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + describe() + ", user=" + user + "]";
    }
}
