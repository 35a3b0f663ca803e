package works.incentives.persistence.db;

import org.eclipse.microprofile.config.ConfigProvider;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The application's JDBC source, pooled by the server through {@code @DataSourceDefinition}.
 *
 * <p>An annotation cannot read the application's own configuration (STACK.md trap 6), so the
 * pool is given this class, which resolves {@link DatabaseSettings} itself when the first
 * connection is needed and then delegates to H2's or PostgreSQL's own data source.
 */
public class ConfiguredDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());

    private volatile DataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeout;

    private DataSource delegate() throws SQLException {
        DataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                current = delegate;
                if (current == null) {
                    current = create(DatabaseSettings.resolve(ConfiguredDataSource::lookup));
                    delegate = current;
                }
            }
        }
        return current;
    }

    /** A configuration value: MicroProfile Config, else (plain unit tests) system property, then environment. */
    public static Optional<String> lookup(String key) {
        try {
            return ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader())
                    .getOptionalValue(key, String.class);
        } catch (RuntimeException | LinkageError noConfig) {
            // outside a MicroProfile runtime (plain unit tests): the same order, by hand
            String value = System.getProperty(key);
            if (value == null) {
                value = System.getenv(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
            }
            return Optional.ofNullable(value);
        }
    }

    static DataSource create(DatabaseSettings settings) throws SQLException {
        LOG.info(() -> "Incentives Workbench database: " + settings.describe());
        if (settings.isH2()) {
            try {
                Files.createDirectories(settings.dataDirectory());
            } catch (java.io.IOException e) {
                throw new SQLException("Cannot create the data directory " + settings.dataDirectory(), e);
            }
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(settings.url());
            h2.setUser(settings.user());
            h2.setPassword(settings.password());
            return h2;
        }
        if (settings.isPostgreSql()) {
            org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
            pg.setURL(settings.url());
            pg.setUser(settings.user());
            pg.setPassword(settings.password());
            return pg;
        }
        throw new SQLException("Unsupported database URL (H2 or PostgreSQL only): " + settings.describe());
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    /** The pool may pass the (empty) credentials of the annotation: the configured ones count. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return LOG;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate().isWrapperFor(iface);
    }
}
