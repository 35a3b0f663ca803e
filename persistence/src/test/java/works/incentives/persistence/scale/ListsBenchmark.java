package works.incentives.persistence.scale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import works.incentives.domain.claim.ClaimCommands.ClaimRow;
import works.incentives.domain.claim.ClaimQuery;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.plan.PlanCommands.PlanRow;
import works.incentives.domain.plan.PlanQuery;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.shared.Actor;
import works.incentives.persistence.ScaleAccess;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Times list pages on the scale database ({@link ScaleData}: 100,000 plans and 1,000,000 claims, in
 * an H2 file or PostgreSQL, {@link ScaleDatabase}) through the application's own path — the
 * services' list methods ({@link ClaimService#findClaimsForReview}, {@link PlanService#findPlans})
 * and counts over the JPA repositories in a fresh entity manager per call, as a request would —
 * against hand-written JDBC returning the same rows (the best single statement: the page's ids in a
 * derived table joined to the rows; the plain {@code select ... order by ... limit offset} is timed
 * a few times too, as "naive jdbc"). Lists: the claims review queue, a partner's My claims, the plan
 * review queue and a partner's My plans ({@code -Dbenchmark.lists=claims,myclaims,plans,myplans},
 * default all). Warm-up runs first, then the measured runs of each path, interleaved; prints median
 * and p95 per page, the ratio of the medians and the targets (application within 2x of JDBC and
 * under 100 ms). Exits with status 1 when the two paths return different rows; targets missed are
 * printed, not failed.
 *
 * <p>Run: {@code bench/run.sh lists [h2|pg]} (docs/benchmark.md).
 */
public final class ListsBenchmark {

    static final int WARMUP = Integer.getInteger("benchmark.warmup", 30);
    static final int RUNS = Integer.getInteger("benchmark.runs", 50);
    static final int NAIVE_RUNS = Integer.getInteger("benchmark.naiveRuns", 5);
    static final int PAGE = 50;
    static final double MAX_RATIO = 2.0;
    static final double MAX_MS = 100.0;
    /** The generator makes partner 1 the busiest (about 1.3 % of all claims): the longest My claims. */
    static final long BUSIEST_PARTNER = 1;

    private static final String CLAIM_COLUMNS = "id, partner_id, program_id, plan_id, name, activity_type_code,"
            + " currency_code, amount, status, submitted_at, claim_deadline, answer_due_on, reviewer";
    private static final String PLAN_COLUMNS = "id, partner_id, program_id, title, status, currency_code,"
            + " approved_limit, submitted_at, reviewer";
    /** A plan's planned total, summed in the database: what {@code PlanRow.plannedTotal} shows. */
    private static final String PLAN_TOTAL = "(select coalesce(sum(a.planned_amount), 0) from plan_campaign k"
            + " join plan_activity a on a.campaign_id = k.id where k.plan_id = t.id)";

    /** The hand-written SQL of a page: table, filter, order and the row it maps to. */
    record Sql<R>(String table, String columns, String extraColumn, String where, String order, List<Object> parameters,
                  RowMapper<R> mapper) {

        /** The best hand-written SQL: the page's ids in a derived table, joined to the rows (one statement). */
        String pageSql() {
            return "select " + prefixed(columns, "t.") + extra() + " from " + table + " t join (select id from " + table
                    + " where " + where + " order by " + order + " limit ? offset ?) p on p.id = t.id order by "
                    + prefixed(order, "t.");
        }

        /** The plain single query: every matching row is read to sort it unless an index covers it. */
        String naiveSql() {
            return "select " + prefixed(columns, "t.") + extra() + " from " + table + " t where " + where
                    + " order by " + order + " limit ? offset ?";
        }

        String countSql() {
            return "select count(*) from " + table + " where " + where;
        }

        private String extra() {
            return extraColumn == null ? "" : ", " + extraColumn;
        }

        private static String prefixed(String list, String prefix) {
            return Arrays.stream(list.split(", ")).map(c -> prefix + c).reduce((a, b) -> a + ", " + b).orElseThrow();
        }
    }

    interface RowMapper<R> {
        R map(ResultSet rs) throws SQLException;
    }

    /** One page to time: the application's page and count, the hand-written SQL, and what identifies a row. */
    record Page<R>(String list, String label, int offset, Supplier<List<R>> app, Supplier<Long> appCount, Sql<R> sql,
                   Function<R, String> key) {
    }

