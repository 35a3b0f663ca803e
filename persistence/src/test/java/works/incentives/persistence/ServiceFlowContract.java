package works.incentives.persistence;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import works.incentives.domain.claim.ClaimCommands.AddEvidence;
import works.incentives.domain.claim.ClaimCommands.ClaimDetails;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimCommands.CreateClaim;
import works.incentives.domain.claim.ClaimCommands.InvoiceData;
import works.incentives.domain.claim.ClaimQuery;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.claim.RejectionReason;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.fund.AllocationService.AllocateFunds;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.plan.PlanCommands.ActivityData;
import works.incentives.domain.plan.PlanCommands.CampaignData;
import works.incentives.domain.plan.PlanCommands.CreatePlan;
import works.incentives.domain.plan.PlanCommands.PlanBasics;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.plan.PlanQuery;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramCommands.CreateFundingPeriod;
import works.incentives.domain.program.ProgramCommands.CreateProgram;
import works.incentives.domain.program.ProgramCommands.DefineActivityType;
import works.incentives.domain.program.ProgramCommands.EvidenceRequirementData;
import works.incentives.domain.program.ActivityCategory;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application services end to end on a real database: the plan wizard, review, the PoE
 * wizard, review and payment, as the UI will call them, one transaction per call (as
 * {@code @Transactional} does in the container). Run on H2 and PostgreSQL by the subclasses.
 */
abstract class ServiceFlowContract {

    abstract TestDatabase db();

    /** A real PNG: evidence must decode, a PNG signature alone is refused as damaged. */
    static final byte[] PNG = png();

    static byte[] png() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    final Actor admin = Actor.programAdmin("adam");
    final Actor rita = Actor.reviewer("rita");
    Clock clock = at("2027-01-10");

    static Clock at(String day) {
        return Clock.fixed(Instant.parse(day + "T09:00:00Z"), ZoneOffset.UTC);
    }

    /** All services over one entity manager, as CDI would wire them. */
    record Services(ProgramAdminService programs, PartnerService partners, AllocationService allocations,
                    PlanService plans, ClaimService claims) {
    }

    <T> T call(Function<Services, T> work) {
        return db().inTransaction(em -> work.apply(services(em)));
    }

    Services services(EntityManager em) {
        var programRepo = new JpaProgramRepository(em);
        var partnerRepo = new JpaPartnerRepository(em);
        var allocationRepo = new JpaFundAllocationRepository(em);
        var planRepo = new JpaPlanRepository(em);
        var claimRepo = new JpaClaimRepository(em);
        var history = new JpaHistoryRepository(em);
        return new Services(new ProgramAdminService(programRepo), new PartnerService(partnerRepo),
                new AllocationService(allocationRepo, programRepo, partnerRepo, history, clock),
                new PlanService(planRepo, allocationRepo, programRepo, history, clock),
                new ClaimService(claimRepo, planRepo, allocationRepo, programRepo, new JpaEvidenceRepository(em),
                        history, clock));
    }

    record Setup(long programId, long partnerId, AllocationView allocation, long adsTypeId) {
    }

