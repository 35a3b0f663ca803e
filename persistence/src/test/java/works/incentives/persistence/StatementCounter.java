package works.incentives.persistence;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Counts the SQL statements sent to the database, at the JDBC level: a data source whose
 * connections hand out statements that note every {@code execute*} call (one batch is one). What
 * EclipseLink does behind a repository call (lazy loads, batch reads, sequence calls) is counted the
 * same as what the code asks for. Counted per thread, so work on other threads does not disturb a
 * measurement.
 */
final class StatementCounter {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    private StatementCounter() {
    }

    /** {@code target} with every statement its connections run counted while {@link #record} runs. */
    static DataSource counting(DataSource target) {
        return proxy(DataSource.class, target);
    }

    /** The statements (their SQL, where known) that {@code work} sent on this thread, and its result. */
    static <T> Recorded<T> record(Supplier<T> work) {
        List<String> outer = RECORDING.get();
        List<String> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            T result = work.get();
            return new Recorded<>(result, List.copyOf(statements));
        } finally {
            if (outer == null) {
                RECORDING.remove();
            } else {
                outer.addAll(statements);
                RECORDING.set(outer);
            }
        }
    }

    record Recorded<T>(T result, List<String> statements) {

        int count() {
            return statements.size();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target) {
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), interfacesOf(target, type),
                new Counting(target, null));
    }

    private static Class<?>[] interfacesOf(Object target, Class<?> fallback) {
        List<Class<?>> interfaces = new ArrayList<>();
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (java.lang.reflect.Modifier.isPublic(i.getModifiers()) && !interfaces.contains(i)) {
                    interfaces.add(i);
                }
            }
        }
        if (!interfaces.contains(fallback)) {
            interfaces.add(fallback);
        }
        return interfaces.toArray(Class<?>[]::new);
    }

    /** Wraps connections and statements; notes each execution with the statement's SQL. */
    private record Counting(Object target, String sql) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (target instanceof Statement && name.startsWith("execute")) {
                List<String> recording = RECORDING.get();
                if (recording != null) {
                    recording.add(sql != null ? sql : args != null && args.length > 0 && args[0] instanceof String s
                            ? s : name);
                }
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Connection || (result instanceof Statement && !(target instanceof Statement))) {
                String statementSql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                        interfacesOf(result, method.getReturnType()), new Counting(result, statementSql));
            }
            return result;
        }
    }
}
