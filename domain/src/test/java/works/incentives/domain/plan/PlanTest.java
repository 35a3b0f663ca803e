package works.incentives.domain.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import works.incentives.domain.Fixtures;
import works.incentives.domain.program.ActivityCatalog;
import works.incentives.domain.shared.DateRange;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.FreeText;
import works.incentives.domain.shared.Money;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static works.incentives.domain.Fixtures.at;
import static works.incentives.domain.Fixtures.firstActivity;
import static works.incentives.domain.Fixtures.usd;

class PlanTest {

    private Fixtures f = new Fixtures();
    private final Clock january = at("2027-01-10");

    private List<Rule> problems(Plan plan) {
        return plan.check(f.planContext()).stream().map(Problem::rule).toList();
    }

    private Rule refused(Runnable action) {
        return assertThrows(DomainRuleViolation.class, action::run).rule();
    }

    @Test
    void aCompletePlanHasNoProblems() {
        assertEquals(List.of(), problems(f.completePlan()));
    }

    @Test
    void anEmptyPlanNeedsAnObjectiveAndACampaign() {
        Plan plan = new Plan(f.allocation, "empty");
        assertEquals(List.of(Rule.PLAN_OBJECTIVE_MISSING, Rule.PLAN_NO_CAMPAIGN), problems(plan));
    }

