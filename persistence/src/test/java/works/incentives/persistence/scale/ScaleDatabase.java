package works.incentives.persistence.scale;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The database a benchmark runs on: the H2 file of {@code -Dscale.db} (the default, as before) or,
 * when {@code -Dscale.url=jdbc:postgresql://...} is given, a PostgreSQL database (bench/pg.sh starts
 * a local one). Either way a small connection pool that every path of a benchmark shares, and the
 * real {@code incentives} persistence unit over it (RESOURCE_LOCAL, as in {@code TestDatabase}).
 */
public final class ScaleDatabase implements AutoCloseable {

    private final String engine;
    private final String location;
    private final DataSource dataSource;
    private final AutoCloseable pool;

    private ScaleDatabase(String engine, String location, DataSource dataSource, AutoCloseable pool) {
        this.engine = engine;
        this.location = location;
        this.dataSource = dataSource;
        this.pool = pool;
    }

    /** The database of {@code -Dscale.url} (PostgreSQL) or else of {@code -Dscale.db} / the first argument (H2 file). */
    public static ScaleDatabase open(String[] args, int maxConnections) {
        String url = System.getProperty("scale.url", "");
        if (url.startsWith("jdbc:postgresql:")) {
            return postgres(url, maxConnections);
        }
        if (!url.isEmpty()) {
            throw new IllegalArgumentException("scale.url: only jdbc:postgresql: URLs (H2 files go by -Dscale.db)");
        }
        Path path = ScaleData.databasePath(args);
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + path + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        pool.setMaxConnections(maxConnections);
        return new ScaleDatabase("H2", path + ".mv.db", pool, pool::dispose);
    }

    private static ScaleDatabase postgres(String url, int maxConnections) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(url);
        if (pg.getUser() == null || pg.getUser().isEmpty()) {
            pg.setUser(System.getProperty("scale.user", "postgres"));
        }
        pg.setReWriteBatchedInserts(true);
        Pool pool = new Pool(pg, maxConnections);
        return new ScaleDatabase("PostgreSQL", url, pool, pool);
    }

    /**
     * An empty database beside the scale database, on the same engine and server, with the schema
     * of the Flyway migrations: the H2 file {@code <scale.db>-<name>} (deleted first), or the
     * PostgreSQL database {@code <database>_<name>} on the same server (created when missing, its
     * schema dropped first).
     */
    public static ScaleDatabase fresh(String[] args, String name, int maxConnections) throws Exception {
        String url = System.getProperty("scale.url", "");
        if (url.startsWith("jdbc:postgresql:")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(jdbc:postgresql://[^/]*/)([^?]*)(.*)$")
                    .matcher(url);
            if (!m.matches()) {
                throw new IllegalArgumentException("scale.url: no database name in " + url);
            }
            String database = m.group(2) + "_" + name;
            try (ScaleDatabase server = open(args, 1); Connection c = server.dataSource().getConnection();
                 java.sql.Statement s = c.createStatement()) {
                boolean exists;
                try (java.sql.ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                    exists = rs.next();
                }
                if (!exists) {
                    s.execute("create database " + database);
                }
            }
            ScaleDatabase db = postgres(m.group(1) + database + m.group(3), maxConnections);
            try (Connection c = db.dataSource().getConnection(); java.sql.Statement s = c.createStatement()) {
                s.execute("drop schema public cascade");
                s.execute("create schema public");
            }
            return db.migrated();
        }
        Path path = Path.of(ScaleData.databasePath(args) + "-" + name);
        java.nio.file.Files.deleteIfExists(Path.of(path + ".mv.db"));
        java.nio.file.Files.deleteIfExists(Path.of(path + ".trace.db"));
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + path + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        pool.setMaxConnections(maxConnections);
        return new ScaleDatabase("H2", path + ".mv.db", pool, pool::dispose).migrated();
    }

    private ScaleDatabase migrated() {
        org.flywaydb.core.Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .failOnMissingLocations(true).load().migrate();
        return this;
    }

    public String engine() {
        return engine;
    }

    public boolean postgres() {
        return engine.equals("PostgreSQL");
    }

    public String location() {
        return location;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The application's persistence unit over this database's pool. */
    public EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory(dataSource);
    }

    /** The application's persistence unit, RESOURCE_LOCAL over {@code dataSource}. */
    static EntityManagerFactory entityManagerFactory(DataSource dataSource) {
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.nonJtaDataSource", dataSource);
        // -Dbenchmark.sql=true logs every statement (to count what a call issues)
        props.put("eclipselink.logging.level", "WARNING");
        if (Boolean.getBoolean("benchmark.sql")) {
            props.put("eclipselink.logging.level.sql", "FINE");
        }
        return Persistence.createEntityManagerFactory("incentives", props);
    }

    @Override
    public void close() throws Exception {
        pool.close();
    }

    /**
     * A minimal pool: idle connections are reused, at most {@code max} are open; a borrowed
     * connection's {@code close()} rolls back what is uncommitted and returns it. Enough for a
     * benchmark; the application uses the container's pool.
     */
    static final class Pool implements DataSource, AutoCloseable {

        private final DataSource target;
        private final int max;
        private final Deque<Connection> idle = new ArrayDeque<>();
        private int open;

        Pool(DataSource target, int max) {
            this.target = target;
            this.max = max;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection raw;
            synchronized (this) {
                while (idle.isEmpty() && open >= max) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new SQLException("interrupted while waiting for a connection", e);
                    }
                }
                raw = idle.poll();
                if (raw == null) {
                    open++;
                }
            }
            if (raw == null) {
                try {
                    raw = target.getConnection();
                } catch (SQLException e) {
                    synchronized (this) {
                        open--;
                        notifyAll();
                    }
                    throw e;
                }
            }
            return borrowed(raw);
        }

        private Connection borrowed(Connection raw) {
            boolean[] returned = {false};
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, methodArgs) -> {
                        if (method.getName().equals("close")) {
                            if (!returned[0]) {
                                returned[0] = true;
                                giveBack(raw);
                            }
                            return null;
                        }
                        if (method.getName().equals("isClosed")) {
                            return returned[0];
                        }
                        try {
                            return method.invoke(raw, methodArgs);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        private void giveBack(Connection raw) {
            boolean keep;
            try {
                if (!raw.getAutoCommit()) {
                    raw.rollback();
                    raw.setAutoCommit(true);
                }
                keep = !raw.isClosed();
            } catch (SQLException e) {
                keep = false;
            }
            synchronized (this) {
                if (keep) {
                    idle.push(raw);
                } else {
                    open--;
                }
                notifyAll();
            }
        }

        @Override
        public synchronized void close() {
            for (Connection c : idle) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // closing anyway
                }
            }
            open -= idle.size();
            idle.clear();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // no log
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // the target's
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
