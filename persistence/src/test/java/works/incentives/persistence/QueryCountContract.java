package works.incentives.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import works.incentives.domain.audit.HistoryEntry;
import works.incentives.domain.audit.SubmissionRequest;
import works.incentives.domain.claim.ClaimCommands.AddEvidence;
import works.incentives.domain.claim.ClaimCommands.ClaimDetails;
import works.incentives.domain.claim.ClaimCommands.ClaimWorkspaceView;
import works.incentives.domain.claim.ClaimCommands.ClaimablePlan;
import works.incentives.domain.claim.ClaimCommands.ClaimableView;
import works.incentives.domain.claim.ClaimCommands.CreateClaim;
import works.incentives.domain.claim.ClaimCommands.InvoiceData;
import works.incentives.domain.claim.ClaimQuery;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.fund.AllocationService.AllocateFunds;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.insight.InsightService;
import works.incentives.domain.plan.PlanCommands.ActivityData;
import works.incentives.domain.plan.PlanCommands.ActivityView;
import works.incentives.domain.plan.PlanCommands.CampaignData;
import works.incentives.domain.plan.PlanCommands.CreatePlan;
import works.incentives.domain.plan.PlanCommands.PlanBasics;
import works.incentives.domain.plan.PlanCommands.PlanRow;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.plan.PlanQuery;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramCommands.CreateFundingPeriod;
import works.incentives.domain.program.ProgramCommands.CreateProgram;
import works.incentives.domain.shared.Actor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, "no N+1": each screen sends the database a small, fixed number of statements, however
 * many plans, activities and claims it shows. Every screen is replayed as its view calls the services
 * (one transaction per call, as {@code @Transactional} does in the container) for a partner with 3
 * and with 8 funds, plans and claims, and its statements are counted at the JDBC level
 * ({@link StatementCounter}): the two counts must be equal and within the screen's bound. A list
 * that reads each row's collections, or a wizard that asks once per activity, fails here.
 * Run on H2 ({@link H2QueryCountTest}): the statements are the same JPQL on PostgreSQL (a run there
 * counted the same, but building the data took five minutes on the shared machine).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class QueryCountContract {

    static final int SMALL = 3;
    static final int LARGE = 8;

    abstract TestDatabase db();

    /** The service wiring and fixtures of the service-flow contract, on this class's database. */
    final ServiceFlowContract flow = new ServiceFlowContract() {
        @Override
        TestDatabase db() {
            return QueryCountContract.this.db();
        }
    };

    private final Map<Integer, World> worlds = new LinkedHashMap<>();

    /**
     * A partner with {@code n} funds in {@code n} programs and a plan on each: plan 0 approved with a
     * limit, {@code n} activities and {@code n} submitted claims (the first asked for more), plan 1 a
     * draft, plan 2 asked for more, the others approved.
     */
    record World(long partnerId, Actor paula, List<PlanView> plans, List<Long> claims) {

        ClaimQuery claims(Set<ClaimStatus> statuses) {
            return new ClaimQuery(partnerId, null, null, statuses, null, null);
        }
    }

    World world(int n) {
        return worlds.computeIfAbsent(n, this::build);
    }

    private World build(int n) {
        Actor admin = flow.admin;
        Actor rita = flow.rita;
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long partnerId = flow.call(s -> s.partners().register("Counted " + unique, "TW", admin).id());
        Actor paula = Actor.partnerAdmin("paula", partnerId);
        flow.clock = ServiceFlowContract.at("2027-01-10");
        List<PlanView> plans = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            long programId = flow.call(s -> s.programs().createProgram(new CreateProgram("Counted " + unique + " " + index,
                    2027, "USD", false, null, null, null, null, new BigDecimal("1500"), null), admin).id());
            long periodId = flow.call(s -> s.programs().addFundingPeriod(new CreateFundingPeriod(programId, "H1 FY27",
                    LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 6, 30)), admin).id());
            List<ActivityTypeView> types = flow.call(s -> s.programs().installStandardCatalogue(programId, admin));
            long adsTypeId = types.stream().filter(t -> t.code().equals("DIGITAL_ADVERTISING")).findFirst().orElseThrow().id();
            AllocationView fund = flow.call(s -> s.allocations().allocate(new AllocateFunds(partnerId, programId,
                    periodId, BigDecimal.valueOf(1_000_000)), admin));
            plans.add(plan(fund, adsTypeId, i == 0 ? n : 2, paula));
        }
        for (int i = 0; i < n; i++) {
            long planId = plans.get(i).id();
            if (i != 1) {
                flow.call(s -> s.plans().submit(planId, paula));
            }
            if (i == 2) {
                flow.call(s -> s.plans().requestAction(planId, "More detail, please", null, rita));
            } else if (i != 1) {
                BigDecimal limit = i == 0 ? new BigDecimal("900000") : null;
                flow.call(s -> s.plans().approve(planId, limit, "ok", rita));
            }
        }
        flow.clock = ServiceFlowContract.at("2027-03-05");
        List<ActivityView> activities = plans.get(0).campaigns().stream().flatMap(c -> c.activities().stream()).toList();
        List<Long> claims = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            claims.add(submittedClaim(plans.get(0).id(), activities.get(j).id(), paula, "INV-" + unique + "-" + j));
        }
        long asked = claims.get(0);
        flow.call(s -> s.claims().startReview(asked, rita));
        flow.call(s -> s.claims().requestAction(asked, "The screenshot is cut off", "evidence:AD_SCREENSHOT", rita));
        for (PlanView plan : plans) { // hand-overs by a colleague: only the draft's counts
            handOver(HistoryEntry.SubjectType.PLAN, plan.id(), partnerId);
        }
        handOver(HistoryEntry.SubjectType.CLAIM, asked, partnerId);
        return new World(partnerId, paula, plans, claims);
    }

    /** An incentives user handing an item to the partner's admins for submission, as the history records it. */
    private void handOver(HistoryEntry.SubjectType type, long id, long partnerId) {
        db().inTransaction(em -> {
            new JpaHistoryRepository(em).append(new HistoryEntry(type, id, partnerId, SubmissionRequest.ACTION, "DRAFT",
                    "DRAFT", Actor.partnerUser("alex", partnerId), flow.clock.instant(), null, null));
            return null;
        });
    }

    /** A draft plan with {@code activities} digital ads activities of USD 10,000, two per campaign. */
    private PlanView plan(AllocationView fund, long adsTypeId, int activities, Actor paula) {
        long planId = flow.call(s -> s.plans().createDraft(new CreatePlan(fund.id(), "Counted plan"), paula)).id();
        flow.call(s -> s.plans().updateBasics(planId, new PlanBasics("Counted plan", "Security leads in Taiwan"), paula));
        PlanView plan = null;
        for (int a = 0; a < activities; a++) {
            if (a % 2 == 0) {
                plan = flow.call(s -> s.plans().addCampaign(planId, new CampaignData("Spring push", "Leads",
                        LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31)), paula));
            }
            long campaignId = plan.campaigns().get(plan.campaigns().size() - 1).id();
            plan = flow.call(s -> s.plans().addActivity(planId, campaignId, new ActivityData(adsTypeId, Set.of("TW", "HK"),
                    BigDecimal.valueOf(10_000), Map.of("CLICK_THROUGH_SUMMARY", "2%"), "LinkedIn"), paula));
        }
        return plan;
    }

    private long submittedClaim(long planId, long activityId, Actor paula, String invoice) {
        long claimId = flow.call(s -> s.claims().createDraft(new CreateClaim(planId, activityId, "Ads " + invoice),
                paula).id());
        flow.call(s -> s.claims().updateDetails(claimId, new ClaimDetails("Ads " + invoice, LocalDate.of(2027, 2, 20),
                BigDecimal.valueOf(1_000), 50_000L, null, null, false, Map.of("CLICK_THROUGH_SUMMARY", "2.3%"),
                "All done"), paula));
        flow.call(s -> s.claims().attachInvoice(claimId, new InvoiceData(invoice, "LinkedIn", LocalDate.of(2027, 2, 28),
                BigDecimal.valueOf(1_000), "USD"), paula));
        for (String requirement : List.of("INVOICE", "AD_SCREENSHOT", "LANDING_PAGE_URL")) {
            flow.call(s -> s.claims().addEvidence(claimId, new AddEvidence(requirement.toLowerCase() + ".png",
                    requirement, null, ServiceFlowContract.PNG), paula));
        }
        flow.call(s -> s.claims().submit(claimId, paula));
        return claimId;
    }

    /** The statements of one screen, replayed for both worlds: equal, and no more than {@code bound}. */
    private void assertConstant(String screen, int bound, Consumer<World> calls) {
        World small = world(SMALL);
        World large = world(LARGE);
        List<String> few = record(() -> calls.accept(small));
        List<String> many = record(() -> calls.accept(large));
        System.out.printf("[statements] %-40s %d with %d plans/claims, %d with %d%n", screen, few.size(), SMALL,
                many.size(), LARGE);
        assertEquals(few.size(), many.size(), screen + ": the statements must not grow with the rows;\n"
                + String.join("\n", few) + "\n---- against ----\n" + String.join("\n", many));
        assertTrue(many.size() <= bound, screen + ": " + many.size() + " statements, at most " + bound + " expected:\n"
                + String.join("\n", many));
    }

    /**
     * The screen's statements less the sequence calls: an insert fetches the next block of ids now and
     * then (allocation size), whatever the screen shows.
     */
    private static List<String> record(Runnable screen) {
        return StatementCounter.record(() -> {
            screen.run();
            return null;
        }).statements().stream().filter(sql -> !SEQUENCE_CALL.matcher(sql).find()).toList();
    }

    private static final java.util.regex.Pattern SEQUENCE_CALL = java.util.regex.Pattern.compile(
            "next value for|nextval\\(", java.util.regex.Pattern.CASE_INSENSITIVE);

    @Test
    void thePlanReviewQueueIsAFixedNumberOfStatements() {
        assertConstant("plan review queue", 5, w -> {
            PlanQuery queue = new PlanQuery(w.partnerId(), null, Set.of(PlanStatus.APPROVED, PlanStatus.ACTION_REQUIRED),
                    null, PlanQuery.Sort.SUBMITTED_OLDEST_FIRST);
            flow.call(s -> s.partners().list(flow.rita));
            flow.call(s -> s.plans().findPlans(queue, 0, 50, flow.rita));
            flow.call(s -> s.plans().countPlans(queue, flow.rita));
            flow.call(s -> s.plans().countPlansByStatus(queue, flow.rita));
        });
    }

    @Test
    void myPlansIsAFixedNumberOfStatements() {
        assertConstant("my plans", 5, w -> {
            flow.call(s -> s.plans().findPlans(new PlanQuery(w.partnerId(), null, Set.of(PlanStatus.DRAFT), null, null),
                    0, 5, w.paula()));
            PlanQuery all = new PlanQuery(w.partnerId(), null, Set.of(), null, PlanQuery.Sort.ID);
            flow.call(s -> s.plans().findPlans(all, 0, 25, w.paula()));
            flow.call(s -> s.plans().countPlans(all, w.paula()));
        });
    }

    /** Issue 15: a partner admin's home lists what colleagues handed over while it is still open, each once. */
    @Test
    void aPartnerAdminSeesTheHandOversOfOpenPlansAndClaimsOnly() {
        World w = world(SMALL);
        assertEquals(List.of(w.plans().get(1).id()), flow.call(s -> s.plans().awaitingSubmission(10, w.paula())).stream()
                .map(SubmissionRequest::subjectId).toList(), "the draft plan; submitted ones are done");
        SubmissionRequest claim = flow.call(s -> s.claims().awaitingSubmission(10, w.paula())).get(0);
        assertEquals(w.claims().get(0), claim.subjectId(), "the claim asked for more is open again");
        assertEquals("alex", claim.requestedBy());
        assertEquals(1, flow.call(s -> s.claims().awaitingSubmission(10, w.paula())).size());
        Actor alex = Actor.partnerUser("alex", w.partnerId());
        assertEquals(List.of(), flow.call(s -> s.plans().awaitingSubmission(10, alex)), "users do not submit");
    }

    @Test
    void thePartnersHomeIsAFixedNumberOfStatements() {
        assertConstant("partner home", 24, w -> {
            flow.call(s -> s.claims().awaitingSubmission(10, w.paula()));
            flow.call(s -> s.plans().awaitingSubmission(10, w.paula()));
            flow.call(s -> s.claims().claimablePlans(w.paula()));
            flow.call(s -> s.allocations().allocationsOf(w.partnerId(), w.paula()));
            flow.call(s -> s.plans().findPlans(new PlanQuery(w.partnerId(), null, Set.of(PlanStatus.DRAFT), null, null),
                    0, 10, w.paula()));
            flow.call(s -> s.plans().findPlans(new PlanQuery(w.partnerId(), null, Set.of(PlanStatus.ACTION_REQUIRED),
                    null, null), 0, 10, w.paula()));
            flow.call(s -> s.claims().findClaimsForReview(w.claims(Set.of(ClaimStatus.ACTION_REQUIRED)), 0, 10,
                    ClaimQuery.Sort.DEADLINE_SOONEST_FIRST, w.paula()));
            flow.call(s -> s.claims().findClaimsForReview(w.claims(Set.of(ClaimStatus.DRAFT)), 0, 10,
                    ClaimQuery.Sort.DEADLINE_SOONEST_FIRST, w.paula()));
        });
    }

    @Test
    void myClaimsAndTheClaimReviewQueueAreAFixedNumberOfStatements() {
        assertConstant("my claims", 3, w -> {
            flow.call(s -> s.claims().findClaimsForReview(w.claims(Set.of()), 0, 50, ClaimQuery.Sort.NEWEST_FIRST,
                    w.paula()));
            flow.call(s -> s.claims().countClaims(w.claims(Set.of()), w.paula()));
        });
        assertConstant("claim review queue", 5, w -> {
            ClaimQuery queue = w.claims(Set.of(ClaimStatus.SUBMITTED, ClaimStatus.ACTION_REQUIRED));
            flow.call(s -> s.partners().list(flow.rita));
            flow.call(s -> s.claims().findClaimsForReview(queue, 0, 50, ClaimQuery.Sort.DEADLINE_SOONEST_FIRST, flow.rita));
            flow.call(s -> s.claims().countClaims(queue, flow.rita));
            flow.call(s -> s.claims().countClaimsByStatus(queue, flow.rita));
        });
    }

    /** Every step of the PoE wizard and the claim page load the claim's workspace. */
    @Test
    void aClaimWizardStepIsAFixedNumberOfStatements() {
        assertConstant("claim wizard step / claim page", 22, w -> flow.call(s -> s.claims().workspace(w.claims().get(1),
                w.paula())));
    }

    /** An upload stores the file, then the wizard shows the workspace again. */
    @Test
    void aClaimWizardUploadIsAFixedNumberOfStatements() {
        assertConstant("claim wizard upload", 35, w -> {
            long claimId = w.claims().get(0); // asked for more: editable
            flow.call(s -> s.claims().addEvidence(claimId, new AddEvidence("more.png", "AD_SCREENSHOT", null,
                    ServiceFlowContract.PNG), w.paula()));
            flow.call(s -> s.claims().workspace(claimId, w.paula()));
        });
    }

    /** The wizard's first step lists every activity of every plan the partner may claim for, and names their types. */
    @Test
    void aNewClaimsActivityListIsAFixedNumberOfStatements() {
        assertConstant("claim wizard: new claim", 16, w -> {
            List<ClaimablePlan> plans = flow.call(s -> s.claims().claimablePlans(w.paula()));
            flow.call(s -> s.programs().listActivityTypes(plans.stream().map(p -> p.plan().programId()).toList()));
        });
    }

    /**
     * Issue 14 item 3: each dashboard is one grouped statement per figure, whatever the number of
     * funds, plans, claims and history lines behind it (the vendor's over every partner).
     */
    @Test
    void theDashboardsAreAFixedNumberOfStatements() {
        assertConstant("partner dashboard", 4, w -> db().inTransaction(em -> new InsightService(
                new JpaInsightRepository(em), flow.clock).partnerDashboard(w.paula())));
        assertConstant("vendor dashboard", 6, w -> db().inTransaction(em -> new InsightService(
                new JpaInsightRepository(em), flow.clock).vendorDashboard(flow.rita)));
    }

    /** The grouped sums and rows give exactly what the one-at-a-time reads gave. */
    @Test
    void theGroupedReadsGiveWhatOneAtATimeReadsGive() {
        World w = world(LARGE);
        PlanView busy = w.plans().get(0);
        List<ClaimablePlan> listed = flow.call(s -> s.claims().claimablePlans(w.paula()));
        assertEquals(w.plans().stream().map(PlanView::id).toList(), listed.stream().map(p -> p.plan().id()).toList(),
                "every plan that is not rejected, by id");
        for (ClaimablePlan plan : listed) {
            assertEquals(flow.call(s -> s.plans().get(plan.plan().id(), w.paula())), plan.plan());
            assertEquals(flow.call(s -> s.allocations().get(plan.plan().allocationId(), w.paula())), plan.fund());
            assertEquals(flow.call(s -> s.claims().claimable(plan.plan().id(), null, w.paula())), plan.activities());
        }
        List<ClaimableView> numbers = listed.get(0).activities();
        assertEquals(new BigDecimal("1000.00"), numbers.get(LARGE - 1).claimedByOthers(), "the claims count on their activity");
        assertTrue(numbers.stream().allMatch(ClaimableView::eligible));

        long claimId = w.claims().get(1);
        ClaimWorkspaceView workspace = flow.call(s -> s.claims().workspace(claimId, w.paula()));
        assertEquals(flow.call(s -> s.claims().get(claimId, w.paula())), workspace.claim());
        assertEquals(flow.call(s -> s.plans().get(busy.id(), w.paula())), workspace.plan());
        assertEquals(flow.call(s -> s.allocations().get(busy.allocationId(), w.paula())), workspace.fund());
        long activityId = workspace.claim().activityId();
        assertEquals(flow.call(s -> s.claims().claimable(busy.id(), claimId, w.paula())).stream()
                .filter(a -> a.activityId() == activityId).findFirst().orElseThrow(), workspace.activity());
        assertEquals(flow.call(s -> s.claims().activityTypeOf(claimId, w.paula())), workspace.type());
        assertEquals(List.of(), workspace.problems(), "a submitted claim is not checked again");
        assertEquals(flow.call(s -> s.claims().history(claimId, w.paula())), workspace.history());
        long asked = w.claims().get(0);
        assertEquals(flow.call(s -> s.claims().check(asked, w.paula())),
                flow.call(s -> s.claims().workspace(asked, w.paula())).problems());

        List<Long> newestFirst = new ArrayList<>(w.claims());
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, flow.call(s -> s.claims().findClaimsForReview(w.claims(Set.of()), 0, 50,
                ClaimQuery.Sort.NEWEST_FIRST, w.paula())).stream().map(r -> r.id()).toList(), "My claims: newest first");

        PlanQuery all = new PlanQuery(w.partnerId(), null, Set.of(), null, PlanQuery.Sort.TITLE_Z_TO_A);
        List<PlanRow> rows = flow.call(s -> s.plans().findPlans(all, 0, 50, w.paula()));
        assertEquals(db().inTransaction(em -> new JpaPlanRepository(em).findPlans(all, 0, 50).stream()
                .map(PlanRow::of).toList()), rows, "rows as whole plans map to");
        assertEquals(new BigDecimal("80000.00"), rows.stream().filter(r -> r.id() == busy.id()).findFirst().orElseThrow()
                .plannedTotal());
    }
}