    @Test
    void checkReportsAllProblemsAtOncePointingAtTheirItems() {
        Plan plan = new Plan(f.allocation, "sloppy");
        Campaign campaign = plan.addCampaign(" ", null,
                DateRange.of(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31)));
        plan.addCampaign("Empty", null, Fixtures.CAMPAIGN);
        plan.addActivity(campaign, f.type("TELEMARKETING"), Set.of(), usd(0), Map.of("CALLS_MADE", "500"), null);
        List<Problem> found = plan.check(f.planContext());
        assertEquals(List.of(Rule.PLAN_OBJECTIVE_MISSING, Rule.PLAN_CAMPAIGN_NAME_MISSING,
                Rule.PLAN_CAMPAIGN_OUTSIDE_USAGE_PERIOD, Rule.PLAN_ACTIVITY_NO_COUNTRY,
                Rule.PLAN_ACTIVITY_AMOUNT_NOT_POSITIVE, Rule.PLAN_ACTIVITY_METRIC_MISSING,
                Rule.PLAN_CAMPAIGN_NO_ACTIVITY), found.stream().map(Problem::rule).toList());
        assertEquals("campaign:#1", found.get(1).concerns());
        assertEquals("activity:#1@campaign:#1", found.get(3).concerns());
        assertEquals("activity:#1@campaign:#1/metric:SUCCESSFUL_CONTACTS", found.get(5).concerns());
        assertEquals("campaign:#2", found.get(6).concerns());
    }

    @Test
    void campaignMustLieInsideTheUsagePeriod() {
        Plan plan = f.completePlan();
        Campaign campaign = plan.getCampaigns().get(0);
        plan.updateCampaign(campaign, "late", "x", DateRange.of(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 7, 1)));
        assertEquals(List.of(Rule.PLAN_CAMPAIGN_OUTSIDE_USAGE_PERIOD), problems(plan));
        plan.updateCampaign(campaign, "edge", "x", DateRange.of(Fixtures.USAGE_START, Fixtures.USAGE_END));
        assertEquals(List.of(), problems(plan));
    }

    @Test
    void activityTypeMustBeInTheProgramsCatalogue() {
        Plan plan = f.completePlan();
        works.incentives.domain.program.Program other = new works.incentives.domain.program.Program("other", 2027,
                Fixtures.USD, false);
        plan.addActivity(plan.getCampaigns().get(0), new works.incentives.domain.program.ActivityType(other,
                "PODCASTS", works.incentives.domain.program.ActivityCategory.DEMAND_GENERATION), Set.of("TW"),
                usd(100), Map.of(), null);
        assertEquals(List.of(Rule.PLAN_ACTIVITY_TYPE_UNKNOWN), problems(plan));
    }

    @Test
    void plannedAmountAboveTheTypesPeriodCapIsAProblem() {
        Plan plan = f.completePlan();
        plan.addActivity(plan.getCampaigns().get(0), f.type("SYNDICATED_CONTENT"), Set.of("TW"), usd(18_751),
                Map.of(ActivityCatalog.RESULTS_SUMMARY, "leads"), null);
        assertEquals(List.of(Rule.PLAN_OVER_PERIOD_CAP), problems(plan));
    }

    private Activity syndicated(Plan plan, long amount) {
        return plan.addActivity(plan.getCampaigns().get(0), f.type("SYNDICATED_CONTENT"), Set.of("TW"), usd(amount),
                Map.of(ActivityCatalog.RESULTS_SUMMARY, "leads"), null);
    }

    private PlanContext contextWithOtherPlans(Map<String, Money> plannedElsewhere) {
        PlanContext c = f.planContext();
        return new PlanContext(c.usagePeriod(), c.catalogue(), c.uncommitted(), c.earned(),
                c.firstSubmissionDeadline(), c.resubmissionDeadline(), plannedElsewhere);
    }

    @Test
    void theSumOfAPlansActivitiesOfOneTypeMayNotExceedThePeriodCapThoughEachStaysUnderIt() {
        Plan plan = f.completePlan();
        Activity first = syndicated(plan, 10_000);
        Activity second = syndicated(plan, 9_000);
        List<Problem> found = plan.check(f.planContext());
        assertEquals(List.of(Rule.PLAN_OVER_PERIOD_CAP, Rule.PLAN_OVER_PERIOD_CAP),
                found.stream().map(Problem::rule).toList(), "both activities of the type are flagged");
        assertEquals(List.of(first.ref(), second.ref()), found.stream().map(Problem::concerns).toList());
        assertEquals(List.of(usd(19_000), usd(18_750), usd(8_750)), found.get(1).args(),
                "the total, the cap, and what is left for the second activity");
        plan.updateActivity(second, f.type("SYNDICATED_CONTENT"), Set.of("TW"), usd(8_750),
                Map.of(ActivityCatalog.RESULTS_SUMMARY, "leads"), null);
        assertEquals(List.of(), problems(plan), "exactly the cap is fine");
    }

    @Test
    void aPlanIsCheckedAgainstWhatThePartnersOtherPlansForThePeriodPlanOfTheSameTypeCode() {
        Plan plan = f.completePlan();
        syndicated(plan, 10_000);
        assertEquals(List.of(), plan.check(contextWithOtherPlans(Map.of("SYNDICATED_CONTENT", usd(8_750))))
                .stream().map(Problem::rule).toList());
        assertEquals(List.of(Rule.PLAN_OVER_PERIOD_CAP), plan.check(contextWithOtherPlans(
                Map.of("SYNDICATED_CONTENT", usd(8_751)))).stream().map(Problem::rule).toList());
        assertEquals(List.of(), plan.check(contextWithOtherPlans(Map.of("DIGITAL_ADVERTISING", usd(90_000))))
                .stream().map(Problem::rule).toList(), "other types' sums do not count, and ads have no cap");
    }

    @Test
    void theEarnedShareCapIsSummedOverThePlansActivitiesToo() {
        Plan plan = f.completePlan();
        // demo units: max(10% of the USD 50,000 earned, USD 3,000) = USD 5,000 per period
        Activity first = plan.addActivity(plan.getCampaigns().get(0), f.type("DEMO_UNITS"), Set.of("TW"), usd(3_000),
                Map.of(), null);
        plan.addActivity(plan.getCampaigns().get(0), f.type("DEMO_UNITS"), Set.of("TW"), usd(2_001), Map.of(), null);
        assertEquals(List.of(Rule.PLAN_OVER_PERIOD_CAP, Rule.PLAN_OVER_PERIOD_CAP), problems(plan));
        assertEquals(java.util.Optional.of(usd(2_999)), plan.periodCapLeft(f.type("DEMO_UNITS"), first, f.planContext()),
                "what the first may plan with the second in place");
    }

    @Test
    void whatIsLeftOfThePeriodCapForAnActivityLeavesOutItsOwnAmountAndCountsEveryOtherOne() {
        Plan plan = f.completePlan();
        Activity first = syndicated(plan, 10_000);
        PlanContext others = contextWithOtherPlans(Map.of("SYNDICATED_CONTENT", usd(5_000)));
        assertEquals(java.util.Optional.of(usd(3_750)), plan.periodCapLeft(f.type("SYNDICATED_CONTENT"), null, others),
                "a new activity: the cap less the other plans and this plan's activity");
        assertEquals(java.util.Optional.of(usd(13_750)), plan.periodCapLeft(f.type("SYNDICATED_CONTENT"), first, others),
                "editing the activity: its own amount is left out");
        assertEquals(java.util.Optional.empty(), plan.periodCapLeft(f.type("DIGITAL_ADVERTISING"), null, others),
                "no period cap, nothing to show");
    }

    @Test
    void theChecklistOfAnApprovedPlanDoesNotCountThePlansOwnCommitmentAgainstTheFund() {
        Plan plan = f.completePlan();
        plan.updateActivity(firstActivity(plan), f.type("DIGITAL_ADVERTISING"), Set.of("TW"), usd(50_000),
                Map.of(ActivityCatalog.CLICK_THROUGH_SUMMARY, "2% CTR"), null);
        plan.submit(january, f.planContext());
        plan.startReview("rita");
        plan.approve(null, f.allocation, "all of it", january);
        assertEquals(usd(0), f.allocation.getUncommitted());
        assertEquals(List.of(), problems(plan), "the plan's own USD 50,000 is what it reserved, not a competitor");
    }

    @Test
    void onlyPlansAskedForOrGrantedCountAgainstAnotherPlansPeriodCaps() {
        assertEquals(EnumSet.of(PlanStatus.SUBMITTED, PlanStatus.UNDER_REVIEW, PlanStatus.ACTION_REQUIRED,
                PlanStatus.APPROVED), EnumSet.copyOf(java.util.Arrays.stream(PlanStatus.values())
                .filter(PlanStatus::countsAgainstPeriodCaps).toList()));
    }

    @Test
    void planTotalMayNotExceedWhatTheFundCanStillReserve() {
        Plan plan = f.completePlan();
        plan.addActivity(plan.getCampaigns().get(0), f.type("TRADESHOWS"), Set.of("TW"), usd(40_001),
                Map.of(ActivityCatalog.BOOTH_VISITORS, "300"), null);
        assertEquals(List.of(Rule.PLAN_OVER_ALLOCATION), problems(plan));
    }

    @Test
    void activityAmountsMustBeInThePlansCurrency() {
        Plan plan = f.completePlan();
        assertEquals(Rule.CURRENCY_MISMATCH, refused(() -> plan.addActivity(plan.getCampaigns().get(0),
                f.type("TRADESHOWS"), Set.of("TW"), Money.of("10", "EUR"), Map.of(), null)));
    }

    @Test
    void planCannotBeSubmittedWithProblemsAndTheRefusalListsThem() {
        Plan plan = new Plan(f.allocation, "empty");
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> plan.submit(january, f.planContext()));
        assertEquals(Rule.PLAN_INCOMPLETE, e.rule());
        assertEquals(2, e.problems().size());
        assertEquals(PlanStatus.DRAFT, plan.getStatus());
    }

    @Test
    void firstSubmissionClosesAtTheEndOfTheProgramYear() {
        f.completePlan().submit(at("2027-06-30"), f.planContext());
        Plan late = f.completePlan();
        assertEquals(Rule.PLAN_SUBMISSION_CLOSED, refused(() -> late.submit(at("2027-07-01"), f.planContext())));
    }

    @Test
    void resubmissionIsAllowedUpTo90DaysAfterTheYearEnd() {
        Plan plan = f.completePlan();
        plan.submit(at("2027-06-20"), f.planContext());
        plan.requestAction("Add Hong Kong metrics", at("2027-06-25"));
        plan.reopen();
        plan.submit(at("2027-09-28"), f.planContext());
        assertEquals(PlanStatus.SUBMITTED, plan.getStatus());

        Plan tooLate = f.completePlan();
        tooLate.submit(at("2027-06-20"), f.planContext());
        tooLate.requestAction("Fix", at("2027-06-25"));
        tooLate.reopen();
        assertEquals(Rule.PLAN_SUBMISSION_CLOSED, refused(() -> tooLate.submit(at("2027-09-29"), f.planContext())));
    }

    @Test
    void aSubmittedPlanCannotBeEdited() {
        Plan plan = f.completePlan();
        plan.submit(january, f.planContext());
        Campaign campaign = plan.getCampaigns().get(0);
        assertEquals(Rule.NOT_EDITABLE, refused(() -> plan.updateBasics("x", "y")));
        assertEquals(Rule.NOT_EDITABLE, refused(() -> plan.addCampaign("x", "y", Fixtures.CAMPAIGN)));
        assertEquals(Rule.NOT_EDITABLE, refused(() -> plan.removeCampaign(campaign)));
        assertEquals(Rule.NOT_EDITABLE, refused(() -> plan.removeActivity(firstActivity(plan))));
        assertEquals(Rule.NOT_EDITABLE, refused(() -> plan.addActivity(campaign, f.type("TRADESHOWS"),
                Set.of("TW"), usd(1), Map.of(), null)));
    }

    @Test
    void approvalReservesThePlannedTotalInTheFundByDefault() {
        Plan plan = f.approvedPlan();
        assertEquals(PlanStatus.APPROVED, plan.getStatus());
        assertEquals(usd(10_000), plan.getApprovedLimit().orElseThrow());
        assertEquals(usd(10_000), f.allocation.getCommitted());
    }

    @Test
    void approvalWithALimitReservesThatLimit() {
        Plan plan = f.completePlan();
        plan.submit(january, f.planContext());
        plan.approve(usd(8_000), f.allocation, null, january);
        assertEquals(usd(8_000), f.allocation.getCommitted());
    }

    @Test
    void approvalIsRefusedWhenTheFundCannotCoverTheLimit() {
        Plan plan = f.completePlan();
        plan.submit(january, f.planContext());
        f.allocation.commit(usd(45_000));
        assertEquals(Rule.FUNDS_INSUFFICIENT, refused(() -> plan.approve(null, f.allocation, null, january)));
        assertEquals(PlanStatus.SUBMITTED, plan.getStatus());
    }

    @Test
    void decisionCommentsAboveTheLimitAreRefusedBeforeTheFundIsTouched() {
        Plan plan = f.completePlan();
        plan.submit(january, f.planContext());
        String over = "x".repeat(FreeText.COMMENT_MAX_LENGTH + 1);
        assertEquals(Rule.TEXT_TOO_LONG, refused(() -> plan.approve(null, f.allocation, over, january)));
        assertEquals(Rule.TEXT_TOO_LONG, refused(() -> plan.reject(over, january)));
        assertEquals(Rule.TEXT_TOO_LONG, refused(() -> plan.requestAction(over, january)));
        assertEquals(PlanStatus.SUBMITTED, plan.getStatus());
        assertEquals(usd(0), f.allocation.getCommitted());
        plan.approve(null, f.allocation, "x".repeat(FreeText.COMMENT_MAX_LENGTH), january);
        assertEquals(PlanStatus.APPROVED, plan.getStatus());
    }

    @Test
    void theApprovedLimitCanOnlyBeRaised() {
        Plan plan = f.approvedPlan();
        plan.raiseApprovedLimit(usd(12_000), f.allocation);
        assertEquals(usd(12_000), f.allocation.getCommitted());
        assertEquals(Rule.PLAN_APPROVED_LIMIT_INVALID, refused(() -> plan.raiseApprovedLimit(usd(11_000), f.allocation)));
        assertEquals(Rule.ILLEGAL_TRANSITION, refused(() -> f.completePlan().raiseApprovedLimit(usd(1), f.allocation)));
    }

    @Test
    void rejectionAndActionRequestNeedAReason() {
        Plan plan = f.completePlan();
        plan.submit(january, f.planContext());
        assertEquals(Rule.PLAN_REASON_REQUIRED, refused(() -> plan.reject(" ", january)));
        assertEquals(Rule.PLAN_REASON_REQUIRED, refused(() -> plan.requestAction(null, january)));
        plan.reject("Not eligible", january);
        assertEquals("Not eligible", plan.getDecisionComment());
    }

    @Test
    void commentsCanBePinnedToThePlanItsCampaignsAndActivities() {
        Plan plan = f.completePlan();
        assertTrue(plan.hasTarget("plan"));
        assertTrue(plan.hasTarget("campaign:#1"));
        assertTrue(plan.hasTarget(firstActivity(plan).ref()));
        assertEquals(false, plan.hasTarget("campaign:99"));
    }

    // ---- the state machine: every action from every state ----

    private Plan planIn(PlanStatus status) {
        Plan plan = f.completePlan();
        switch (status) {
            case DRAFT -> { }
            case SUBMITTED -> plan.submit(january, f.planContext());
            case UNDER_REVIEW -> { plan.submit(january, f.planContext()); plan.startReview("rita"); }
            case APPROVED -> { plan.submit(january, f.planContext()); plan.approve(null, f.allocation, null, january); }
            case REJECTED -> { plan.submit(january, f.planContext()); plan.reject("no", january); }
            case ACTION_REQUIRED -> { plan.submit(january, f.planContext()); plan.requestAction("fix", january); }
        }
        assertEquals(status, plan.getStatus());
        return plan;
    }

    private Map<String, Consumer<Plan>> actions() {
        return Map.of(
                "submit", p -> p.submit(january, f.planContext()),
                "startReview", p -> p.startReview("rita"),
                "approve", p -> p.approve(null, f.allocation, null, january),
                "reject", p -> p.reject("no", january),
                "requestAction", p -> p.requestAction("fix", january),
                "reopen", Plan::reopen);
    }

    private static Set<String> legal(PlanStatus status) {
        return switch (status) {
            case DRAFT -> Set.of("submit");
            case SUBMITTED -> Set.of("startReview", "approve", "reject", "requestAction");
            case UNDER_REVIEW -> Set.of("approve", "reject", "requestAction");
            case ACTION_REQUIRED -> Set.of("reopen");
            case APPROVED, REJECTED -> Set.of();
        };
    }

    @ParameterizedTest
    @EnumSource(PlanStatus.class)
    void onlyTheListedTransitionsExist(PlanStatus from) {
        for (String name : actions().keySet()) {
            f = new Fixtures();
            var action = Map.entry(name, actions().get(name));
            Plan plan = planIn(from);
            if (legal(from).contains(action.getKey())) {
                action.getValue().accept(plan);
                assertTrue(from.canMoveTo(plan.getStatus()), from + " " + action.getKey());
            } else {
                DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> action.getValue().accept(plan),
                        from + " " + action.getKey());
                assertEquals(Rule.ILLEGAL_TRANSITION, e.rule());
                assertEquals(from, plan.getStatus());
            }
        }
    }

    @Test
    void actionRequiredGoesBackToDraftForEditingAndThenToSubmitted() {
        Plan plan = planIn(PlanStatus.ACTION_REQUIRED);
        plan.reopen();
        plan.updateBasics("v2", "better objective");
        plan.submit(january, f.planContext());
        assertEquals(PlanStatus.SUBMITTED, plan.getStatus());
        assertEquals(EnumSet.of(PlanStatus.DRAFT), PlanStatus.ACTION_REQUIRED.next());
    }
}
