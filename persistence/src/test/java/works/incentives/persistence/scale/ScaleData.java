package works.incentives.persistence.scale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.claim.RejectionReason;
import works.incentives.domain.program.ActivityCatalog;
import works.incentives.domain.program.ActivityType;
import works.incentives.domain.program.FundingPeriod;
import works.incentives.domain.program.Program;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fills an H2 file database or a PostgreSQL database ({@link ScaleDatabase}) with a realistic volume for the review-queue benchmark: the schema from
 * the real Flyway migrations, then 50 programs (10 product lines over the program years 2023-2027,
 * each with its two half-year funding periods and the standard activity catalogue, stored through
 * JPA), 1,000 partners, one fund allocation and one plan per partner, program and period (100,000),
 * two campaigns of two activities per plan, and 1,000,000 claims inserted with JDBC batches.
 *
 * <p>Why 50 programs: the schema allows one allocation per partner, program and period, and one plan
 * per allocation, so 100,000 plans of 1,000 partners need 100 program periods. Claims lean towards
 * recent years and the big product lines; old years are settled (mostly PAID), the current program
 * year (2027, whose usage runs from July 2026 to June 2027) holds the open work: ~5% of all claims SUBMITTED, some
 * UNDER_REVIEW, ACTION_REQUIRED, DISPUTED and DRAFT. Claim deadlines follow the funding period
 * (usage end + the program's 45 days), as the application computes them. Deterministic (seed 42).
 *
 * <p>Reuses a database that already holds the data. Run: {@code ScaleData [database path]}, default
 * {@code persistence/target/scale/incentives} (system property {@code scale.db}), or on PostgreSQL
 * with {@code -Dscale.url=jdbc:postgresql://...} (bench/run.sh).
 */
public final class ScaleData {

    /** {@code -Dscale.factor=0.05} makes a smaller data set for development (1 = the documented volume). */
    public static final double FACTOR = Double.parseDouble(System.getProperty("scale.factor", "1"));
    public static final int PARTNERS = (int) Math.round(1_000 * FACTOR);
    public static final int PRODUCT_LINES = 10;
    public static final int FIRST_YEAR = 2023;
    public static final int YEARS = 5;
    public static final int PROGRAMS = PRODUCT_LINES * YEARS;
    public static final int PERIODS_PER_PROGRAM = 2;
    public static final int PLANS = PARTNERS * PROGRAMS * PERIODS_PER_PROGRAM;
    public static final int CAMPAIGNS_PER_PLAN = 2;
    public static final int ACTIVITIES_PER_CAMPAIGN = 2;
    public static final int CLAIMS = (int) Math.round(1_000_000 * FACTOR);
    /** The program name of the biggest product line; its current-year program is the benchmark's filter. */
    public static final String BIGGEST_LINE = "Cloud Solutions co-op";

    static final String[] LINES = {BIGGEST_LINE, "Modern Workplace co-op", "Security co-op", "Data & AI co-op",
            "Business Applications co-op", "Infrastructure co-op", "Devices co-op", "Gaming co-op",
            "Education co-op", "Public Sector co-op"};
    private static final int[] LINE_WEIGHTS = {30, 20, 12, 10, 8, 6, 5, 4, 3, 2};
    private static final int[] YEAR_WEIGHTS = {12, 15, 20, 23, 30};
    private static final String[] COUNTRIES = {"US", "DE", "FR", "GB", "NL", "ES", "IT", "SE", "PL", "CA", "AU", "JP"};
    private static final String[] REVIEWERS = {"rita.reviewer", "ravi.reviewer", "rosa.reviewer", "rolf.reviewer",
            "ruth.reviewer"};
    private static final String[] CLAIM_WORDS = {"Spring webinar", "Trade show booth", "Newsletter campaign",
            "Google Ads burst", "Partner bootcamp", "Direct mail wave", "Customer event", "SEO refresh",
            "Telemarketing sprint", "Certification exams"};
    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 50_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private final DataSource dataSource;
    private final Random random = new Random(42);

    /** Filled by {@link #catalogue}: program index -> id, period ids, usage windows, type ids. */
    private final long[] programIds = new long[PROGRAMS];
    private final long[][] periodIds = new long[PROGRAMS][PERIODS_PER_PROGRAM];
    private final LocalDate[][] usageStart = new LocalDate[PROGRAMS][PERIODS_PER_PROGRAM];
    private final LocalDate[][] usageEnd = new LocalDate[PROGRAMS][PERIODS_PER_PROGRAM];
    private final LocalDate[][] deadline = new LocalDate[PROGRAMS][PERIODS_PER_PROGRAM];
    private final List<String> typeCodes = new ArrayList<>();
    private final Map<Integer, long[]> typeIds = new HashMap<>();

    private ScaleData(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static void main(String[] args) throws Exception {
        try (ScaleDatabase db = ScaleDatabase.open(args, 2)) {
            System.out.println("Database: " + db.engine() + " " + db.location());
            ensure(db.dataSource());
        }
    }

    /** The database file path (without H2's {@code .mv.db}) from the first argument or {@code -Dscale.db}. */
    public static Path databasePath(String[] args) {
        String path = args.length > 0 ? args[0] : System.getProperty("scale.db", "persistence/target/scale/incentives");
        Path p = Path.of(path);
        // run from the persistence module (exec plugin) or the repository root
        if (!p.isAbsolute() && args.length == 0 && System.getProperty("scale.db") == null
                && Path.of("").toAbsolutePath().endsWith("persistence")) {
            p = Path.of("target/scale/incentives");
        }
        return p.toAbsolutePath();
    }

    /** Migrates the schema and generates the data unless it is already there. */
    public static void ensure(DataSource ds) throws Exception {
        long started = System.nanoTime();
        // out of order: data kept from an earlier run may predate a migration numbered below its
        // newest one (branches merged later); the benchmark's data must still get every migration
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").failOnMissingLocations(true)
                .outOfOrder(true).load().migrate();
        long claims = count(ds, "claim");
        if (claims == CLAIMS && count(ds, "plan") == PLANS && count(ds, "partner_organization") == PARTNERS) {
            System.out.printf("Scale data present (%,d plans, %,d claims), generation skipped (%d ms)%n", PLANS, claims,
                    (System.nanoTime() - started) / 1_000_000);
            return;
        }
        if (claims != 0 || count(ds, "program") != 0) {
            System.out.println("Incomplete or foreign data found: dropping everything and generating anew");
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                if (postgres(c)) {
                    s.execute("drop schema public cascade");
                    s.execute("create schema public");
                } else {
                    s.execute("DROP ALL OBJECTS");
                }
            }
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").failOnMissingLocations(true)
                    .load().migrate();
        }
        new ScaleData(ds).generate();
        System.out.printf("Scale data generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    static boolean postgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    private static long count(DataSource ds, String table) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void generate() throws Exception {
        long t = System.nanoTime();
        catalogue();
        t = lap("programs, periods, activity catalogue (JPA)", t);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            partners(c);
            t = lap("partners", t);
            allocationsAndPlans(c);
            t = lap("allocations, plans, campaigns, activities", t);
            claims(c);
            t = lap("claims", t);
            sequences(c);
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                // PostgreSQL: VACUUM also sets the visibility map that index-only scans need
                s.execute(postgres(c) ? "VACUUM ANALYZE" : "ANALYZE");
            }
            lap(postgres(c) ? "sequences, VACUUM ANALYZE" : "sequences, ANALYZE", t);
        }
    }

    private static long lap(String what, long since) {
        long now = System.nanoTime();
        System.out.printf("  %-45s %8.1f s%n", what, (now - since) / 1e9);
        return now;
    }

    /** Programs, funding periods and the standard catalogue through the real mappings (JPA). */
    private void catalogue() {
EntityManagerFactory emf = ScaleDatabase.entityManagerFactory(dataSource);
        try {
            EntityManager em = emf.createEntityManager();
            em.getTransaction().begin();
            for (int y = 0; y < YEARS; y++) {
                for (int l = 0; l < PRODUCT_LINES; l++) {
                    int p = y * PRODUCT_LINES + l;
                    Program program = new Program(LINES[l], FIRST_YEAR + y, Currency.getInstance("USD"), true);
                    em.persist(program);
                    // earned in a half-year, used in the next one: the two usage half-years fill the
                    // program year (July of the year before to June), as the domain requires
                    LocalDate earningStart = LocalDate.of(FIRST_YEAR + y - 1, 1, 1);
                    FundingPeriod h1 = FundingPeriod.halfYear(program, "H1", earningStart);
                    FundingPeriod h2 = FundingPeriod.halfYear(program, "H2", earningStart.plusMonths(6));
                    em.persist(h1);
                    em.persist(h2);
                    List<ActivityType> types = ActivityCatalog.standard(program);
                    types.forEach(em::persist);
                    em.flush();
                    programIds[p] = program.getId();
                    FundingPeriod[] periods = {h1, h2};
                    for (int f = 0; f < PERIODS_PER_PROGRAM; f++) {
                        periodIds[p][f] = periods[f].getId();
                        usageStart[p][f] = periods[f].getUsage().start();
                        usageEnd[p][f] = periods[f].getUsage().end();
                        deadline[p][f] = periods[f].claimDeadline();
                    }
                    long[] ids = new long[types.size()];
                    for (int i = 0; i < types.size(); i++) {
                        ids[i] = types.get(i).getId();
                        if (p == 0) {
                            typeCodes.add(types.get(i).getCode());
                        }
                    }
                    typeIds.put(p, ids);
                }
            }
            em.getTransaction().commit();
            em.close();
        } finally {
            emf.close();
        }
    }

    private void partners(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into partner_organization (id, version, name, country_code) values (?, 1, ?, ?)")) {
            for (int i = 1; i <= PARTNERS; i++) {
                ps.setLong(1, i);
                ps.setString(2, String.format("Partner %04d %s", i, i % 3 == 0 ? "GmbH" : i % 3 == 1 ? "Inc." : "Ltd"));
                ps.setString(3, COUNTRIES[i % COUNTRIES.length]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        c.commit();
    }

    /** Allocation and plan ids: one per (partner, program, period), numbered 1..PLANS. */
    static long planId(int partner, int program, int period) {
        return ((long) partner * PROGRAMS + program) * PERIODS_PER_PROGRAM + period + 1;
    }

    static long campaignId(long planId, int campaign) {
        return (planId - 1) * CAMPAIGNS_PER_PLAN + campaign + 1;
    }

    static long activityId(long campaignId, int activity) {
        return (campaignId - 1) * ACTIVITIES_PER_CAMPAIGN + activity + 1;
    }

    private int activityType(long activityId) {
        return (int) ((activityId * 7) % typeCodes.size());
    }

    private void allocationsAndPlans(Connection c) throws SQLException {
        try (PreparedStatement alloc = c.prepareStatement("insert into fund_allocation (id, version, partner_id,"
                + " program_id, funding_period_id, currency_code, earned, rebate, allocated, committed, claimed, paid)"
                + " values (?, 1, ?, ?, ?, 'USD', ?, 0, ?, ?, ?, ?)");
             PreparedStatement plan = c.prepareStatement("insert into plan (id, version, partner_id, program_id,"
                     + " allocation_id, funding_period_id, currency_code, title, objective, reviewer, approved_limit,"
                     + " status, first_submitted_at, submitted_at, decided_at, decision_comment)"
                     + " values (?, 1, ?, ?, ?, ?, 'USD', ?, ?, ?, ?, ?, ?, ?, ?, null)");
             PreparedStatement campaign = c.prepareStatement("insert into plan_campaign (id, plan_id, name,"
                     + " objective, start_date, end_date) values (?, ?, ?, ?, ?, ?)");
             PreparedStatement activity = c.prepareStatement("insert into plan_activity (id, campaign_id,"
                     + " activity_type_id, activity_type_code, planned_amount, description) values (?, ?, ?, ?, ?, ?)")) {
            int rows = 0;
            for (int partner = 0; partner < PARTNERS; partner++) {
                for (int p = 0; p < PROGRAMS; p++) {
                    int year = FIRST_YEAR + p / PRODUCT_LINES;
                    for (int f = 0; f < PERIODS_PER_PROGRAM; f++) {
                        long id = planId(partner, p, f);
                        BigDecimal allocated = BigDecimal.valueOf(20_000 + random.nextInt(480) * 1_000L);
                        alloc.setLong(1, id);
                        alloc.setLong(2, partner + 1);
                        alloc.setLong(3, programIds[p]);
                        alloc.setLong(4, periodIds[p][f]);
                        alloc.setBigDecimal(5, allocated);
                        alloc.setBigDecimal(6, allocated);
                        alloc.setBigDecimal(7, allocated.multiply(new BigDecimal("0.60")));
                        alloc.setBigDecimal(8, allocated.multiply(new BigDecimal("0.40")));
                        alloc.setBigDecimal(9, allocated.multiply(new BigDecimal("0.30")));
                        alloc.addBatch();

                        boolean current = year == FIRST_YEAR + YEARS - 1;
                        int r = random.nextInt(100);
                        String status = !current ? (r < 95 ? "APPROVED" : "REJECTED")
                                : r < 70 ? "APPROVED" : r < 80 ? "SUBMITTED" : r < 85 ? "UNDER_REVIEW"
                                : r < 90 ? "ACTION_REQUIRED" : r < 95 ? "DRAFT" : "REJECTED";
                        LocalDateTime submitted = usageStart[p][f].minusMonths(5).atTime(9 + r % 8, r % 60);
                        plan.setLong(1, id);
                        plan.setLong(2, partner + 1);
                        plan.setLong(3, programIds[p]);
                        plan.setLong(4, id);
                        plan.setLong(5, periodIds[p][f]);
                        plan.setString(6, LINES[p % PRODUCT_LINES] + " " + year + " H" + (f + 1) + " plan");
                        plan.setString(7, "Grow pipeline in the partner's territory");
                        boolean decided = status.equals("APPROVED") || status.equals("REJECTED")
                                || status.equals("ACTION_REQUIRED");
                        plan.setString(8, status.equals("DRAFT") || status.equals("SUBMITTED") ? null
                                : REVIEWERS[r % REVIEWERS.length]);
                        plan.setBigDecimal(9, status.equals("APPROVED") ? allocated : null);
                        plan.setString(10, status);
                        plan.setObject(11, status.equals("DRAFT") ? null : Timestamp.valueOf(submitted));
                        plan.setObject(12, status.equals("DRAFT") ? null : Timestamp.valueOf(submitted));
                        plan.setObject(13, decided ? Timestamp.valueOf(submitted.plusDays(3)) : null);
                        plan.addBatch();

                        for (int k = 0; k < CAMPAIGNS_PER_PLAN; k++) {
                            long cid = campaignId(id, k);
                            LocalDate start = usageStart[p][f].plusMonths(k * 3L);
                            campaign.setLong(1, cid);
                            campaign.setLong(2, id);
                            campaign.setString(3, (k == 0 ? "Launch wave " : "Follow-up wave ") + year);
                            campaign.setString(4, null);
                            campaign.setObject(5, Date.valueOf(start));
                            campaign.setObject(6, Date.valueOf(k == 0 ? start.plusMonths(3).minusDays(1) : usageEnd[p][f]));
                            campaign.addBatch();
                            for (int a = 0; a < ACTIVITIES_PER_CAMPAIGN; a++) {
                                long aid = activityId(cid, a);
                                int type = activityType(aid);
                                activity.setLong(1, aid);
                                activity.setLong(2, cid);
                                activity.setLong(3, typeIds.get(p)[type]);
                                activity.setString(4, typeCodes.get(type));
                                activity.setBigDecimal(5, BigDecimal.valueOf(2_000 + random.nextInt(40) * 500L));
                                activity.setString(6, null);
                                activity.addBatch();
                            }
                        }
                        rows++;
                        if (rows % BATCH == 0) {
                            alloc.executeBatch();
                            plan.executeBatch();
                            campaign.executeBatch();
                            activity.executeBatch();
                        }
                        if (rows % COMMIT_EVERY == 0) {
                            c.commit();
                        }
                    }
                }
            }
            alloc.executeBatch();
            plan.executeBatch();
            campaign.executeBatch();
            activity.executeBatch();
            c.commit();
        }
    }

    private static int weighted(Random random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Status by program year: settled history, a little late work last year, the open queue this year. */
    private ClaimStatus status(int yearIndex) {
        int r = random.nextInt(1000);
        if (yearIndex < YEARS - 2) {
            return r < 850 ? ClaimStatus.PAID : r < 880 ? ClaimStatus.APPROVED : r < 930 ? ClaimStatus.REJECTED
                    : r < 960 ? ClaimStatus.EXPIRED : ClaimStatus.WITHDRAWN;
        }
        if (yearIndex == YEARS - 2) {
            return r < 700 ? ClaimStatus.PAID : r < 820 ? ClaimStatus.APPROVED : r < 870 ? ClaimStatus.REJECTED
                    : r < 875 ? ClaimStatus.DISPUTED : r < 895 ? ClaimStatus.SUBMITTED
                    : r < 900 ? ClaimStatus.UNDER_REVIEW : r < 940 ? ClaimStatus.EXPIRED : ClaimStatus.WITHDRAWN;
        }
        return r < 150 ? ClaimStatus.SUBMITTED : r < 190 ? ClaimStatus.UNDER_REVIEW
                : r < 220 ? ClaimStatus.ACTION_REQUIRED : r < 320 ? ClaimStatus.DRAFT : r < 620 ? ClaimStatus.APPROVED
                : r < 900 ? ClaimStatus.PAID : r < 940 ? ClaimStatus.REJECTED : r < 950 ? ClaimStatus.DISPUTED
                : ClaimStatus.WITHDRAWN;
    }

    private void claims(Connection c) throws SQLException {
        RejectionReason[] reasons = RejectionReason.values();
        try (PreparedStatement ps = c.prepareStatement("insert into claim (id, version, partner_id, program_id,"
                + " plan_id, campaign_id, activity_id, activity_type_code, allocation_id, funding_period_id,"
                + " currency_code, name, execution_date, amount, estimated_reach, includes_alcohol, invoice_number,"
                + " invoice_vendor, invoice_date, invoice_amount, invoice_currency, status, held_amount,"
                + " claim_deadline, first_submitted_at, submitted_at, reviewer, answer_due_on, review_comment,"
                + " rejected_on, rejection_reason, dispute_reason, decided_at, payment_reference, paid_on)"
                + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 'USD', ?, ?, ?, ?, false, ?, ?, ?, ?, 'USD', ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int id = 1; id <= CLAIMS; id++) {
                int y = weighted(random, YEAR_WEIGHTS);
                int line = weighted(random, LINE_WEIGHTS);
                int p = y * PRODUCT_LINES + line;
                // some partners are far busier than others
                int partner = (int) (PARTNERS * Math.pow(random.nextDouble(), 1.6));
                int f = random.nextInt(PERIODS_PER_PROGRAM);
                long plan = planId(partner, p, f);
                int k = random.nextInt(CAMPAIGNS_PER_PLAN);
                long campaign = campaignId(plan, k);
                long activity = activityId(campaign, random.nextInt(ACTIVITIES_PER_CAMPAIGN));
                int type = activityType(activity);
                ClaimStatus status = status(y);
                LocalDate start = usageStart[p][f];
                LocalDate end = usageEnd[p][f];
                LocalDate execution = start.plusDays(random.nextInt((int) (end.toEpochDay() - start.toEpochDay()) + 1));
                if (execution.isAfter(TODAY)) {
                    execution = TODAY.minusDays(random.nextInt(30));
                }
                LocalDate due = deadline[p][f];
                LocalDate lastSubmit = due.isBefore(TODAY) ? due : TODAY;
                long window = Math.max(1, lastSubmit.toEpochDay() - execution.toEpochDay());
                LocalDateTime submitted = execution.plusDays(1 + random.nextInt((int) window))
                        .atTime(8 + random.nextInt(10), random.nextInt(60), random.nextInt(60));
                if (submitted.toLocalDate().isAfter(TODAY)) {
                    submitted = TODAY.atTime(8, 0);
                }
                BigDecimal amount = BigDecimal.valueOf(25_000 + random.nextInt(2_400_000), 2)
                        .setScale(4, RoundingMode.UNNECESSARY);
                boolean draft = status == ClaimStatus.DRAFT;
                boolean decided = status == ClaimStatus.APPROVED || status == ClaimStatus.PAID
                        || status == ClaimStatus.REJECTED || status == ClaimStatus.DISPUTED;
                boolean reviewed = decided || status == ClaimStatus.UNDER_REVIEW || status == ClaimStatus.ACTION_REQUIRED;
                boolean rejected = status == ClaimStatus.REJECTED || status == ClaimStatus.DISPUTED;
                LocalDateTime decidedAt = submitted.plusDays(2 + random.nextInt(20));

                int i = 1;
                ps.setLong(i++, id);
                ps.setLong(i++, partner + 1);
                ps.setLong(i++, programIds[p]);
                ps.setLong(i++, plan);
                ps.setLong(i++, campaign);
                ps.setLong(i++, activity);
                ps.setString(i++, typeCodes.get(type));
                ps.setLong(i++, plan); // allocation id = plan id
                ps.setLong(i++, periodIds[p][f]);
                ps.setString(i++, CLAIM_WORDS[random.nextInt(CLAIM_WORDS.length)] + " #" + (id % 997));
                ps.setObject(i++, Date.valueOf(execution));
                ps.setBigDecimal(i++, amount);
                ps.setLong(i++, 1_000L + random.nextInt(200_000));
                ps.setString(i++, draft && id % 2 == 0 ? null : "INV-" + (partner + 1) + "-" + id);
                ps.setString(i++, draft && id % 2 == 0 ? null : "Agency " + (id % 211));
                ps.setObject(i++, draft && id % 2 == 0 ? null : Date.valueOf(execution));
                ps.setBigDecimal(i++, draft && id % 2 == 0 ? null : amount);
                ps.setString(i++, status.name());
                ps.setBigDecimal(i++, status.holdsFunds() ? amount : BigDecimal.ZERO);
                ps.setObject(i++, Date.valueOf(due));
                ps.setObject(i++, draft ? null : Timestamp.valueOf(submitted));
                ps.setObject(i++, draft ? null : Timestamp.valueOf(submitted));
                ps.setString(i++, reviewed ? REVIEWERS[id % REVIEWERS.length] : null);
                ps.setObject(i++, status == ClaimStatus.ACTION_REQUIRED
                        ? Date.valueOf(TODAY.plusDays(1 + random.nextInt(14))) : null);
                ps.setString(i++, status == ClaimStatus.ACTION_REQUIRED ? "Please add the booth photo" : null);
                ps.setObject(i++, rejected ? Date.valueOf(decidedAt.toLocalDate()) : null);
                ps.setString(i++, rejected ? reasons[id % reasons.length].name() : null);
                ps.setString(i++, status == ClaimStatus.DISPUTED ? "The invoice names our agency" : null);
                ps.setObject(i++, decided ? Timestamp.valueOf(decidedAt) : null);
                ps.setString(i++, status == ClaimStatus.PAID ? "PAY-" + id : null);
                if (status == ClaimStatus.PAID) {
                    ps.setObject(i, Date.valueOf(decidedAt.toLocalDate().plusDays(14)));
                } else {
                    ps.setNull(i, Types.DATE);
                }
                ps.addBatch();
                if (id % BATCH == 0) {
                    ps.executeBatch();
                }
                if (id % COMMIT_EVERY == 0) {
                    c.commit();
                    if (id % 200_000 == 0) {
                        System.out.printf("    %,d claims%n", id);
                    }
                }
            }
            ps.executeBatch();
            c.commit();
        }
    }

    /** Moves every sequence whose table got explicit ids past them (EclipseLink reads nextval as a block's end). */
    private static void sequences(Connection c) throws SQLException {
        String[][] seqs = {{"partner_seq", "partner_organization", "10"}, {"fund_allocation_seq", "fund_allocation", "10"},
                {"plan_seq", "plan", "10"}, {"plan_campaign_seq", "plan_campaign", "50"},
                {"plan_activity_seq", "plan_activity", "50"}, {"claim_seq", "claim", "10"}};
        try (Statement s = c.createStatement()) {
            for (String[] seq : seqs) {
                long max;
                try (ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + seq[1])) {
                    rs.next();
                    max = rs.getLong(1);
                }
                long inc = Long.parseLong(seq[2]);
                long restart = (max / inc + 2) * inc;
                s.execute("ALTER SEQUENCE " + seq[0] + " RESTART WITH " + restart);
            }
        }
    }
}
