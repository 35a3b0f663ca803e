package works.incentives.persistence.scale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import works.incentives.domain.claim.ClaimCommands.AddEvidence;
import works.incentives.domain.claim.ClaimCommands.ClaimDetails;
import works.incentives.domain.claim.ClaimCommands.CreateClaim;
import works.incentives.domain.claim.ClaimCommands.InvoiceData;
import works.incentives.domain.fund.AllocationService.AllocateFunds;
import works.incentives.domain.plan.PlanCommands.ActivityData;
import works.incentives.domain.plan.PlanCommands.CampaignData;
import works.incentives.domain.plan.PlanCommands.CreatePlan;
import works.incentives.domain.plan.PlanCommands.PlanBasics;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.program.ProgramCommands.CreateFundingPeriod;
import works.incentives.domain.program.ProgramCommands.CreateProgram;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.persistence.ScaleAccess;
import works.incentives.persistence.ScaleAccess.Services;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Claims racing for one fund: {@value #DEFAULT_SUBMISSIONS} complete claims of one partner on one
 * allocation, prepared through the application's services, are submitted at the same moment by
 * {@code -Dbenchmark.threads} threads (default 32, Payara's default pool size; one connection
 * each), each submission one transaction through {@code ClaimService.submit} — which checks the
 * claim first, then takes the money in one conditional update of the fund row and holds that row's
 * lock only for the rest of its transaction (issue 13.4). The fund holds money for half of them. Checks that
 * nothing is overspent (the fund's claimed money equals the sum of the submitted claims' held
 * amounts and never exceeds its allocation, and exactly the claims that fit were accepted) and
 * compares the throughput with plain JDBC: the same number of single-row claim inserts, one
 * transaction each, by the same threads on the same database. Target: at least half the
 * throughput of the plain inserts.
 *
 * <p>Runs on a fresh database beside the scale database ({@link ScaleDatabase#fresh}), so it needs
 * no generated data. Run: {@code bench/run.sh contention [h2|pg]} (docs/benchmark.md).
 */
public final class ContentionBenchmark {

    static final int DEFAULT_SUBMISSIONS = 1_000;
    static final int SUBMISSIONS = Integer.getInteger("benchmark.submissions", DEFAULT_SUBMISSIONS);
    static final int THREADS = Integer.getInteger("benchmark.threads", 32);
    static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);
    static final int WARMUP_SUBMISSIONS = 200;
    static final BigDecimal AMOUNT = new BigDecimal("100");

    private static final Actor ADMIN = Actor.programAdmin("adam");
    private static final Clock SETUP = at("2027-01-10");
    private static final Clock DRAFTING = at("2027-02-21");
    private static final Clock SUBMITTING = at("2027-03-05");
    private static final byte[] PNG = png();

    private final DataSource ds;
    private final EntityManagerFactory emf;
    private final long programId;
    private final long periodId;
    private final long adsTypeId;
    private int partners;

    private ContentionBenchmark(DataSource ds, EntityManagerFactory emf) {
        this.ds = ds;
        this.emf = emf;
        this.programId = call(SETUP, s -> s.programs().createProgram(new CreateProgram("Contention co-op", 2027, "USD",
                false, null, null, null, null, null, null), ADMIN).id());
        this.periodId = call(SETUP, s -> s.programs().addFundingPeriod(new CreateFundingPeriod(programId, "H1 FY27",
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 6, 30)), ADMIN).id());
        this.adsTypeId = call(SETUP, s -> s.programs().installStandardCatalogue(programId, ADMIN)).stream()
                .filter(t -> t.code().equals("DIGITAL_ADVERTISING")).findFirst().orElseThrow().id();
    }

    /** One partner's fund, its plan, and complete claims waiting to be submitted. */
    record Race(Actor partner, long allocationId, List<Long> claimIds) {
    }

    /** What one round measured. */
    record Round(int submissions, long appNanos, Map<String, Integer> outcomes, BigDecimal fund, BigDecimal claimed,
                 BigDecimal held, long submitted, long jdbcNanos) {

        long expectedWinners() {
            return fund.divide(AMOUNT).longValue();
        }

        /** More claimed than the fund holds, or claimed money that no submitted claim holds. */
        boolean overspent() {
            return claimed.compareTo(fund) > 0 || claimed.compareTo(held) != 0;
        }

        /** Exactly the claims that fit were accepted, every other one refused for want of funds. */
        boolean allAccountedFor() {
            return submitted == expectedWinners() && outcomes.getOrDefault("SUBMITTED", 0) == submitted
                    && outcomes.getOrDefault("FUNDS_INSUFFICIENT", 0) == submissions - submitted;
        }

        double appPerSecond() {
            return submissions / (appNanos / 1e9);
        }

        double jdbcPerSecond() {
            return submissions / (jdbcNanos / 1e9);
        }
    }

    public static void main(String[] args) throws Exception {
        try (ScaleDatabase db = ScaleDatabase.fresh(args, "contention", THREADS + 1)) {
            System.out.printf("Database: %s %s (fresh); %,d submissions x %d rounds, %d threads%n", db.engine(),
                    db.location(), SUBMISSIONS, ROUNDS, THREADS);
            EntityManagerFactory emf = db.entityManagerFactory();
            try {
                new ContentionBenchmark(db.dataSource(), emf).run(db.engine());
            } finally {
                emf.close();
            }
        }
    }

    private void run(String engine) throws Exception {
        long started = System.nanoTime();
        Race warmup = prepare(WARMUP_SUBMISSIONS);
        List<Race> races = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            races.add(prepare(SUBMISSIONS));
        }
        System.out.printf("prepared %,d complete claims through the services in %.1f s%n",
                WARMUP_SUBMISSIONS + ROUNDS * SUBMISSIONS, (System.nanoTime() - started) / 1e9);
        round(warmup);
        List<Round> rounds = new ArrayList<>();
        for (Race race : races) {
            rounds.add(round(race));
        }

        System.out.printf("%nContention on %s: %,d claims submitted at once on one fund that covers half of them,"
                + " %d threads (one connection each); throughput in submissions or inserts per second%n",
                engine, SUBMISSIONS, THREADS);
        String format = "| %-5s | %9s | %8s | %-46s | %9s | %9s | %9s | %9s | %10s | %6s | %-9s |%n";
        System.out.printf(format, "round", "app ms", "app /s", "outcomes", "fund", "claimed", "winners", "overspend",
                "jdbc /s", "ratio", ">= 0.5x");
        boolean wrong = false;
        int n = 1;
        for (Round r : rounds) {
            double ratio = r.appPerSecond() / r.jdbcPerSecond();
            wrong |= r.overspent() || !r.allAccountedFor();
            System.out.printf(format, n++, String.format("%.0f", r.appNanos() / 1e6),
                    String.format("%.0f", r.appPerSecond()), r.outcomes().toString(), r.fund().toPlainString(),
                    r.claimed().stripTrailingZeros().toPlainString(), r.submitted() + " of " + r.expectedWinners(),
                    r.overspent() ? "YES" : "none", String.format("%.0f", r.jdbcPerSecond()),
                    String.format("%.2fx", ratio), ratio >= 0.5 ? "yes" : "NO");
        }
        if (wrong) {
            System.out.println("ERROR: a fund was overspent, or submissions failed otherwise than for want of funds"
                    + " (see the outcomes above)");
            System.exit(1);
        }
        System.out.println("No fund was overspent: claimed = the held amounts of the submitted claims <= the fund;"
                + " exactly the claims that fit were accepted, every other one refused with FUNDS_INSUFFICIENT.");
    }

    /** A new partner with a fund for half of {@code claims} claims, an activity planned beyond it, and the claims. */
    private Race prepare(int claims) {
        int number = ++partners;
        BigDecimal fund = AMOUNT.multiply(BigDecimal.valueOf(claims / 2));
        long partnerId = call(SETUP, s -> s.partners().register("Racing partner " + number, "TW", ADMIN).id());
        long allocationId = call(SETUP, s -> s.allocations().allocate(new AllocateFunds(partnerId, programId, periodId,
                fund), ADMIN).id());
        Actor partner = Actor.partnerAdmin("paula" + number, partnerId);
        PlanView plan = call(SETUP, s -> {
            long planId = s.plans().createDraft(new CreatePlan(allocationId, "H1 plan"), partner).id();
            s.plans().updateBasics(planId, new PlanBasics("H1 plan", "Leads at the deadline"), partner);
            long campaignId = s.plans().addCampaign(planId, new CampaignData("Spring push", "Leads",
                    LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31)), partner).campaigns().get(0).id();
            return s.plans().addActivity(planId, campaignId, new ActivityData(adsTypeId, Set.of("TW"),
                    AMOUNT.multiply(BigDecimal.valueOf(claims)), Map.of("CLICK_THROUGH_SUMMARY", "2%"), "Search ads"),
                    partner);
        });
        long activityId = plan.campaigns().get(0).activities().get(0).id();
        List<Long> ids = new ArrayList<>(claims);
        for (int i = 0; i < claims; i++) {
            String invoice = "INV-" + number + "-" + i;
            ids.add(call(DRAFTING, s -> {
                long id = s.claims().createDraft(new CreateClaim(plan.id(), activityId, "Ads " + invoice), partner).id();
                s.claims().updateDetails(id, new ClaimDetails("Ads " + invoice, LocalDate.of(2027, 2, 20), AMOUNT,
                        10_000L, null, null, false, Map.of("CLICK_THROUGH_SUMMARY", "1.9%"), null), partner);
                s.claims().attachInvoice(id, new InvoiceData(invoice, "Search engine", LocalDate.of(2027, 2, 20),
                        AMOUNT, "USD"), partner);
                for (String requirement : List.of("INVOICE", "AD_SCREENSHOT", "LANDING_PAGE_URL")) {
                    s.claims().addEvidence(id, new AddEvidence(requirement.toLowerCase() + ".png", requirement, null,
                            PNG), partner);
                }
                return id;
            }));
        }
        return new Race(partner, allocationId, ids);
    }

    /** Every claim submitted at once (one transaction each), then as many plain inserts, then the checks. */
    private Round round(Race race) throws Exception {
        Map<String, Integer> outcomes = new TreeMap<>();
        List<Callable<String>> submissions = race.claimIds().stream().<Callable<String>>map(id -> () -> {
            try {
                call(SUBMITTING, s -> s.claims().submit(id, race.partner()));
                return "SUBMITTED";
            } catch (DomainRuleViolation e) {
                return e.code();
            } catch (RuntimeException e) {
                return e.getClass().getSimpleName();
            }
        }).toList();
        long appNanos = together(submissions, outcomes);

        long base = 1_000_000_000L + race.allocationId() * 10_000L;
        List<Callable<String>> inserts = new ArrayList<>();
        for (int i = 0; i < race.claimIds().size(); i++) {
            long id = base + i;
            inserts.add(() -> insertCopy(id, race.claimIds().get(0)));
        }
        Map<String, Integer> inserted = new TreeMap<>();
        long jdbcNanos = together(inserts, inserted);
        if (!inserted.equals(Map.of("inserted", inserts.size()))) {
            throw new IllegalStateException("plain inserts failed: " + inserted);
        }
        update("delete from claim where id >= ? and id < ?", base, base + inserts.size());

        BigDecimal fund = queryDecimal("select allocated from fund_allocation where id = ?", race.allocationId());
        BigDecimal claimed = queryDecimal("select claimed from fund_allocation where id = ?", race.allocationId());
        BigDecimal held = queryDecimal("select coalesce(sum(held_amount), 0) from claim where allocation_id = ?"
                + " and status = 'SUBMITTED'", race.allocationId());
        long submitted = queryDecimal("select count(*) from claim where allocation_id = ? and status = 'SUBMITTED'",
                race.allocationId()).longValue();
        Round round = new Round(race.claimIds().size(), appNanos, outcomes, fund, claimed, held, submitted,
                jdbcNanos);
        System.out.printf("round of %,d: app %.0f ms (%.0f/s) %s; plain inserts %.0f ms (%.0f/s)%n",
                round.submissions(), appNanos / 1e6, round.appPerSecond(), outcomes, jdbcNanos / 1e6,
                round.jdbcPerSecond());
        return round;
    }

    /** Runs the tasks on {@link #THREADS} threads released together; returns the wall time until the last ends. */
    private static long together(List<Callable<String>> tasks, Map<String, Integer> outcomes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> futures = new ArrayList<>();
            for (Callable<String> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            long begin = System.nanoTime();
            start.countDown();
            for (Future<String> f : futures) {
                outcomes.merge(f.get(10, TimeUnit.MINUTES), 1, Integer::sum);
            }
            return System.nanoTime() - begin;
        } finally {
            pool.shutdown();
        }
    }

    /** One plain insert of a claim row (a copy of a drafted claim), committed on its own. */
    private String insertCopy(long id, long templateId) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("insert into claim (id,"
                + " version, partner_id, program_id, plan_id, campaign_id, activity_id, activity_type_code,"
                + " allocation_id, funding_period_id, currency_code, name, execution_date, amount, estimated_reach,"
                + " includes_alcohol, invoice_number, invoice_vendor, invoice_date, invoice_amount, invoice_currency,"
                + " status, held_amount, claim_deadline, first_submitted_at, submitted_at)"
                + " select ?, 1, partner_id, program_id, plan_id, campaign_id, activity_id, activity_type_code,"
                + " allocation_id, funding_period_id, currency_code, name, execution_date, amount, estimated_reach,"
                + " includes_alcohol, ?, invoice_vendor, invoice_date, invoice_amount, invoice_currency,"
                + " 'DRAFT', 0, claim_deadline, first_submitted_at, submitted_at from claim where id = ?")) {
            c.setAutoCommit(true);
            ps.setLong(1, id);
            ps.setString(2, "PLAIN-" + id);
            ps.setLong(3, templateId);
            return ps.executeUpdate() == 1 ? "inserted" : "missing template";
        }
    }

    private BigDecimal queryDecimal(String sql, long parameter) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }

    private void update(String sql, long from, long to) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            c.setAutoCommit(true);
            ps.setLong(1, from);
            ps.setLong(2, to);
            ps.executeUpdate();
        }
    }

    /** One service call (or several) in its own entity manager and transaction, committed unless it throws. */
    private <T> T call(Clock clock, Function<Services, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(ScaleAccess.services(em, clock));
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    private static Clock at(String day) {
        return Clock.fixed(Instant.parse(day + "T09:00:00Z"), ZoneOffset.UTC);
    }

    /** A real PNG (evidence must decode). */
    private static byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
