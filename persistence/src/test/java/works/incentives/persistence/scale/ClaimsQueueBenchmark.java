package works.incentives.persistence.scale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.h2.jdbcx.JdbcConnectionPool;
import works.incentives.domain.claim.ClaimCommands.ClaimRow;
import works.incentives.domain.claim.ClaimQuery;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.shared.Actor;
import works.incentives.persistence.ScaleAccess;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Times pages of the claims review queue on the scale database ({@link ScaleData}: 1,000,000 claims
 * in an H2 file) through the application's own path — {@link ClaimService#findClaimsForReview} and
 * {@link ClaimService#countClaims} over {@code JpaClaimRepository} in a fresh entity manager, as a
 * request would — against hand-written JDBC returning the same columns for the same rows (the best
 * single statement: the page's ids in a derived table joined to the rows; the plain
 * {@code select ... order by ... limit offset} is timed a few times too, as "naive jdbc"). All go
 * through one H2 connection pool. Warm-up runs first, then {@value #RUNS} measured runs of each
 * path, interleaved; prints median and p95 per page, the ratio of the medians and the targets
 * (application within 2x of JDBC and under 100 ms). Exits with status 1 when the two paths return
 * different ids; targets missed are printed, not failed.
 *
 * <p>Run: {@code mvn -o -q -pl persistence -am -Pbenchmark process-test-classes} (docs/benchmark.md).
 */
public final class ClaimsQueueBenchmark {

    static final int WARMUP = Integer.getInteger("benchmark.warmup", 30);
    static final int RUNS = Integer.getInteger("benchmark.runs", 50);
    static final int NAIVE_RUNS = Integer.getInteger("benchmark.naiveRuns", 5);
    static final int PAGE = 50;
    static final double MAX_RATIO = 2.0;
    static final double MAX_MS = 100.0;

    private static final String COLUMNS = "id, partner_id, program_id, plan_id, name, activity_type_code,"
            + " currency_code, amount, status, submitted_at, claim_deadline, answer_due_on, reviewer";

    /** One page to time: the application's query and the hand-written SQL for the same rows. */
    record Page(String label, ClaimQuery query, ClaimQuery.Sort sort, int offset, Actor actor, String where,
                String order, List<Object> parameters) {

        /** The best hand-written SQL: the page's ids in a derived table, joined to the rows (one statement). */
        String sql() {
            return "select " + COLUMNS.replaceAll("(^|, )", "$1c.").replace("c. ", "c.") + " from claim c join"
                    + " (select id from claim where " + where + " order by " + order + " limit ? offset ?) p"
                    + " on p.id = c.id order by " + order.replaceAll("(^|, )", "$1c.");
        }

        /** The plain single query: every matching row is read to sort it unless an index covers it. */
        String naiveSql() {
            return "select " + COLUMNS + " from claim where " + where + " order by " + order + " limit ? offset ?";
        }

        String countSql() {
            return "select count(*) from claim where " + where;
        }
    }

    private ClaimsQueueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path path = ScaleData.databasePath(args);
        System.out.println("Database: " + path + ".mv.db");
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + path + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        pool.setMaxConnections(4);
        ScaleData.ensure(pool);

        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.nonJtaDataSource", pool);
        props.put("eclipselink.logging.level", "WARNING");
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("incentives", props);

        long program = programId(pool);
        Actor reviewer = Actor.reviewer("rita.reviewer");
        List<Page> pages = List.of(
                new Page("review queue, first page (SUBMITTED/UNDER_REVIEW/DISPUTED, deadline asc, offset 0)",
                        ClaimQuery.reviewQueue(), ClaimQuery.Sort.DEADLINE_SOONEST_FIRST, 0, reviewer,
                        "status in (?, ?, ?)", "claim_deadline, id",
                        List.of("SUBMITTED", "UNDER_REVIEW", "DISPUTED")),
                new Page("SUBMITTED + program " + program + ", deadline asc, offset 5,000",
                        new ClaimQuery(null, program, null, Set.of(ClaimStatus.SUBMITTED), null, null),
                        ClaimQuery.Sort.DEADLINE_SOONEST_FIRST, 5_000, reviewer,
                        "program_id = ? and status = ?", "claim_deadline, id",
                        List.of(program, "SUBMITTED")),
                new Page("review queue, submitted oldest first, offset 2,000",
                        ClaimQuery.reviewQueue(), ClaimQuery.Sort.SUBMITTED_OLDEST_FIRST, 2_000, reviewer,
                        "status in (?, ?, ?)", "submitted_at, id",
                        List.of("SUBMITTED", "UNDER_REVIEW", "DISPUTED")));

        boolean same = true;
        List<String[]> table = new ArrayList<>();
        for (Page page : pages) {
            Supplier<List<ClaimRow>> app = () -> appPage(emf, page);
            Supplier<List<ClaimRow>> jdbc = () -> jdbcPage(pool, page.sql(), page);
            Supplier<List<ClaimRow>> naive = () -> jdbcPage(pool, page.naiveSql(), page);
            Supplier<Long> appCount = () -> appCount(emf, page);
            Supplier<Long> jdbcCount = () -> jdbcCount(pool, page);

            List<Long> appIds = app.get().stream().map(ClaimRow::id).toList();
            List<Long> jdbcIds = jdbc.get().stream().map(ClaimRow::id).toList();
            long[] n = new long[NAIVE_RUNS];
            List<Long> naiveIds = null;
            for (int i = 0; i < NAIVE_RUNS; i++) {
                long start = System.nanoTime();
                naiveIds = naive.get().stream().map(ClaimRow::id).toList();
                n[i] = System.nanoTime() - start;
            }
            long total = appCount.get();
            if (!appIds.equals(jdbcIds) || !appIds.equals(naiveIds) || appIds.size() != PAGE
                    || total != jdbcCount.get()) {
                same = false;
                System.out.println("ERROR: the paths disagree on '" + page.label() + "'\n  app:   " + appIds
                        + "\n  jdbc:  " + jdbcIds + "\n  naive: " + naiveIds
                        + "\n  count app " + total + ", jdbc " + jdbcCount.get());
            }
            for (int i = 0; i < WARMUP; i++) {
                app.get();
                jdbc.get();
                appCount.get();
                jdbcCount.get();
            }
            long[] a = new long[RUNS];
            long[] j = new long[RUNS];
            long[] ac = new long[RUNS];
            long[] jc = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                a[i] = time(app);
                j[i] = time(jdbc);
                ac[i] = time(appCount);
                jc[i] = time(jdbcCount);
            }
            double am = median(a);
            double jm = median(j);
            double ratio = am / jm;
            table.add(new String[] {page.label(), String.format("%,d", total), ms(am), ms(p95(a)), ms(jm),
                    ms(p95(j)), String.format("%.2fx", ratio), ms(median(ac)), ms(median(jc)),
                    ms(median(n)), (ratio <= MAX_RATIO ? "yes" : "NO") + " / " + (am < MAX_MS * 1e6 ? "yes" : "NO")});
            System.out.println("page " + table.size() + ": " + page.label());
            System.out.println("  jdbc SQL:   " + page.sql());
            System.out.println("  jdbc plan:  " + explain(pool, page.sql(), page).replaceAll("\\s+", " "));
            System.out.println("  naive plan: " + explain(pool, page.naiveSql(), page).replaceAll("\\s+", " "));
        }
        emf.close();
        pool.dispose();

        System.out.printf("%nClaims review queue on H2 (file), 1,000,000 claims; %d warm-up + %d measured runs"
                + " per path; times in ms (median, p95)%n", WARMUP, RUNS);
        String format = "| %-2s | %-82s | %8s | %7s | %7s | %7s | %8s | %6s | %9s | %10s | %10s | %-14s |%n";
        System.out.printf(format, "#", "page (50 rows)", "matching", "app", "app p95", "jdbc", "jdbc p95", "ratio",
                "app count", "jdbc count", "naive jdbc", "<=2x / <100 ms");
        int n = 1;
        for (String[] row : table) {
            Object[] cells = new Object[row.length + 1];
            cells[0] = String.valueOf(n++);
            System.arraycopy(row, 0, cells, 1, row.length);
            System.out.printf(format, cells);
        }
        if (!same) {
            System.out.println("ERROR: the application's path and JDBC returned different rows (see above)");
            System.exit(1);
        }
        System.out.println("Both paths returned the same ids in the same order for every page.");
    }

    private static List<ClaimRow> appPage(EntityManagerFactory emf, Page page) {
        EntityManager em = emf.createEntityManager();
        try {
            return service(em).findClaimsForReview(page.query(), page.offset(), PAGE, page.sort(), page.actor());
        } finally {
            em.close();
        }
    }

    private static long appCount(EntityManagerFactory emf, Page page) {
        EntityManager em = emf.createEntityManager();
        try {
            return service(em).countClaims(page.query(), page.actor());
        } finally {
            em.close();
        }
    }

    /** The service as the container wires it, with only the claim repository the queue needs. */
    private static ClaimService service(EntityManager em) {
        return new ClaimService(ScaleAccess.claims(em), null, null, null, null, null, Clock.systemUTC());
    }

    private static List<ClaimRow> jdbcPage(JdbcConnectionPool pool, String sql, Page page) {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bind(ps, page.parameters());
            ps.setInt(i++, PAGE);
            ps.setInt(i, page.offset());
            List<ClaimRow> rows = new ArrayList<>(PAGE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp submitted = rs.getTimestamp(10);
                    java.sql.Date answer = rs.getDate(12);
                    rows.add(new ClaimRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getBigDecimal(8), ClaimStatus.valueOf(rs.getString(9)),
                            submitted == null ? null : submitted.toLocalDateTime().toInstant(ZoneOffset.UTC),
                            rs.getDate(11).toLocalDate(), answer == null ? null : answer.toLocalDate(),
                            rs.getString(13)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long jdbcCount(JdbcConnectionPool pool, Page page) {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(page.countSql())) {
            bind(ps, page.parameters());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String explain(JdbcConnectionPool pool, String sql, Page page) {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement("explain " + sql)) {
            int i = bind(ps, page.parameters());
            ps.setInt(i++, PAGE);
            ps.setInt(i, page.offset());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static int bind(PreparedStatement ps, List<Object> parameters) throws SQLException {
        int i = 1;
        for (Object p : parameters) {
            ps.setObject(i++, p);
        }
        return i;
    }

    private static long programId(JdbcConnectionPool pool) throws SQLException {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select id from program where name = ? and program_year = ?")) {
            ps.setString(1, ScaleData.BIGGEST_LINE);
            ps.setInt(2, ScaleData.FIRST_YEAR + ScaleData.YEARS - 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return System.nanoTime() - start;
    }

    private static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }

    private static double p95(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.95) - 1)];
    }

    private static String ms(double nanos) {
        return String.format("%.2f", nanos / 1e6);
    }
}
