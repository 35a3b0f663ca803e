package works.incentives.persistence;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import works.incentives.domain.claim.ClaimCommands.AddEvidence;
import works.incentives.domain.claim.ClaimCommands.ClaimDetails;
import works.incentives.domain.claim.Claim;
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
import works.incentives.domain.program.ProgramCommands.UpdateFundingPeriod;
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
        if (clock.instant().isBefore(at("2027-02-21").instant())) {
            clock = at("2027-02-21"); // a claim is filed once its activity (2027-02-20) has run
        }
        long activityId = plan.campaigns().get(0).activities().get(0).id();
        long claimId = call(s -> s.claims().createDraft(new CreateClaim(plan.id(), activityId, "Ads " + invoice),
                partner).id());
        call(s -> s.claims().updateDetails(claimId, new ClaimDetails("Ads " + invoice, LocalDate.of(2027, 2, 20),
                BigDecimal.valueOf(amount), 50_000L, null, null, false, Map.of("CLICK_THROUGH_SUMMARY", "2.3%"),
                "All done"), partner));
        call(s -> s.claims().attachInvoice(claimId, new InvoiceData(invoice, "LinkedIn", LocalDate.of(2027, 2, 28),
                BigDecimal.valueOf(amount), "USD"), partner));
        call(s -> s.claims().addEvidence(claimId, new AddEvidence("invoice.png", "INVOICE", null, PNG), partner));
        call(s -> s.claims().addEvidence(claimId, new AddEvidence("ad.png", "AD_SCREENSHOT", null, PNG), partner));
        call(s -> s.claims().addEvidence(claimId, new AddEvidence("landing.png", "LANDING_PAGE_URL", null, PNG), partner));
        return claimId;
    }

    /**
     * A program admin sets Partner Center's published window (usage Jan-Jun claimed from Feb 15 to
     * Aug 14): the fund and the drafts show exactly those dates, a claim cannot be started before it
     * opens, and a deactivated period takes no new plans while the existing plan stays.
     */
    @Test
    void aPublishedClaimWindowIsReproducedExactlyAndEnforced() {
        Setup setup = setup(false, 50_000);
        Actor paula = Actor.partnerAdmin("paula", setup.partnerId());
        PlanView plan = draftPlan(setup, paula, 5_000);
        long activityId = plan.campaigns().get(0).activities().get(0).id();
        var period = call(s -> s.programs().listFundingPeriods(setup.programId())).get(0);
        assertEquals(LocalDate.of(2027, 1, 1), period.claimOpens(), "the rule: opens with the usage period");
        assertEquals(LocalDate.of(2027, 8, 14), period.claimDeadline());
        clock = at("2027-02-01");
        long early = call(s -> s.claims().createDraft(new CreateClaim(plan.id(), activityId, "Early"), paula).id());

        var edited = call(s -> s.programs().updateFundingPeriod(new UpdateFundingPeriod(period.id(), period.version(),
                period.name(), period.earningStart(), period.earningEnd(), period.usageStart(), period.usageEnd(),
                LocalDate.of(2027, 2, 15), LocalDate.of(2027, 8, 14)), admin));
        assertEquals(LocalDate.of(2027, 2, 15), edited.claimOpens());
        AllocationView fund = call(s -> s.allocations().get(setup.allocation().id(), paula));
        assertEquals(LocalDate.of(2027, 2, 15), fund.claimOpens());
        assertEquals(LocalDate.of(2027, 8, 14), fund.claimDeadline());
        assertEquals(LocalDate.of(2027, 8, 14), call(s -> s.claims().get(early, paula)).claimDeadline());

        DomainRuleViolation notYet = assertThrows(DomainRuleViolation.class, () -> call(s -> s.claims()
                .createDraft(new CreateClaim(plan.id(), activityId, "Too early"), paula)));
        assertEquals(Rule.CLAIM_OUTSIDE_CLAIM_WINDOW, notYet.rule());
        assertEquals(List.of(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 8, 14)), notYet.args());
        assertThrows(jakarta.persistence.OptimisticLockException.class, () -> call(s -> s.programs()
                .setFundingPeriodActive(period.id(), period.version(), false, admin)));

        call(s -> s.programs().setFundingPeriodActive(period.id(), edited.version(), false, admin));
        assertEquals(false, call(s -> s.allocations().get(setup.allocation().id(), paula)).openForNewPlans());
        assertEquals(plan.id(), call(s -> s.plans().planForFund(setup.allocation().id(), paula)).orElseThrow().id());
        assertEquals(Rule.PLAN_DUPLICATE, assertThrows(DomainRuleViolation.class, () -> call(s -> s.plans()
                .createDraft(new CreatePlan(setup.allocation().id(), "Second"), paula))).rule());
        assertEquals(Rule.PERIOD_USAGE_OUTSIDE_PROGRAM_YEAR, assertThrows(DomainRuleViolation.class, () -> call(s -> s
                .programs().addFundingPeriod(new CreateFundingPeriod(setup.programId(), "H2 FY27",
                        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), LocalDate.of(2027, 7, 1),
                        LocalDate.of(2027, 12, 31)), admin))).rule());
    }

    /** A fund whose period is deactivated or over takes no new plan, refused on the server too. */
    @Test
    void aClosedFundTakesNoNewPlan() {
        Setup setup = setup(false, 50_000);
        Actor paula = Actor.partnerAdmin("paula", setup.partnerId());
        var period = call(s -> s.programs().listFundingPeriods(setup.programId())).get(0);
        call(s -> s.programs().setFundingPeriodActive(period.id(), period.version(), false, admin));
        DomainRuleViolation closed = assertThrows(DomainRuleViolation.class, () -> call(s -> s.plans()
                .createDraft(new CreatePlan(setup.allocation().id(), "Late"), paula)));
        assertEquals(Rule.PERIOD_CLOSED_FOR_NEW_PLANS, closed.rule());
        var inactive = call(s -> s.programs().listFundingPeriods(setup.programId())).get(0);
        call(s -> s.programs().setFundingPeriodActive(period.id(), inactive.version(), true, admin));
        clock = at("2027-07-01");
        assertEquals(false, call(s -> s.allocations().get(setup.allocation().id(), paula)).openForNewPlans());
        assertEquals(Rule.PERIOD_CLOSED_FOR_NEW_PLANS, assertThrows(DomainRuleViolation.class, () -> call(s -> s.plans()
                .createDraft(new CreatePlan(setup.allocation().id(), "Too late"), paula))).rule());
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
        clock = at("2027-02-21");
        call(s -> s.claims().updateDetails(claimId, new ClaimDetails("Feb ads", LocalDate.of(2027, 2, 20),
                new BigDecimal("4000"), 50_000L, null, null, false, Map.of("CLICK_THROUGH_SUMMARY", "2.3%"), null), paula));
        call(s -> s.claims().attachInvoice(claimId, new InvoiceData("INV-77", "LinkedIn", LocalDate.of(2027, 2, 28),
                new BigDecimal("4200"), "USD"), paula));
        assertEquals(Rule.EVIDENCE_MISLABELLED, assertThrows(DomainRuleViolation.class, () -> call(s -> s.claims()
                .addEvidence(claimId, new AddEvidence("ad.pdf", "AD_SCREENSHOT", null, PNG), paula))).rule());
        var doc = call(s -> s.claims().addEvidence(claimId, new AddEvidence("ad.png", "AD_SCREENSHOT", null, PNG), paula));
        call(s -> s.claims().addEvidence(claimId, new AddEvidence("landing.png", "LANDING_PAGE_URL", null, PNG), paula));
        assertEquals(List.of(Rule.CLAIM_INVOICE_FILE_MISSING), call(s -> s.claims().check(claimId, paula)).stream()
                .map(Problem::rule).toList());
        call(s -> s.claims().addEvidence(claimId, new AddEvidence("invoice.png", "INVOICE", null, PNG), paula));
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
        assertEquals(List.of("CREATED", "EVIDENCE_ADDED", "EVIDENCE_ADDED", "EVIDENCE_ADDED", "EVIDENCE_ADDED", "SUBMITTED",
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

    /**
     * Issue 10, defect: removing a draft's evidence file failed because the document row was
     * deleted while its content row still referred to it. Upload, remove: both rows are gone,
     * the claim loads, and a new upload for the same requirement works.
     */
    @Test
    void removingAnUploadedFileDeletesItsRowsAndTheClaimStillTakesNewUploads() {
        Setup setup = setup(false, 50_000);
        Actor paula = Actor.partnerAdmin("paula", setup.partnerId());
        PlanView plan = draftPlan(setup, paula, 10_000);
        long activityId = plan.campaigns().get(0).activities().get(0).id();
        long claimId = call(s -> s.claims().createDraft(new CreateClaim(plan.id(), activityId, "Feb ads"), paula).id());
        var kept = call(s -> s.claims().addEvidence(claimId, new AddEvidence("landing.png", "LANDING_PAGE_URL", null, PNG), paula));
        var wrong = call(s -> s.claims().addEvidence(claimId, new AddEvidence("ad.png", "AD_SCREENSHOT", null, PNG), paula));
        assertEquals(List.of(2L, 2L, 2L), storedEvidence(claimId));

        ClaimView after = call(s -> s.claims().removeEvidence(claimId, wrong.id(), paula));

        assertEquals(List.of(kept.id()), after.documents().stream().map(d -> d.id()).toList());
        assertEquals(0L, (long) db().inTransaction(em -> count(em,
                "SELECT COUNT(*) FROM evidence_document WHERE id = ?1", wrong.id())));
        assertEquals(0L, (long) db().inTransaction(em -> count(em,
                "SELECT COUNT(*) FROM evidence_content WHERE document_id = ?1", wrong.id())));
        assertEquals(List.of("landing.png"), call(s -> s.claims().get(claimId, paula)).documents().stream()
                .map(d -> d.fileName()).toList());
        assertArrayEquals(PNG, call(s -> s.claims().evidenceContent(claimId, kept.id(), paula)));
        assertEquals(Rule.NOT_FOUND, assertThrows(DomainRuleViolation.class,
                () -> call(s -> s.claims().evidenceContent(claimId, wrong.id(), paula))).rule());

        var again = call(s -> s.claims().addEvidence(claimId, new AddEvidence("branded-ad.png", "AD_SCREENSHOT", null, PNG), paula));
        assertEquals(List.of("landing.png", "branded-ad.png"), call(s -> s.claims().get(claimId, paula)).documents()
                .stream().map(d -> d.fileName()).toList());
        assertArrayEquals(PNG, call(s -> s.claims().evidenceContent(claimId, again.id(), paula)));
        assertEquals(List.of("EVIDENCE_ADDED", "EVIDENCE_ADDED", "EVIDENCE_REMOVED", "EVIDENCE_ADDED"),
                call(s -> s.claims().history(claimId, paula)).stream().map(h -> h.action())
                        .filter(a -> a.startsWith("EVIDENCE")).toList());
    }

    /**
     * Issue 10, defect: wizard edits carry the version the partner saw. The same draft saved from
     * two tabs (or by two colleagues) with the same expected version: the first save wins, the
     * second is refused before anything changes, for every kind of wizard save.
     */
    @Test
    void aWizardSaveOnAStaleVersionOfAPlanIsRefusedAndOverwritesNothing() {
        Setup setup = setup(false, 50_000);
        Actor paula = Actor.partnerAdmin("paula", setup.partnerId());
        Actor ulla = Actor.partnerUser("ulla", setup.partnerId());
        PlanView plan = draftPlan(setup, paula, 10_000);
        long campaignId = plan.campaigns().get(0).id();
        long activityId = plan.campaigns().get(0).activities().get(0).id();
        Class<jakarta.persistence.OptimisticLockException> conflict = jakarta.persistence.OptimisticLockException.class;

        long seen = call(s -> s.plans().get(plan.id(), ulla)).version();
        PlanView first = call(s -> s.plans().updateBasics(plan.id(), seen, new PlanBasics("Tab one", "Leads"), paula));
        assertTrue(first.version() > seen);
        assertThrows(conflict, () -> call(s -> s.plans().updateBasics(plan.id(), seen, new PlanBasics("Tab two", "X"), ulla)));
        assertEquals("Tab one", call(s -> s.plans().get(plan.id(), paula)).title());

        long before = call(s -> s.plans().get(plan.id(), paula)).version();
        PlanView renamed = call(s -> s.plans().updateCampaign(plan.id(), before, campaignId, new CampaignData("Spring, tab one",
                "Leads", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31)), paula));
        assertTrue(renamed.version() > before, "a campaign edit moves the plan's version on");
        assertThrows(conflict, () -> call(s -> s.plans().updateCampaign(plan.id(), before, campaignId,
                new CampaignData("Spring, tab two", "Leads", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31)), ulla)));
        assertThrows(conflict, () -> call(s -> s.plans().addCampaign(plan.id(), before, new CampaignData("Summer",
                "Leads", LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 31)), ulla)));
        assertThrows(conflict, () -> call(s -> s.plans().removeCampaign(plan.id(), before, campaignId, ulla)));
        assertThrows(conflict, () -> call(s -> s.plans().updateActivity(plan.id(), before, activityId,
                new ActivityData(setup.adsTypeId(), Set.of("HK"), BigDecimal.ONE, Map.of("CLICK_THROUGH_SUMMARY", "1%"),
                        "tab two"), ulla)));
        assertThrows(conflict, () -> call(s -> s.plans().addActivity(plan.id(), before, campaignId,
                new ActivityData(setup.adsTypeId(), Set.of("HK"), BigDecimal.ONE, Map.of("CLICK_THROUGH_SUMMARY", "1%"),
                        "tab two"), ulla)));
        assertThrows(conflict, () -> call(s -> s.plans().removeActivity(plan.id(), before, activityId, ulla)));
        assertThrows(conflict, () -> call(s -> s.plans().submit(plan.id(), before, paula)));

        PlanView now = call(s -> s.plans().get(plan.id(), paula));
        assertEquals(renamed.version(), now.version());
        assertEquals(List.of("Spring, tab one"), now.campaigns().stream().map(c -> c.name()).toList());
        assertEquals(List.of("LinkedIn"), now.campaigns().get(0).activities().stream().map(a -> a.description()).toList());
        assertEquals(Set.of("TW"), now.campaigns().get(0).activities().get(0).countries());
        PlanView changed = call(s -> s.plans().updateActivity(plan.id(), now.version(), activityId,
                new ActivityData(setup.adsTypeId(), Set.of("TW", "HK"), new BigDecimal("9000"),
                        Map.of("CLICK_THROUGH_SUMMARY", "2%"), "LinkedIn"), paula));
        assertTrue(changed.version() > now.version(), "an activity edit moves the plan's version on");
        assertEquals(PlanStatus.SUBMITTED, call(s -> s.plans().submit(plan.id(), changed.version(), paula)).status());
    }

    @Test
    void aWizardSaveOnAStaleVersionOfAClaimIsRefusedAndOverwritesNothing() {
        Setup setup = setup(false, 50_000);
        Actor paula = Actor.partnerAdmin("paula", setup.partnerId());
        Actor ulla = Actor.partnerUser("ulla", setup.partnerId());
        PlanView plan = draftPlan(setup, paula, 10_000);
        long claimId = completeClaim(plan, paula, "INV-TABS", 1_000);
        Class<jakarta.persistence.OptimisticLockException> conflict = jakarta.persistence.OptimisticLockException.class;
        ClaimDetails tabOne = new ClaimDetails("Ads, tab one", LocalDate.of(2027, 2, 20), new BigDecimal("1000"),
                50_000L, null, null, false, Map.of("CLICK_THROUGH_SUMMARY", "2.3%"), "Tab one");
        ClaimDetails tabTwo = new ClaimDetails("Ads, tab two", LocalDate.of(2027, 2, 21), new BigDecimal("900"),
                1L, null, null, false, Map.of("CLICK_THROUGH_SUMMARY", "9%"), "Tab two");

        long seen = call(s -> s.claims().get(claimId, ulla)).version();
        ClaimView first = call(s -> s.claims().updateDetails(claimId, seen, tabOne, ulla));
        assertTrue(first.version() > seen);
        assertThrows(conflict, () -> call(s -> s.claims().updateDetails(claimId, seen, tabTwo, paula)));
        assertThrows(conflict, () -> call(s -> s.claims().attachInvoice(claimId, seen, new InvoiceData("INV-OTHER",
                "Other", LocalDate.of(2027, 2, 28), new BigDecimal("900"), "USD"), paula)));
        assertThrows(conflict, () -> call(s -> s.claims().selfCertify(claimId, seen,
                new works.incentives.domain.claim.ClaimCommands.SelfCertificationData("in house", "paula",
                        LocalDate.of(2027, 3, 1)), paula)));
        assertThrows(conflict, () -> call(s -> s.claims().addEvidence(claimId, seen,
                new AddEvidence("other.png", "AD_SCREENSHOT", null, PNG), paula)));
        long documentId = first.documents().get(0).id();
        assertThrows(conflict, () -> call(s -> s.claims().removeEvidence(claimId, seen, documentId, paula)));
        clock = at("2027-03-05");
        assertThrows(conflict, () -> call(s -> s.claims().submit(claimId, seen, paula)));

        ClaimView now = call(s -> s.claims().get(claimId, paula));
        assertEquals(first.version(), now.version());
        assertEquals("Ads, tab one", now.name());
        assertEquals("Tab one", now.finalComments());
        assertEquals("INV-TABS", now.invoice().number());
        assertEquals(List.of("invoice.png", "ad.png", "landing.png"), now.documents().stream().map(d -> d.fileName()).toList());
        assertEquals(ClaimStatus.DRAFT, now.status());

        var added = call(s -> s.claims().addEvidence(claimId, now.version(), new AddEvidence("extra.png", "EXTRA",
                "Second screenshot", PNG), paula));
        long afterUpload = call(s -> s.claims().get(claimId, paula)).version();
        assertTrue(afterUpload > now.version(), "an upload moves the claim's version on");
        assertThrows(conflict, () -> call(s -> s.claims().removeEvidence(claimId, now.version(), added.id(), ulla)));
        ClaimView removed = call(s -> s.claims().removeEvidence(claimId, afterUpload, added.id(), ulla));
        assertTrue(removed.version() > afterUpload, "a removal moves the claim's version on");
        assertEquals(ClaimStatus.SUBMITTED, call(s -> s.claims().submit(claimId, removed.version(), paula)).status());
    }

    /**
     * Issue 14.5: partner and reviewer comment on a plan and a claim, each comment pinned to an
     * item, and read them in the history between the other events. Another partner and the vendor
     * side before the first submission are told the item does not exist; an unknown item, an empty
     * or a too long comment is refused with its rule and nothing is stored; a comment moves no
     * version, so a reviewer's decision on the version shown still goes through.
     */
    @Test
    void onlyThePartiesCommentOnPlansAndClaimsPinnedToTheirItemsInTheHistory() {
        Setup setup = setup(false, 50_000);
        Setup other = setup(false, 50_000);
        Actor paula = Actor.partnerAdmin("paula", setup.partnerId());
        Actor ulla = Actor.partnerUser("ulla", setup.partnerId());
        Actor otto = Actor.partnerAdmin("otto", other.partnerId());
        PlanView plan = draftPlan(setup, paula, 10_000);
        String activity = "activity:" + plan.campaigns().get(0).activities().get(0).id();
        String campaign = "campaign:" + plan.campaigns().get(0).id();
        assertEquals("COMMENTED", call(s -> s.plans().comment(plan.id(), campaign, "Is the date right?", ulla)).action());
        assertEquals(Rule.NOT_FOUND, assertThrows(DomainRuleViolation.class,
                () -> call(s -> s.plans().comment(plan.id(), null, "not yet yours", rita))).rule(), "a draft is the partner's own");
        PlanView submitted = call(s -> s.plans().submit(plan.id(), paula));
        call(s -> s.plans().comment(plan.id(), activity, "Which audience?", rita));
        assertEquals(Rule.NOT_FOUND, assertThrows(DomainRuleViolation.class,
                () -> call(s -> s.plans().comment(plan.id(), null, "peek", otto))).rule());
        assertEquals(Rule.NOT_FOUND, assertThrows(DomainRuleViolation.class,
                () -> call(s -> s.plans().history(plan.id(), otto))).rule());
        assertEquals(Rule.PLAN_COMMENT_TARGET_UNKNOWN, assertThrows(DomainRuleViolation.class,
                () -> call(s -> s.plans().comment(plan.id(), "activity:999999", "where?", rita))).rule());
        assertEquals(Rule.TEXT_TOO_LONG, assertThrows(DomainRuleViolation.class, () -> call(s -> s.plans().comment(
                plan.id(), null, "x".repeat(works.incentives.domain.shared.FreeText.COMMENT_MAX_LENGTH + 1), rita))).rule());
        assertEquals(Rule.VALUE_REQUIRED, assertThrows(DomainRuleViolation.class,
                () -> call(s -> s.plans().comment(plan.id(), null, "  ", paula))).rule());
        call(s -> s.plans().comment(plan.id(), null, "Audience: IT managers", paula));
        assertEquals(submitted.version(), call(s -> s.plans().get(plan.id(), rita)).version(), "a comment moves no version");
        call(s -> s.plans().startReview(plan.id(), submitted.version(), rita));
        var planHistory = call(s -> s.plans().history(plan.id(), paula));
        assertEquals(List.of("CREATED:", "COMMENTED:" + campaign, "SUBMITTED:", "COMMENTED:" + activity, "COMMENTED:plan",
                "REVIEW_STARTED:"), planHistory.stream().map(h -> h.action() + ":" + (h.concerns() == null ? "" : h.concerns())).toList());

        long claimId = completeClaim(call(s -> s.plans().approve(plan.id(), null, null, rita)), paula, "INV-C", 1_000);
        ClaimView claim = call(s -> s.claims().get(claimId, paula));
        String document = "document:" + claim.documents().get(0).id();
        call(s -> s.claims().comment(claimId, Claim.COSTS_TARGET, "Agency fee included", ulla));
        call(s -> s.claims().submit(claimId, paula));
        call(s -> s.claims().comment(claimId, document, "Blurred", rita));
        call(s -> s.claims().comment(claimId, "evidence:AD_SCREENSHOT", "Show the logo", rita));
        assertEquals(Rule.CLAIM_COMMENT_TARGET_UNKNOWN, assertThrows(DomainRuleViolation.class,
                () -> call(s -> s.claims().comment(claimId, "document:999999", "which?", rita))).rule());
        assertEquals(Rule.CLAIM_COMMENT_TARGET_UNKNOWN, assertThrows(DomainRuleViolation.class,
                () -> call(s -> s.claims().comment(claimId, "evidence:NOT_ASKED", "which?", rita))).rule());
        assertEquals(Rule.NOT_FOUND, assertThrows(DomainRuleViolation.class,
                () -> call(s -> s.claims().comment(claimId, null, "peek", otto))).rule());
        assertEquals(Rule.TEXT_TOO_LONG, assertThrows(DomainRuleViolation.class, () -> call(s -> s.claims().comment(
                claimId, null, "x".repeat(works.incentives.domain.shared.FreeText.COMMENT_MAX_LENGTH + 1), paula))).rule());
        var comments = call(s -> s.claims().history(claimId, rita)).stream()
                .filter(h -> "COMMENTED".equals(h.action())).map(h -> h.concerns() + "=" + h.details()).toList();
        assertEquals(List.of("costs=Agency fee included", document + "=Blurred", "evidence:AD_SCREENSHOT=Show the logo"),
                comments, "refused comments left nothing behind");
    }

    /**
     * Issue 10, defect: approving with a long comment overflowed the history's 4,000 characters.
     * Comments up to the limit are stored whole, in the item and in its history, whatever the
     * history adds around them; longer ones are refused with the rule before anything changes.
     */
    @Test
    void decisionsAndCommentsAtTheLengthLimitAreStoredAndLongerOnesRefused() {
        Setup setup = setup(false, 50_000);
        Actor paula = Actor.partnerAdmin("paula", setup.partnerId());
        String longest = "長".repeat(works.incentives.domain.shared.FreeText.COMMENT_MAX_LENGTH);
        String over = longest + "!";
        PlanView plan = draftPlan(setup, paula, 10_000);
        call(s -> s.plans().submit(plan.id(), paula));
        assertEquals(Rule.TEXT_TOO_LONG, assertThrows(DomainRuleViolation.class,
                () -> call(s -> s.plans().approve(plan.id(), null, over, rita))).rule());
        assertEquals(PlanStatus.SUBMITTED, call(s -> s.plans().get(plan.id(), rita)).status());
        assertEquals(0, BigDecimal.ZERO.compareTo(call(s -> s.allocations().get(setup.allocation().id(), paula)).committed()));
        PlanView approved = call(s -> s.plans().approve(plan.id(), null, longest, rita));
        assertEquals(longest, approved.decisionComment());
        String planHistory = call(s -> s.plans().history(plan.id(), paula)).get(2).details();
        assertTrue(planHistory.startsWith("approved limit ") && planHistory.endsWith(longest), planHistory.substring(0, 40));
        assertEquals(Rule.TEXT_TOO_LONG, assertThrows(DomainRuleViolation.class,
                () -> call(s -> { s.plans().comment(plan.id(), "plan", over, rita); return null; })).rule());
        call(s -> { s.plans().comment(plan.id(), "plan", longest, rita); return null; });

        long claimId = completeClaim(call(s -> s.plans().get(plan.id(), paula)), paula, "INV-LONG", 1_000);
        assertEquals(Rule.TEXT_TOO_LONG, assertThrows(DomainRuleViolation.class, () -> call(s -> s.claims().updateDetails(
                claimId, new ClaimDetails("Ads", LocalDate.of(2027, 2, 20), new BigDecimal("1000"), 1L, null, null, false,
                        Map.of("CLICK_THROUGH_SUMMARY", "2%"), over), paula))).rule());
        clock = at("2027-03-05");
        call(s -> s.claims().submit(claimId, paula));
        call(s -> s.claims().startReview(claimId, rita));
        call(s -> s.claims().requestAction(claimId, longest, "claim", rita));
        call(s -> s.claims().answer(claimId, longest, paula));
        call(s -> s.claims().startReview(claimId, rita));
        assertEquals(Rule.TEXT_TOO_LONG, assertThrows(DomainRuleViolation.class,
                () -> call(s -> s.claims().reject(claimId, RejectionReason.OTHER, over, rita))).rule());
        call(s -> s.claims().reject(claimId, RejectionReason.OTHER, longest, rita));
        call(s -> s.claims().dispute(claimId, longest, paula));
        ClaimView claim = call(s -> s.claims().approve(claimId, longest, rita));
        assertEquals(ClaimStatus.APPROVED, claim.status());
        assertEquals(longest, claim.reviewComment());
        assertEquals(longest, claim.partnerAnswer());
        assertEquals("All done", claim.finalComments(), "the answer kept the final comments");
        assertTrue(call(s -> s.claims().history(claimId, rita)).stream()
                .filter(h -> h.details() != null && h.details().length() >= longest.length())
                .map(h -> h.action()).toList().containsAll(List.of("ACTION_REQUESTED", "ANSWERED", "REJECTED",
                        "DISPUTED", "APPROVED")));
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
        List<String> results = submitTogether(paula, first, second);
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
        List<String> results = submitTogether(paula, first, second);
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

    /**
     * Issue 13.4: the money is taken at the end of a submission, and the limits shared with other
     * claims are checked again under the fund's lock. Two claims of USD 3,000 racing under a plan
     * approved for USD 5,000, and two claims racing with the same invoice: one wins each race, the
     * other is refused with the limit it breaks, and the loser's money went back with its rollback.
     */
    @Test
    void submissionsRacingForAPlansLimitOrWithOneInvoiceLeaveExactlyOneWinnerAndNoMoneyBehind() throws Exception {
        Setup setup = setup(false, 50_000);
        Actor paula = Actor.partnerAdmin("paula", setup.partnerId());
        PlanView plan = draftPlan(setup, paula, 10_000);
        call(s -> s.plans().submit(plan.id(), paula));
        PlanView approved = call(s -> s.plans().approve(plan.id(), new BigDecimal("5000"), null, rita));
        long first = completeClaim(approved, paula, "INV-L1", 3_000);
        long second = completeClaim(approved, paula, "INV-L2", 3_000);
        long third = completeClaim(approved, paula, "INV-DUP", 1_000);
        long fourth = completeClaim(approved, paula, "inv dup", 1_000);
        clock = at("2027-03-05");
        List<String> limit = submitTogether(paula, first, second);
        assertEquals(List.of("CLAIM_INCOMPLETE", "won"), limit.stream().sorted().toList(), limit.toString());
        long limitLoser = limit.get(0).equals("won") ? second : first;
        assertEquals(List.of(Rule.CLAIM_OVER_PLAN_LIMIT), call(s -> s.claims().check(limitLoser, paula)).stream()
                .map(works.incentives.domain.shared.Problem::rule).toList());
        assertEquals(0, new BigDecimal("47000").compareTo(
                call(s -> s.allocations().get(setup.allocation().id(), paula)).remaining()));

        List<String> invoice = submitTogether(paula, third, fourth);
        assertEquals(List.of("CLAIM_INCOMPLETE", "won"), invoice.stream().sorted().toList(), invoice.toString());
        long invoiceLoser = invoice.get(0).equals("won") ? fourth : third;
        assertEquals(List.of(Rule.CLAIM_INVOICE_NUMBER_REUSED), call(s -> s.claims().check(invoiceLoser, paula)).stream()
                .map(works.incentives.domain.shared.Problem::rule).toList());
        assertEquals(0, new BigDecimal("46000").compareTo(
                call(s -> s.allocations().get(setup.allocation().id(), paula)).remaining()));
        assertEquals(ClaimStatus.DRAFT, call(s -> s.claims().get(invoiceLoser, paula)).status(),
                "nothing of the loser's submission stayed");
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
                call(s -> s.plans().check(plan.id(), paula)).stream().map(Problem::rule).toList(),
                "the wizard's checklist says the same");
        assertEquals(Rule.NOT_FOUND, assertThrows(DomainRuleViolation.class,
                () -> call(s -> s.plans().check(plan.id(), rita))).rule(),
                "a plan never submitted is the partner's own: not there for a reviewer (issue 11)");
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
        if (clock.instant().isBefore(at("2027-02-21").instant())) {
            clock = at("2027-02-21"); // a claim is filed once its activity (2027-02-20) has run
        }
        long claimId = call(s -> s.claims().createDraft(new CreateClaim(planId, activityId, "Syndication " + invoice),
                partner).id());
        call(s -> s.claims().updateDetails(claimId, new ClaimDetails("Syndication " + invoice, LocalDate.of(2027, 2, 20),
                BigDecimal.valueOf(amount), 50_000L, null, null, false, Map.of("RESULTS_SUMMARY", "3,000 reads"),
                null), partner));
        call(s -> s.claims().attachInvoice(claimId, new InvoiceData(invoice, "Syndicator", LocalDate.of(2027, 2, 28),
                BigDecimal.valueOf(amount), "USD"), partner));
        call(s -> s.claims().addEvidence(claimId, new AddEvidence("invoice.png", "INVOICE", null, PNG), partner));
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
        assertEquals(Map.of(ClaimStatus.SUBMITTED, 1L, ClaimStatus.UNDER_REVIEW, 1L),
                call(s -> s.claims().countClaimsByStatus(mine, rita)),
                "the filter's statuses do not limit the tabs; the partner's draft is not the reviewer's to count");
        assertEquals(Map.of(ClaimStatus.DRAFT, 1L, ClaimStatus.SUBMITTED, 1L, ClaimStatus.UNDER_REVIEW, 1L),
                call(s -> s.claims().countClaimsByStatus(mine, paula)), "the partner counts its draft");
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
     * Submits the claims from threads released at the same moment; each outcome is "won" or the
     * code of the rule that refused it, in the order of the ids.
     */
    private List<String> submitTogether(Actor actor, long... claimIds) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(claimIds.length);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (long id : claimIds) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        call(s -> s.claims().submit(id, actor));
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
            return results;
        } finally {
            pool.shutdown();
        }
    }

    /** A draft the partner withdrew without ever submitting stays the partner's: the vendor side neither lists nor counts it. */
    @Test
    void aWithdrawnDraftThatWasNeverSubmittedIsNotTheReviewersToSee() {
        Setup setup = setup(false, 50_000);
        Actor paula = Actor.partnerAdmin("paula", setup.partnerId());
        PlanView plan = draftPlan(setup, paula, 10_000);
        long neverSent = completeClaim(plan, paula, "INV-N", 1_000);
        long sent = completeClaim(plan, paula, "INV-W", 2_000);
        clock = at("2027-03-05");
        call(s -> s.claims().submit(sent, paula));
        call(s -> s.claims().withdraw(sent, paula));
        call(s -> s.claims().withdraw(neverSent, paula));

        ClaimQuery all = ClaimQuery.ofPartner(setup.partnerId());
        assertEquals(List.of(sent), call(s -> s.claims().findClaimsForReview(all, 0, 10, ClaimQuery.Sort.ID, rita))
                .stream().map(r -> r.id()).toList());
        assertEquals(1L, (long) call(s -> s.claims().countClaims(all, rita)));
        assertEquals(Map.of(ClaimStatus.WITHDRAWN, 1L), call(s -> s.claims().countClaimsByStatus(all, rita)));
        assertEquals(Map.of(ClaimStatus.WITHDRAWN, 2L), call(s -> s.claims().countClaimsByStatus(all, paula)),
                "the partner still sees both");
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
        assertEquals(List.of("CREATED", "EVIDENCE_ADDED", "EVIDENCE_ADDED", "EVIDENCE_ADDED", "SUBMITTED", "REVIEW_STARTED", "APPROVED"),
                call(s -> s.claims().history(claimId, rita)).stream().map(h -> h.action()).toList());
        ClaimView paid = call(s -> s.claims().markPaid(claimId, claimApproved.version(), "PAY-1", LocalDate.of(2027, 3, 6), rita));
        assertEquals(ClaimStatus.PAID, paid.status());
        assertThrows(jakarta.persistence.OptimisticLockException.class,
                () -> call(s -> s.claims().markPaid(claimId, claimApproved.version(), "PAY-2", LocalDate.of(2027, 3, 6), ralf)));
        assertEquals(0, new BigDecimal("2000").compareTo(call(s -> s.allocations().get(setup.allocation().id(), paula)).paid()));
    }
}