    private ListsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> lists = Set.of(System.getProperty("benchmark.lists", "claims,myclaims,plans,myplans")
                .toLowerCase(java.util.Locale.ROOT).split(","));
        try (ScaleDatabase db = ScaleDatabase.open(args, 4)) {
            System.out.println("Database: " + db.engine() + " " + db.location());
            ScaleData.ensure(db.dataSource());
            EntityManagerFactory emf = db.entityManagerFactory();
            try {
                run(db, emf, pages(db.dataSource(), emf, lists));
            } finally {
                emf.close();
            }
        }
    }

    static List<Page<?>> pages(DataSource ds, EntityManagerFactory emf, Set<String> lists) throws SQLException {
        List<Page<?>> pages = new ArrayList<>();
        Actor reviewer = Actor.reviewer("rita.reviewer");
        long program = programId(ds);
        if (lists.contains("claims")) {
            List<Object> queue = List.of("SUBMITTED", "UNDER_REVIEW", "DISPUTED");
            pages.add(claims(emf, "claims queue", "review queue, deadline asc (SUBMITTED/UNDER_REVIEW/DISPUTED)", 0,
                    ClaimQuery.reviewQueue(), ClaimQuery.Sort.DEADLINE_SOONEST_FIRST, reviewer,
                    "status in (?, ?, ?)", "claim_deadline, id", queue));
            pages.add(claims(emf, "claims queue", "SUBMITTED + program " + program + ", deadline asc", 5_000,
                    new ClaimQuery(null, program, null, Set.of(ClaimStatus.SUBMITTED), null, null),
                    ClaimQuery.Sort.DEADLINE_SOONEST_FIRST, reviewer,
                    "program_id = ? and status = ?", "claim_deadline, id", List.of(program, "SUBMITTED")));
            pages.add(claims(emf, "claims queue", "review queue, submitted oldest first", 2_000,
                    ClaimQuery.reviewQueue(), ClaimQuery.Sort.SUBMITTED_OLDEST_FIRST, reviewer,
                    "status in (?, ?, ?)", "submitted_at, id", queue));
        }
        long busiest = BUSIEST_PARTNER;
        Actor partner = Actor.partnerUser("alex", busiest);
        if (lists.contains("myclaims")) {
            pages.add(claims(emf, "My claims", "partner " + busiest + ", all statuses, by id (the list's default)", 0,
                    new ClaimQuery(null, null, null, Set.of(), null, null), ClaimQuery.Sort.ID, partner,
                    "partner_id = ?", "id", List.of(busiest)));
            pages.add(claims(emf, "My claims", "partner " + busiest + ", all statuses, by id", 5_000,
                    new ClaimQuery(null, null, null, Set.of(), null, null), ClaimQuery.Sort.ID, partner,
                    "partner_id = ?", "id", List.of(busiest)));
            pages.add(claims(emf, "My claims", "partner " + busiest + ", deadline asc", 0,
                    new ClaimQuery(null, null, null, Set.of(), null, null), ClaimQuery.Sort.DEADLINE_SOONEST_FIRST,
                    partner, "partner_id = ?", "claim_deadline, id", List.of(busiest)));
            pages.add(claims(emf, "My claims", "partner " + busiest + ", APPROVED, by id", 0,
                    new ClaimQuery(null, null, null, Set.of(ClaimStatus.APPROVED), null, null), ClaimQuery.Sort.ID,
                    partner, "partner_id = ? and status = ?", "id", List.of(busiest, "APPROVED")));
        }
        if (lists.contains("plans")) {
            List<Object> queue = List.of("SUBMITTED", "UNDER_REVIEW");
            pages.add(plans(emf, "plan queue", "review queue, submitted oldest first (SUBMITTED/UNDER_REVIEW)", 0,
                    PlanQuery.reviewQueue(), reviewer, "status in (?, ?)", "submitted_at, id", queue));
            pages.add(plans(emf, "plan queue", "review queue, submitted oldest first", 2_000,
                    PlanQuery.reviewQueue(), reviewer, "status in (?, ?)", "submitted_at, id", queue));
            pages.add(plans(emf, "plan queue", "review queue, title A-Z", 0,
                    PlanQuery.reviewQueue().withSort(PlanQuery.Sort.TITLE_A_TO_Z), reviewer,
                    "status in (?, ?)", "title, id", queue));
        }
        if (lists.contains("myplans")) {
            pages.add(plans(emf, "My plans", "partner " + busiest + ", all statuses, by id (the list's default)", 0,
                    new PlanQuery(null, null, Set.of(), null, PlanQuery.Sort.ID), partner,
                    "partner_id = ?", "id", List.of(busiest)));
            pages.add(plans(emf, "My plans", "partner " + busiest + ", APPROVED, submitted newest first", 0,
                    new PlanQuery(null, null, Set.of(PlanStatus.APPROVED), null, PlanQuery.Sort.SUBMITTED_NEWEST_FIRST),
                    partner, "partner_id = ? and status = ?", "submitted_at desc, id desc", List.of(busiest, "APPROVED")));
        }
        return pages;
    }

    private static Page<ClaimRow> claims(EntityManagerFactory emf, String list, String label, int offset,
                                         ClaimQuery query, ClaimQuery.Sort sort, Actor actor, String where,
                                         String order, List<Object> parameters) {
        return new Page<>(list, label, offset,
                () -> withEm(emf, em -> claimService(em).findClaimsForReview(query, offset, PAGE, sort, actor)),
                () -> withEm(emf, em -> claimService(em).countClaims(query, actor)),
                new Sql<>("claim", CLAIM_COLUMNS, null, where, order, parameters, ListsBenchmark::claimRow),
                row -> String.valueOf(row.id()));
    }

    private static Page<PlanRow> plans(EntityManagerFactory emf, String list, String label, int offset,
                                       PlanQuery query, Actor actor, String where, String order,
                                       List<Object> parameters) {
        return new Page<>(list, label, offset,
                () -> withEm(emf, em -> planService(em).findPlans(query, offset, PAGE, actor)),
                () -> withEm(emf, em -> planService(em).countPlans(query, actor)),
                new Sql<>("plan", PLAN_COLUMNS, PLAN_TOTAL, where, order, parameters, ListsBenchmark::planRow),
                row -> row.id() + ":" + row.plannedTotal().stripTrailingZeros().toPlainString());
    }

    /** The services as the container wires them, with only the repositories the lists need. */
    private static ClaimService claimService(EntityManager em) {
        return new ClaimService(ScaleAccess.claims(em), null, null, null, null, null, Clock.systemUTC());
    }

    private static PlanService planService(EntityManager em) {
        return new PlanService(ScaleAccess.plans(em), null, null, null, Clock.systemUTC());
    }

    private static <T> T withEm(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    private static ClaimRow claimRow(ResultSet rs) throws SQLException {
        java.sql.Date answer = rs.getDate(12);
        return new ClaimRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getBigDecimal(8), ClaimStatus.valueOf(rs.getString(9)),
                instant(rs.getTimestamp(10)), rs.getDate(11).toLocalDate(), answer == null ? null : answer.toLocalDate(),
                rs.getString(13));
    }

    private static PlanRow planRow(ResultSet rs) throws SQLException {
        BigDecimal total = rs.getBigDecimal(10);
        return new PlanRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                PlanStatus.valueOf(rs.getString(5)), rs.getString(6), total, rs.getBigDecimal(7),
                instant(rs.getTimestamp(8)), rs.getString(9));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    static void run(ScaleDatabase db, EntityManagerFactory emf, List<Page<?>> pages) {
        boolean same = true;
        List<String[]> table = new ArrayList<>();
        for (Page<?> page : pages) {
            same &= time(db.dataSource(), page, table);
        }
        System.out.printf("%nList pages on %s, %,d plans, %,d claims; %d warm-up + %d measured runs per path;"
                + " times in ms (median, p95)%n", db.engine(), ScaleData.PLANS, ScaleData.CLAIMS, WARMUP, RUNS);
        String format = "| %-2s | %-12s | %-68s | %6s | %8s | %7s | %7s | %7s | %8s | %6s | %9s | %10s | %10s | %-14s |%n";
        System.out.printf(format, "#", "list", "page (50 rows)", "offset", "matching", "app", "app p95", "jdbc",
                "jdbc p95", "ratio", "app count", "jdbc count", "naive jdbc", "<=2x / <100 ms");
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
        System.out.println("Both paths returned the same rows in the same order for every page.");
    }

    private static <R> boolean time(DataSource ds, Page<R> page, List<String[]> table) {
        Sql<R> sql = page.sql();
        Supplier<List<R>> jdbc = () -> jdbcPage(ds, sql.pageSql(), page);
        Supplier<List<R>> naive = () -> jdbcPage(ds, sql.naiveSql(), page);
        Supplier<Long> jdbcCount = () -> jdbcCount(ds, sql);

        List<String> appKeys = page.app().get().stream().map(page.key()).toList();
        List<String> jdbcKeys = jdbc.get().stream().map(page.key()).toList();
        long[] n = new long[NAIVE_RUNS];
        List<String> naiveKeys = null;
        for (int i = 0; i < NAIVE_RUNS; i++) {
            long start = System.nanoTime();
            naiveKeys = naive.get().stream().map(page.key()).toList();
            n[i] = System.nanoTime() - start;
        }
        long total = page.appCount().get();
        long jdbcTotal = jdbcCount.get();
        boolean same = appKeys.equals(jdbcKeys) && appKeys.equals(naiveKeys) && total == jdbcTotal
                && appKeys.size() == Math.min(PAGE, Math.max(0, total - page.offset()));
        if (!same) {
            System.out.println("ERROR: the paths disagree on '" + page.list() + ": " + page.label() + "'\n  app:   "
                    + appKeys + "\n  jdbc:  " + jdbcKeys + "\n  naive: " + naiveKeys
                    + "\n  count app " + total + ", jdbc " + jdbcTotal);
        }
        for (int i = 0; i < WARMUP; i++) {
            page.app().get();
            jdbc.get();
            page.appCount().get();
            jdbcCount.get();
        }
        long[] a = new long[RUNS];
        long[] j = new long[RUNS];
        long[] ac = new long[RUNS];
        long[] jc = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            a[i] = time(page.app());
            j[i] = time(jdbc);
            ac[i] = time(page.appCount());
            jc[i] = time(jdbcCount);
        }
        double am = median(a);
        double jm = median(j);
        double ratio = am / jm;
        table.add(new String[] {page.list(), page.label(), String.format("%,d", page.offset()),
                String.format("%,d", total), ms(am), ms(p95(a)), ms(jm), ms(p95(j)), String.format("%.2fx", ratio),
                ms(median(ac)), ms(median(jc)), ms(median(n)),
                (ratio <= MAX_RATIO ? "yes" : "NO") + " / " + (am < MAX_MS * 1e6 ? "yes" : "NO")});
        System.out.printf("page %d: %s: %s, offset %,d: app %s ms, jdbc %s ms%n", table.size(), page.list(),
                page.label(), page.offset(), ms(am), ms(jm));
        System.out.println("  jdbc SQL:   " + sql.pageSql());
        System.out.println("  jdbc plan:  " + explain(ds, sql.pageSql(), page).replaceAll("\\s+", " "));
        System.out.println("  naive plan: " + explain(ds, sql.naiveSql(), page).replaceAll("\\s+", " "));
        return same;
    }

    private static <R> List<R> jdbcPage(DataSource ds, String sql, Page<R> page) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bind(ps, page.sql().parameters());
            ps.setInt(i++, PAGE);
            ps.setInt(i, page.offset());
            List<R> rows = new ArrayList<>(PAGE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(page.sql().mapper().map(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long jdbcCount(DataSource ds, Sql<?> sql) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql.countSql())) {
            bind(ps, sql.parameters());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The database's plan for the statement (H2: EXPLAIN; PostgreSQL: EXPLAIN, one line per node). */
    private static String explain(DataSource ds, String sql, Page<?> page) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("explain " + sql)) {
            int i = bind(ps, page.sql().parameters());
            ps.setInt(i++, PAGE);
            ps.setInt(i, page.offset());
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(plan.length() == 0 ? "" : " | ").append(rs.getString(1).trim());
                }
            }
            return plan.toString();
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

    private static long programId(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select id from program where name = ? and program_year = ?")) {
            ps.setString(1, ScaleData.BIGGEST_LINE);
            ps.setInt(2, ScaleData.FIRST_YEAR + ScaleData.YEARS - 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }


    static long time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return System.nanoTime() - start;
    }

    static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }

    static double p95(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.95) - 1)];
    }

    static String ms(double nanos) {
        return String.format("%.2f", nanos / 1e6);
    }
}