    Setup setup(boolean preApproval, long earned) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long programId = call(s -> s.programs().createProgram(new CreateProgram("Co-op " + unique, 2027, "USD",
                preApproval, null, null, null, null, new BigDecimal("1500"), null), admin).id());
        long periodId = call(s -> s.programs().addFundingPeriod(new CreateFundingPeriod(programId, "H1 FY27",
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 6, 30)), admin).id());
        List<ActivityTypeView> types = call(s -> s.programs().installStandardCatalogue(programId, admin));
        long adsTypeId = types.stream().filter(t -> t.code().equals("DIGITAL_ADVERTISING")).findFirst().orElseThrow().id();
        long partnerId = call(s -> s.partners().register("Partner " + unique, "TW", admin).id());
        AllocationView allocation = call(s -> s.allocations().allocate(new AllocateFunds(partnerId, programId, periodId,
                BigDecimal.valueOf(earned)), admin));
        return new Setup(programId, partnerId, allocation, adsTypeId);
    }

    PlanView draftPlan(Setup setup, Actor partner, long amount) {
        PlanView plan = call(s -> s.plans().createDraft(new CreatePlan(setup.allocation().id(), "H1 plan"), partner));
        call(s -> s.plans().updateBasics(plan.id(), new PlanBasics("H1 plan", "Security leads in Taiwan"), partner));
        PlanView withCampaign = call(s -> s.plans().addCampaign(plan.id(), new CampaignData("Spring push", "Leads",
                LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31)), partner));
        long campaignId = withCampaign.campaigns().get(0).id();
        return call(s -> s.plans().addActivity(plan.id(), campaignId, new ActivityData(setup.adsTypeId(),
                Set.of("TW"), BigDecimal.valueOf(amount), Map.of("CLICK_THROUGH_SUMMARY", "2%"), "LinkedIn"), partner));
    }

    long completeClaim(PlanView plan, Actor partner, String invoice, long amount) {
        long activityId = plan.campaigns().get(0).activities().get(0).id();
        long claimId = call(s -> s.claims().createDraft(new CreateClaim(plan.id(), activityId, "Ads " + invoice),
                partner).id());
        call(s -> s.claims().updateDetails(claimId, new ClaimDetails("Ads " + invoice, LocalDate.of(2027, 2, 20),
                BigDecimal.valueOf(amount), 50_000L, null, null, false, Map.of("CLICK_THROUGH_SUMMARY", "2.3%"),
                "All done"), partner));
        call(s -> s.claims().attachInvoice(claimId, new InvoiceData(invoice, "LinkedIn", LocalDate.of(2027, 2, 28),
                BigDecimal.valueOf(amount), "USD"), partner));
        call(s -> s.claims().addEvidence(claimId, new AddEvidence("ad.png", "AD_SCREENSHOT", null, PNG), partner));
        call(s -> s.claims().addEvidence(claimId, new AddEvidence("landing.png", "LANDING_PAGE_URL", null, PNG), partner));
        return claimId;
    }

    @Test
    void anAdminDefinedActivityTypeKeepsItsDisplayNameEvidenceAndMetricsWhileStandardTypesHaveNone() {
        Setup setup = setup(true, 50_000);
        ActivityTypeView defined = call(s -> s.programs().defineActivityType(new DefineActivityType(setup.programId(),
                "PODCAST_SPONSORSHIP", ActivityCategory.DEMAND_GENERATION, null,
                List.of(new EvidenceRequirementData("EPISODE_LINK", "Link to the episode", "https://pod.example/42", true),
                        new EvidenceRequirementData("AD_READ_SCRIPT", "The ad read script", null, false)),
                List.of("ESTIMATED_REACH", "DOWNLOADS"), null, new BigDecimal("5000"), null, null, null, null,
                false, "  Podcast sponsorship 播客  "), admin));
        assertEquals("Podcast sponsorship 播客", defined.displayName());
        ActivityTypeView stored = call(s -> s.programs().listActivityTypes(setup.programId())).stream()
                .filter(t -> t.code().equals("PODCAST_SPONSORSHIP")).findFirst().orElseThrow();
        assertEquals("Podcast sponsorship 播客", stored.displayName());
        assertEquals(List.of("EPISODE_LINK", "AD_READ_SCRIPT"), stored.evidence().stream()
                .map(EvidenceRequirementData::code).toList());
        assertEquals(List.of(true, false), stored.evidence().stream().map(EvidenceRequirementData::mandatory).toList());
        assertEquals(List.of("ESTIMATED_REACH", "DOWNLOADS"), stored.metrics());
        assertEquals(0, new BigDecimal("5000").compareTo(stored.perPeriodCap()));
        assertEquals(null, call(s -> s.programs().listActivityTypes(setup.programId())).stream()
                .filter(t -> t.code().equals("DIGITAL_ADVERTISING")).findFirst().orElseThrow().displayName());
        ActivityTypeView unnamed = call(s -> s.programs().defineActivityType(new DefineActivityType(setup.programId(),
                "OLD_STYLE", ActivityCategory.PARTNER_READINESS, null,
                List.of(new EvidenceRequirementData("PROOF", "Proof", null, true)), List.of(), null, null, null, null,
                null, null, false), admin));
        assertEquals(null, unnamed.displayName());
    }

    @Test
    void theAdminSeesEveryPartnersFundOfAProgramPeriodAndPartnersMayNotList() {
        Setup setup = setup(true, 50_000);
        long periodId = setup.allocation().fundingPeriodId();
        assertEquals(List.of(setup.allocation().id()), call(s -> s.allocations()
                .allocationsIn(setup.programId(), periodId, admin)).stream().map(AllocationView::id).toList());
        assertEquals(Rule.NOT_PERMITTED, assertThrows(DomainRuleViolation.class, () -> call(s -> s.allocations()
                .allocationsIn(setup.programId(), periodId, Actor.partnerAdmin("pa", setup.partnerId())))).rule());
    }

    @Test
    void aPlanGoesThroughTheWizardAndReviewAndCommitsTheFund() {
        Setup setup = setup(true, 50_000);
        Actor paula = Actor.partnerAdmin("paula", setup.partnerId());
        PlanView empty = call(s -> s.plans().createDraft(new CreatePlan(setup.allocation().id(), "H1"), paula));
        assertEquals(Rule.PLAN_DUPLICATE, assertThrows(DomainRuleViolation.class, () -> call(s -> s.plans()
                .createDraft(new CreatePlan(setup.allocation().id(), "again"), paula))).rule());
        assertEquals(List.of(Rule.PLAN_OBJECTIVE_MISSING, Rule.PLAN_NO_CAMPAIGN),
                call(s -> s.plans().check(empty.id(), paula)).stream().map(Problem::rule).toList());

        PlanView plan = call(s -> s.plans().updateBasics(empty.id(), new PlanBasics("H1", "Leads"), paula));
        long campaignId = call(s -> s.plans().addCampaign(plan.id(), new CampaignData("Spring", "Leads",
                LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31)), paula)).campaigns().get(0).id();
        PlanView full = call(s -> s.plans().addActivity(plan.id(), campaignId, new ActivityData(setup.adsTypeId(),
                Set.of("TW", "HK"), new BigDecimal("12000"), Map.of("CLICK_THROUGH_SUMMARY", "2%"), null), paula));
        assertEquals(new BigDecimal("12000.00"), full.plannedTotal().setScale(2));
        assertEquals(List.of(), call(s -> s.plans().check(plan.id(), paula)));

        assertEquals(Rule.NOT_PERMITTED, assertThrows(DomainRuleViolation.class, () -> call(s -> s.plans()
                .submit(plan.id(), Actor.partnerUser("ulla", setup.partnerId())))).rule());
        assertEquals(Rule.NOT_FOUND, assertThrows(DomainRuleViolation.class, () -> call(s -> s.plans()
                .get(plan.id(), Actor.partnerAdmin("eve", setup.partnerId() + 1)))).rule());
        call(s -> s.plans().submit(plan.id(), paula));
        call(s -> s.plans().startReview(plan.id(), rita));
        long activityId = full.campaigns().get(0).activities().get(0).id();
        call(s -> s.plans().requestAction(plan.id(), "Plan Hong Kong separately", "activity:" + activityId, rita));
        call(s -> s.plans().reopenForEdit(plan.id(), paula));
        call(s -> s.plans().submit(plan.id(), paula));
        PlanView approved = call(s -> s.plans().approve(plan.id(), new BigDecimal("10000"), "go", rita));
        assertEquals(PlanStatus.APPROVED, approved.status());
        assertEquals(0, new BigDecimal("10000").compareTo(
                call(s -> s.allocations().get(setup.allocation().id(), paula)).committed()));
        assertEquals(List.of("CREATED", "SUBMITTED", "REVIEW_STARTED", "ACTION_REQUESTED", "REOPENED", "SUBMITTED",
                "APPROVED"), call(s -> s.plans().history(plan.id(), paula)).stream().map(h -> h.action()).toList());
        assertEquals("activity:" + activityId, call(s -> s.plans().history(plan.id(), paula)).get(3).concerns());
        assertEquals(1L, (long) call(s -> s.plans().countPlans(new PlanQuery(null, setup.programId(), Set.of(PlanStatus.APPROVED),
                null, null), rita)));
    }

    @Test
    void aClaimGoesThroughTheWizardReviewAndPaymentAndTheFundFollows() {
        Setup setup = setup(true, 50_000);
        Actor paula = Actor.partnerAdmin("paula", setup.partnerId());
        PlanView plan = draftPlan(setup, paula, 10_000);
        call(s -> s.plans().submit(plan.id(), paula));
        call(s -> s.plans().approve(plan.id(), null, null, rita));

        long activityId = plan.campaigns().get(0).activities().get(0).id();
        long claimId = call(s -> s.claims().createDraft(new CreateClaim(plan.id(), activityId, "Feb ads"), paula).id());
        List<Rule> missing = call(s -> s.claims().check(claimId, paula)).stream().map(Problem::rule).toList();
        assertTrue(missing.containsAll(List.of(Rule.CLAIM_EXECUTION_DATE_MISSING, Rule.CLAIM_AMOUNT_NOT_POSITIVE,
                Rule.CLAIM_INVOICE_OR_SELF_CERTIFICATION_MISSING, Rule.CLAIM_EVIDENCE_MISSING, Rule.CLAIM_METRIC_MISSING)),
                missing.toString());
        call(s -> s.claims().updateDetails(claimId, new ClaimDetails("Feb ads", LocalDate.of(2027, 2, 20),
                new BigDecimal("4000"), 50_000L, null, null, false, Map.of("CLICK_THROUGH_SUMMARY", "2.3%"), null), paula));
        call(s -> s.claims().attachInvoice(claimId, new InvoiceData("INV-77", "LinkedIn", LocalDate.of(2027, 2, 28),
                new BigDecimal("4200"), "USD"), paula));
        assertEquals(Rule.EVIDENCE_MISLABELLED, assertThrows(DomainRuleViolation.class, () -> call(s -> s.claims()
                .addEvidence(claimId, new AddEvidence("ad.pdf", "AD_SCREENSHOT", null, PNG), paula))).rule());
        var doc = call(s -> s.claims().addEvidence(claimId, new AddEvidence("ad.png", "AD_SCREENSHOT", null, PNG), paula));
        call(s -> s.claims().addEvidence(claimId, new AddEvidence("landing.png", "LANDING_PAGE_URL", null, PNG), paula));
        call(s -> s.claims().addEvidence(claimId, new AddEvidence("plan.csv", "EXTRA", "Media plan",
                "date,clicks\n2027-02-20,2520".getBytes(StandardCharsets.UTF_8)), paula));
        assertEquals(List.of(), call(s -> s.claims().check(claimId, paula)));
        assertArrayEquals(PNG, call(s -> s.claims().evidenceContent(claimId, doc.id(), paula)));

        clock = at("2027-03-05");
        ClaimView submitted = call(s -> s.claims().submit(claimId, paula));
        assertEquals(ClaimStatus.SUBMITTED, submitted.status());
        assertTrue(submitted.documents().stream().allMatch(d -> d.locked()));
        assertEquals(0, new BigDecimal("46000").compareTo(
                call(s -> s.allocations().get(setup.allocation().id(), paula)).remaining()));
        assertTrue(call(s -> s.claims().countClaims(ClaimQuery.reviewQueue(), rita)) >= 1);
        assertEquals(1L, (long) call(s -> s.claims().countClaims(ClaimQuery.reviewQueue(), paula)));
        assertEquals(List.of(claimId), call(s -> s.claims().findClaimsForReview(
                ClaimQuery.reviewQueue(), 0, 50, ClaimQuery.Sort.SUBMITTED_OLDEST_FIRST, paula)).stream()
                .map(r -> r.id()).toList());

        call(s -> s.claims().startReview(claimId, rita));
        ClaimView asked = call(s -> s.claims().requestAction(claimId, "Screenshot lacks the partner brand",
                "document:" + doc.id(), rita));
        assertEquals(LocalDate.of(2027, 3, 19), asked.answerDueOn());
        assertEquals(Rule.CLAIM_DOCUMENTS_LOCKED, assertThrows(DomainRuleViolation.class,
                () -> call(s -> s.claims().removeEvidence(claimId, doc.id(), paula))).rule());
        call(s -> s.claims().addEvidence(claimId, new AddEvidence("branded.png", "AD_SCREENSHOT", null, PNG), paula));
        clock = at("2027-03-12");
        call(s -> s.claims().answer(claimId, "Branded screenshot added", paula));
        call(s -> s.claims().startReview(claimId, rita));
        call(s -> s.claims().reject(claimId, RejectionReason.MISSING_BRAND, "Still no brand", rita));
        assertEquals(0, new BigDecimal("50000").compareTo(
                call(s -> s.allocations().get(setup.allocation().id(), paula)).remaining()));
        clock = at("2027-04-01");
        call(s -> s.claims().dispute(claimId, "The logo is top left", paula));
        call(s -> s.claims().approve(claimId, "Right, it is there", rita));
        ClaimView paid = call(s -> s.claims().markPaid(claimId, "PAY-2027-001", LocalDate.of(2027, 4, 15), rita));
        assertEquals(ClaimStatus.PAID, paid.status());
        AllocationView fund = call(s -> s.allocations().get(setup.allocation().id(), paula));
        assertEquals(0, new BigDecimal("4000").compareTo(fund.paid()));
        assertEquals(0, new BigDecimal("46000").compareTo(fund.remaining()));
        assertEquals(List.of("CREATED", "EVIDENCE_ADDED", "EVIDENCE_ADDED", "EVIDENCE_ADDED", "SUBMITTED",
                "REVIEW_STARTED", "ACTION_REQUESTED", "EVIDENCE_ADDED", "ANSWERED", "REVIEW_STARTED", "REJECTED",
                "DISPUTED", "APPROVED", "PAID"),
                call(s -> s.claims().history(claimId, rita)).stream().map(h -> h.action()).toList());
    }

    /**
     * DOMAIN.md "Files": a refused upload stores nothing. Each refused call runs in a transaction
     * that swallows the refusal and commits, so the test fails if anything was written before the
     * check (a rollback would otherwise hide it).
     */
    @Test
    void aRefusedUploadStoresNothingNotEvenWhenTheTransactionCommits() {
        Setup setup = setup(true, 50_000);
        Actor paula = Actor.partnerAdmin("paula", setup.partnerId());
        PlanView plan = draftPlan(setup, paula, 10_000);
        call(s -> s.plans().submit(plan.id(), paula));
        call(s -> s.plans().approve(plan.id(), null, null, rita));
        long activityId = plan.campaigns().get(0).activities().get(0).id();
        long claimId = call(s -> s.claims().createDraft(new CreateClaim(plan.id(), activityId, "Feb ads"), paula).id());
        call(s -> s.claims().addEvidence(claimId, new AddEvidence("ad.png", "AD_SCREENSHOT", null, PNG), paula));
        List<Long> before = storedEvidence(claimId);
        assertEquals(List.of(1L, 1L, 1L), before);

        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        Map<Rule, AddEvidence> refusals = new java.util.LinkedHashMap<>();
        refusals.put(Rule.EVIDENCE_EMPTY, new AddEvidence("empty.png", "AD_SCREENSHOT", null, new byte[0]));
        refusals.put(Rule.EVIDENCE_TOO_LARGE, new AddEvidence("big.csv", "EXTRA", "Leads",
                "a,b\n".repeat(300).getBytes(StandardCharsets.UTF_8)));
        refusals.put(Rule.EVIDENCE_MISLABELLED, new AddEvidence("invoice.pdf", "AD_SCREENSHOT", null, exe));
        refusals.put(Rule.EVIDENCE_MALFORMED, new AddEvidence("ad.png", "AD_SCREENSHOT", null,
                java.util.Arrays.copyOf(PNG, PNG.length / 2)));
        refusals.put(Rule.EVIDENCE_TYPE_NOT_ALLOWED, new AddEvidence("tool.exe", "AD_SCREENSHOT", null, exe));
        refusals.forEach((rule, upload) -> {
            DomainRuleViolation refused = db().inTransaction(em -> {
                ClaimService claims = services(em).claims();
                claims.setMaxUploadBytes(1_000);
                try {
                    claims.addEvidence(claimId, upload, paula);
                    return null;
                } catch (DomainRuleViolation e) {
                    return e;
                }
            });
            assertEquals(rule, refused == null ? null : refused.rule(), upload.fileName());
            assertEquals(before, storedEvidence(claimId), rule + " left something behind");
        });
        assertEquals(1, call(s -> s.claims().get(claimId, paula)).documents().size());
    }

    /** Rows for the claim: evidence documents, their contents, and "evidence added" history entries. */
    List<Long> storedEvidence(long claimId) {
        return db().inTransaction(em -> List.of(
                count(em, "SELECT COUNT(*) FROM evidence_document WHERE claim_id = ?1", claimId),
                count(em, "SELECT COUNT(*) FROM evidence_content c JOIN evidence_document d ON d.id = c.document_id"
                        + " WHERE d.claim_id = ?1", claimId),
                count(em, "SELECT COUNT(*) FROM history_entry WHERE subject_type = 'CLAIM' AND subject_id = ?1"
                        + " AND action = 'EVIDENCE_ADDED'", claimId)));
    }

    static long count(EntityManager em, String sql, long claimId) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, claimId).getSingleResult()).longValue();
    }

    @Test
    void draftsExpireAndUnansweredRequestsAreRejectedByTheDailyJob() {
        Setup setup = setup(false, 50_000);
        Actor paula = Actor.partnerAdmin("paula", setup.partnerId());
        PlanView plan = draftPlan(setup, paula, 10_000);
        long draft = completeClaim(plan, paula, "INV-1", 1_000);
        long waiting = completeClaim(plan, paula, "INV-2", 2_000);
        clock = at("2027-03-05");
        call(s -> s.claims().submit(waiting, paula));
        call(s -> s.claims().startReview(waiting, rita));
        call(s -> s.claims().requestAction(waiting, "More", null, rita));
        Actor system = new Actor("system", works.incentives.domain.shared.Role.PROGRAM_ADMIN, null);
        clock = at("2027-08-14");
        call(s -> s.claims().expireOverdue(system));
        assertEquals(ClaimStatus.DRAFT, call(s -> s.claims().get(draft, paula)).status(),
                "on its claim deadline a draft can still be submitted");
        clock = at("2027-08-15");
        assertTrue(call(s -> s.claims().expireOverdue(system)) >= 1);
        assertEquals(ClaimStatus.EXPIRED, call(s -> s.claims().get(draft, paula)).status());
        assertEquals(ClaimStatus.REJECTED, call(s -> s.claims().get(waiting, paula)).status());
        assertEquals(RejectionReason.ANSWER_OVERDUE, call(s -> s.claims().get(waiting, paula)).rejectionReason());
        assertEquals(0, new BigDecimal("50000").compareTo(
                call(s -> s.allocations().get(setup.allocation().id(), paula)).remaining()));
    }

    /** Two partner admins submit claims for USD 4,000 each from a USD 6,000 fund at the same moment. */
    @Test
    void twoSubmissionsRacingForTheLastMoneyOneWinsTheOtherIsToldTheFundsAreInsufficient() throws Exception {
        Setup setup = setup(false, 6_000);
        Actor paula = Actor.partnerAdmin("paula", setup.partnerId());
        PlanView plan = draftPlan(setup, paula, 5_000);
        long first = completeClaim(plan, paula, "INV-A", 4_000);
        long second = completeClaim(plan, paula, "INV-B", 4_000);
        clock = at("2027-03-05");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (long id : List.of(first, second)) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    call(s -> s.claims().submit(id, paula));
                    return "won";
                } catch (DomainRuleViolation e) {
                    return e.code();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(Set.of("won", "FUNDS_INSUFFICIENT"), Set.copyOf(results), results.toString());
        assertEquals(0, new BigDecimal("2000").compareTo(
                call(s -> s.allocations().get(setup.allocation().id(), paula)).remaining()));
    }

    /**
     * Two partner admins submit claims for USD 3,000 each on one activity of USD 5,000 at the same
     * moment, with plenty in the fund: the sum over the activity is read under the fund's lock, so
     * exactly one wins and the other is told the activity's money is taken.
     */
    @Test
    void twoSubmissionsRacingForTheLastMoneyOfOneActivityOneWinsTheOtherIsToldWhatIsLeft() throws Exception {
        Setup setup = setup(false, 50_000);
        Actor paula = Actor.partnerAdmin("paula", setup.partnerId());
        PlanView plan = draftPlan(setup, paula, 5_000);
        long first = completeClaim(plan, paula, "INV-A", 3_000);
        long second = completeClaim(plan, paula, "INV-B", 3_000);
        clock = at("2027-03-05");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (long id : List.of(first, second)) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    call(s -> s.claims().submit(id, paula));
                    return "won";
                } catch (DomainRuleViolation e) {
                    return e.code();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(List.of("won", "CLAIM_OVER_ACTIVITY_REMAINING"), results.stream().sorted(
                java.util.Comparator.comparing((String r) -> !r.equals("won"))).toList(), results.toString());
        assertEquals(0, new BigDecimal("47000").compareTo(
                call(s -> s.allocations().get(setup.allocation().id(), paula)).remaining()));
        long activityId = plan.campaigns().get(0).activities().get(0).id();
        long loser = call(s -> s.claims().get(first, paula)).status() == ClaimStatus.SUBMITTED ? second : first;
        assertEquals(0, new BigDecimal("2000").compareTo(call(s -> s.claims().claimable(plan.id(), loser, paula))
                .stream().filter(c -> c.activityId() == activityId).findFirst().orElseThrow().maximumNow()),
                "the loser's hint now says what is left of the activity");
    }

    @Test
    void anActivityTheDomainDoesNotAllowIsRefusedByTheServerWhateverTheUiOffered() {
        Setup setup = setup(true, 50_000);
        Actor paula = Actor.partnerAdmin("paula", setup.partnerId());
        PlanView plan = draftPlan(setup, paula, 5_000);
        long activityId = plan.campaigns().get(0).activities().get(0).id();
        DomainRuleViolation notApproved = assertThrows(DomainRuleViolation.class, () -> call(s -> s.claims()
                .createDraft(new CreateClaim(plan.id(), activityId, "too early"), paula)));
        assertEquals(Rule.CLAIM_PLAN_NOT_APPROVED, notApproved.rule());
        assertEquals("Claims need an approved plan in this program.", notApproved.getMessage());
        assertEquals(Rule.CLAIM_PLAN_NOT_APPROVED, call(s -> s.claims().claimable(plan.id(), null, paula)).get(0)
                .refusal().rule(), "the wizard's list is the same decision");

        call(s -> s.plans().submit(plan.id(), paula));
        call(s -> s.plans().approve(plan.id(), null, null, rita));
        long claimId = completeClaim(call(s -> s.plans().get(plan.id(), paula)), paula, "INV-F", 5_000);
        clock = at("2027-03-05");
        call(s -> s.claims().submit(claimId, paula));
        DomainRuleViolation full = assertThrows(DomainRuleViolation.class, () -> call(s -> s.claims()
                .createDraft(new CreateClaim(plan.id(), activityId, "once more"), paula)));
        assertEquals(Rule.CLAIM_ACTIVITY_FULLY_CLAIMED, full.rule());
        assertTrue(full.getMessage().contains("already claimed in full"), full.getMessage());
        assertTrue(call(s -> s.claims().claimable(plan.id(), null, paula)).stream().noneMatch(c -> c.eligible()));
        assertEquals(Rule.NOT_FOUND, assertThrows(DomainRuleViolation.class, () -> call(s -> s.claims()
                .createDraft(new CreateClaim(plan.id(), activityId + 100_000, "made up"), paula))).rule());
    }

    @Test
    void aDraftWhoseActivityWasClaimedInFullMeanwhileIsRefusedAtSubmission() {
        Setup setup = setup(false, 50_000);
        Actor paula = Actor.partnerAdmin("paula", setup.partnerId());
        PlanView plan = draftPlan(setup, paula, 5_000);
        long early = completeClaim(plan, paula, "INV-1", 5_000);
        long late = completeClaim(plan, paula, "INV-2", 1_000);
        clock = at("2027-03-05");
        call(s -> s.claims().submit(early, paula));
        assertEquals(Rule.CLAIM_ACTIVITY_FULLY_CLAIMED, assertThrows(DomainRuleViolation.class,
                () -> call(s -> s.claims().submit(late, paula))).rule());
        call(s -> s.claims().withdraw(early, paula));
        assertEquals(ClaimStatus.SUBMITTED, call(s -> s.claims().submit(late, paula)).status(),
                "a withdrawn claim gives the activity's money back");
    }

    /** Syndicated content: USD 18,750 per period; 10,000 + 9,000 in one plan passed review before. */
    @Test
    void aPeriodCapHoldsForTheSumOfAPlansActivitiesOfTheTypeAtSubmissionAndOnTheReviewersChecklist() {
        Setup setup = setup(true, 50_000);
        Actor paula = Actor.partnerAdmin("paula", setup.partnerId());
        PlanView plan = draftPlan(setup, paula, 1_000);
        long campaignId = plan.campaigns().get(0).id();
        long syndicatedId = call(s -> s.programs().listActivityTypes(setup.programId())).stream()
                .filter(t -> t.code().equals("SYNDICATED_CONTENT")).findFirst().orElseThrow().id();
        for (long amount : List.of(10_000L, 9_000L)) {
            call(s -> s.plans().addActivity(plan.id(), campaignId, new ActivityData(syndicatedId, Set.of("TW"),
                    BigDecimal.valueOf(amount), Map.of("RESULTS_SUMMARY", "reads"), null), paula));
        }
        assertEquals(0, new BigDecimal("-250").compareTo(call(s -> s.plans().periodCapLeft(plan.id(), null, paula))
                .get("SYNDICATED_CONTENT")), "what a new syndicated activity could still plan: nothing, 250 over");
        long second = call(s -> s.plans().get(plan.id(), paula)).campaigns().get(0).activities().get(2).id();
        assertEquals(0, new BigDecimal("8750").compareTo(call(s -> s.plans().periodCapLeft(plan.id(), second, paula))
                .get("SYNDICATED_CONTENT")), "what the 9,000 activity may plan");
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> call(s -> s.plans().submit(plan.id(), paula)));
        assertEquals(Rule.PLAN_INCOMPLETE, refused.rule());
        assertEquals(List.of(Rule.PLAN_OVER_PERIOD_CAP, Rule.PLAN_OVER_PERIOD_CAP),
                refused.problems().stream().map(Problem::rule).toList());
        assertEquals(List.of(Rule.PLAN_OVER_PERIOD_CAP, Rule.PLAN_OVER_PERIOD_CAP),
                call(s -> s.plans().check(plan.id(), rita)).stream().map(Problem::rule).toList(),
                "the reviewer's checklist says the same");
    }

    /**
     * A program without pre-approval lets a draft plan's activities be claimed: the syndicated-content
     * cap then holds for the sum of the partner's claims of the type in the period, a disputed claim
     * included (it may still be approved).
     */
    @Test
    void aPeriodCapOnClaimsHoldsForTheSumOfThePartnersClaimsOfTheTypeInThePeriod() {
        Setup setup = setup(false, 50_000);
        Actor paula = Actor.partnerAdmin("paula", setup.partnerId());
        PlanView plan = draftPlan(setup, paula, 1_000);
        long campaignId = plan.campaigns().get(0).id();
        long syndicatedId = call(s -> s.programs().listActivityTypes(setup.programId())).stream()
                .filter(t -> t.code().equals("SYNDICATED_CONTENT")).findFirst().orElseThrow().id();
        PlanView withTwo = plan;
        for (long amount : List.of(10_000L, 9_000L)) {
            withTwo = call(s -> s.plans().addActivity(plan.id(), campaignId, new ActivityData(syndicatedId, Set.of("TW"),
                    BigDecimal.valueOf(amount), Map.of("RESULTS_SUMMARY", "reads"), null), paula));
        }
        List<Long> activities = withTwo.campaigns().get(0).activities().stream().map(a -> a.id()).toList();
        long first = syndicatedClaim(plan.id(), activities.get(1), paula, "SYN-1", 10_000);
        long second = syndicatedClaim(plan.id(), activities.get(2), paula, "SYN-2", 9_000);
        clock = at("2027-03-05");
        call(s -> s.claims().submit(first, paula));
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> call(s -> s.claims().submit(second, paula)));
        assertEquals(Rule.CLAIM_INCOMPLETE, refused.rule());
        assertEquals(List.of(Rule.CLAIM_OVER_PERIOD_CAP), refused.problems().stream().map(Problem::rule).toList());
        assertEquals(0, new BigDecimal("8750").compareTo(call(s -> s.claims().claimable(plan.id(), second, paula)).stream()
                .filter(c -> c.activityId() == activities.get(2)).findFirst().orElseThrow().maximumNow()));

        call(s -> s.claims().startReview(first, rita));
        call(s -> s.claims().reject(first, RejectionReason.OTHER, "Not syndicated", rita));
        call(s -> s.claims().dispute(first, "It is syndicated", paula));
        assertEquals(List.of(Rule.CLAIM_OVER_PERIOD_CAP), call(s -> s.claims().check(second, paula)).stream()
                .map(Problem::rule).toList(), "a disputed claim still counts against the cap");
    }

    long syndicatedClaim(long planId, long activityId, Actor partner, String invoice, long amount) {
        long claimId = call(s -> s.claims().createDraft(new CreateClaim(planId, activityId, "Syndication " + invoice),
                partner).id());
        call(s -> s.claims().updateDetails(claimId, new ClaimDetails("Syndication " + invoice, LocalDate.of(2027, 2, 20),
                BigDecimal.valueOf(amount), 50_000L, null, null, false, Map.of("RESULTS_SUMMARY", "3,000 reads"),
                null), partner));
        call(s -> s.claims().attachInvoice(claimId, new InvoiceData(invoice, "Syndicator", LocalDate.of(2027, 2, 28),
                BigDecimal.valueOf(amount), "USD"), partner));
        call(s -> s.claims().addEvidence(claimId, new AddEvidence("article.png", "URL_OR_SCREENSHOTS", null, PNG),
                partner));
        return claimId;
    }

    /** The checklist on an approved plan that reserved the whole fund: its own commitment is not a competitor. */
    @Test
    void theReviewersChecklistOnAnApprovedPlanDoesNotCountItsOwnCommitment() {
        Setup setup = setup(true, 10_000);
        Actor paula = Actor.partnerAdmin("paula", setup.partnerId());
        PlanView plan = draftPlan(setup, paula, 10_000);
        call(s -> s.plans().submit(plan.id(), paula));
        call(s -> s.plans().approve(plan.id(), null, null, rita));
        assertEquals(0, BigDecimal.ZERO.compareTo(call(s -> s.allocations().get(setup.allocation().id(), rita)).uncommitted()));
        assertEquals(List.of(), call(s -> s.plans().check(plan.id(), rita)));
        long periodId = setup.allocation().fundingPeriodId();
        assertEquals(Map.of("DIGITAL_ADVERTISING", new BigDecimal("10000")), db().inTransaction(em ->
                new JpaPlanRepository(em).plannedPerActivityType(setup.partnerId(), setup.programId(), periodId, 0,
                        java.util.Currency.getInstance("USD"))).entrySet().stream().collect(java.util.stream.Collectors
                .toMap(Map.Entry::getKey, e -> e.getValue().amount().setScale(0))), "summed per code in the database");
        assertEquals(Map.of(), db().inTransaction(em -> new JpaPlanRepository(em).plannedPerActivityType(
                setup.partnerId(), setup.programId(), periodId, plan.id(), java.util.Currency.getInstance("USD"))),
                "the plan itself is left out");
        assertEquals(Map.of(), db().inTransaction(em -> new JpaPlanRepository(em).plannedPerActivityType(
                setup.partnerId() + 1000, setup.programId(), periodId, 0, java.util.Currency.getInstance("USD"))),
                "scoped to the partner");
    }

    /** The review queues' new filters, orders and per-status counts, paged in the database. */
    @Test
    void reviewQueuesFilterByPeriodAndActivityTypeSortAndCountPerStatus() {
        Setup setup = setup(false, 50_000);
        Actor paula = Actor.partnerAdmin("paula", setup.partnerId());
        long periodId = setup.allocation().fundingPeriodId();
        PlanView plan = draftPlan(setup, paula, 10_000);
        long small = completeClaim(plan, paula, "INV-S", 1_000);
        long large = completeClaim(plan, paula, "INV-L", 3_000);
        completeClaim(plan, paula, "INV-D", 2_000);
        clock = at("2027-03-05");
        call(s -> s.claims().submit(small, paula));
        call(s -> s.claims().submit(large, paula));
        call(s -> s.claims().startReview(large, rita));

        ClaimQuery mine = new ClaimQuery(setup.partnerId(), setup.programId(), null, ClaimQuery.reviewQueue().statuses(),
                null, null, periodId, "DIGITAL_ADVERTISING");
        assertEquals(2L, (long) call(s -> s.claims().countClaims(mine, rita)));
        assertEquals(List.of(large, small), call(s -> s.claims().findClaimsForReview(mine, 0, 10,
                ClaimQuery.Sort.AMOUNT_LARGEST_FIRST, rita)).stream().map(r -> r.id()).toList());
        assertEquals(List.of(small, large), call(s -> s.claims().findClaimsForReview(mine, 0, 10,
                ClaimQuery.Sort.AMOUNT_SMALLEST_FIRST, rita)).stream().map(r -> r.id()).toList());
        assertEquals(List.of(large), call(s -> s.claims().findClaimsForReview(mine, 0, 1,
                ClaimQuery.Sort.NAME_A_TO_Z, rita)).stream().map(r -> r.id()).toList(), "Ads INV-L before Ads INV-S");
        assertEquals(List.of(large), call(s -> s.claims().findClaimsForReview(mine, 1, 1,
                ClaimQuery.Sort.NAME_Z_TO_A, rita)).stream().map(r -> r.id()).toList(), "the second page of one");
        assertEquals(0L, (long) call(s -> s.claims().countClaims(new ClaimQuery(setup.partnerId(), null, null, null,
                null, null, null, "TRADESHOWS"), rita)));
        assertEquals(0L, (long) call(s -> s.claims().countClaims(new ClaimQuery(setup.partnerId(), null, null, null,
                null, null, periodId + 1000, null), rita)));
        assertEquals(Map.of(ClaimStatus.DRAFT, 1L, ClaimStatus.SUBMITTED, 1L, ClaimStatus.UNDER_REVIEW, 1L),
                call(s -> s.claims().countClaimsByStatus(mine, rita)), "the filter's statuses do not limit the tabs");
        Actor stranger = Actor.partnerAdmin("eve", setup.partnerId() + 1000);
        assertEquals(Map.of(), call(s -> s.claims().countClaimsByStatus(mine.withPartner(null), stranger)),
                "partner-side callers count only their own claims");

        Setup other = setup(false, 50_000);
        Actor olga = Actor.partnerAdmin("olga", other.partnerId());
        PlanView first = plan;
        PlanView second = draftPlan(other, olga, 5_000);
        call(s -> s.plans().submit(first.id(), paula));
        clock = at("2027-03-07");
        call(s -> s.plans().submit(second.id(), olga));
        PlanQuery both = new PlanQuery(null, null, null, "DIGITAL_ADVERTISING", Set.of(PlanStatus.SUBMITTED), null,
                LocalDate.of(2027, 3, 8), PlanQuery.Sort.SUBMITTED_OLDEST_FIRST);
        List<Long> found = call(s -> s.plans().findPlans(both, 0, 1000, rita)).stream().map(r -> r.id()).toList();
        assertTrue(found.indexOf(first.id()) >= 0 && found.indexOf(first.id()) < found.indexOf(second.id()), found.toString());
        assertEquals(List.of(first.id()), call(s -> s.plans().findPlans(new PlanQuery(null, null, periodId, null, null,
                null, LocalDate.of(2027, 3, 6), null), 0, 10, rita)).stream().map(r -> r.id()).toList());
        assertEquals(0L, (long) call(s -> s.plans().countPlans(new PlanQuery(setup.partnerId(), null, null, "TRADESHOWS",
                null, null, null, null), rita)));
        assertEquals(Map.of(PlanStatus.SUBMITTED, 1L), call(s -> s.plans().countPlansByStatus(
                new PlanQuery(setup.partnerId(), null, null, null, Set.of(PlanStatus.APPROVED), null, null, null), rita)));
        assertEquals(List.of(second.id()), call(s -> s.plans().findPlans(new PlanQuery(null, null, null, null, null,
                null, null, PlanQuery.Sort.TITLE_A_TO_Z), 0, 1000, olga)).stream().map(r -> r.id()).toList(),
                "partner-side lists stay scoped");
        assertEquals(List.of(second.id()), call(s -> s.plans().findPlans(new PlanQuery(null, null, null, null, null,
                null, null, PlanQuery.Sort.TITLE_Z_TO_A), 0, 1000, olga)).stream().map(r -> r.id()).toList());
    }

    /**
     * Two reviewers decide on the same screen: the first decision wins, the second carries the
     * version it saw and is refused before anything changes (status, fund, history).
     */
    @Test
    void aDecisionOnAStaleVersionIsRefusedAndChangesNothing() {
        Setup setup = setup(false, 50_000);
        Actor paula = Actor.partnerAdmin("paula", setup.partnerId());
        Actor ralf = Actor.reviewer("ralf");
        PlanView plan = draftPlan(setup, paula, 10_000);
        PlanView seen = call(s -> s.plans().submit(plan.id(), paula));
        PlanView started = call(s -> s.plans().startReview(plan.id(), seen.version(), rita));
        assertThrows(jakarta.persistence.OptimisticLockException.class,
                () -> call(s -> s.plans().startReview(plan.id(), seen.version(), ralf)));
        PlanView approved = call(s -> s.plans().approve(plan.id(), started.version(), new BigDecimal("8000"), "ok", rita));
        assertThrows(jakarta.persistence.OptimisticLockException.class,
                () -> call(s -> s.plans().reject(plan.id(), started.version(), "no", ralf)));
        assertThrows(jakarta.persistence.OptimisticLockException.class,
                () -> call(s -> s.plans().requestAction(plan.id(), started.version(), "more", "plan", ralf)));
        assertThrows(jakarta.persistence.OptimisticLockException.class,
                () -> call(s -> s.plans().raiseApprovedLimit(plan.id(), started.version(), new BigDecimal("9000"), ralf)));
        assertEquals(PlanStatus.APPROVED, call(s -> s.plans().get(plan.id(), rita)).status());
        assertEquals(0, new BigDecimal("8000").compareTo(call(s -> s.allocations().get(setup.allocation().id(), paula)).committed()));
        assertEquals(0, new BigDecimal("9000").compareTo(call(s -> s.plans().raiseApprovedLimit(plan.id(),
                approved.version(), new BigDecimal("9000"), rita)).approvedLimit()));

        long claimId = completeClaim(call(s -> s.plans().get(plan.id(), paula)), paula, "INV-V", 2_000);
        clock = at("2027-03-05");
        ClaimView submitted = call(s -> s.claims().submit(claimId, paula));
        ClaimView reviewing = call(s -> s.claims().startReview(claimId, submitted.version(), rita));
        assertThrows(jakarta.persistence.OptimisticLockException.class,
                () -> call(s -> s.claims().startReview(claimId, submitted.version(), ralf)));
        ClaimView claimApproved = call(s -> s.claims().approve(claimId, reviewing.version(), "fine", rita));
        assertThrows(jakarta.persistence.OptimisticLockException.class,
                () -> call(s -> s.claims().reject(claimId, reviewing.version(), RejectionReason.OTHER, "no", ralf)));
        assertThrows(jakarta.persistence.OptimisticLockException.class,
                () -> call(s -> s.claims().requestAction(claimId, reviewing.version(), "more", "claim", ralf)));
        assertThrows(jakarta.persistence.OptimisticLockException.class,
                () -> call(s -> s.claims().markPaid(claimId, reviewing.version(), "PAY-X", LocalDate.of(2027, 3, 6), ralf)));
        assertEquals(ClaimStatus.APPROVED, call(s -> s.claims().get(claimId, rita)).status());
        assertEquals(List.of("CREATED", "EVIDENCE_ADDED", "EVIDENCE_ADDED", "SUBMITTED", "REVIEW_STARTED", "APPROVED"),
                call(s -> s.claims().history(claimId, rita)).stream().map(h -> h.action()).toList());
        ClaimView paid = call(s -> s.claims().markPaid(claimId, claimApproved.version(), "PAY-1", LocalDate.of(2027, 3, 6), rita));
        assertEquals(ClaimStatus.PAID, paid.status());
        assertThrows(jakarta.persistence.OptimisticLockException.class,
                () -> call(s -> s.claims().markPaid(claimId, claimApproved.version(), "PAY-2", LocalDate.of(2027, 3, 6), ralf)));
        assertEquals(0, new BigDecimal("2000").compareTo(call(s -> s.allocations().get(setup.allocation().id(), paula)).paid()));
    }
}
