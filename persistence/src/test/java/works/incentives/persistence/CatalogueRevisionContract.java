package works.incentives.persistence;

import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;
import works.incentives.domain.audit.HistoryEntry;
import works.incentives.domain.fund.AllocationService.AdjustAllocation;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.program.ActivityCategory;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramCommands.DefineActivityType;
import works.incentives.domain.program.ProgramCommands.EditActivityType;
import works.incentives.domain.program.ProgramCommands.EvidenceRequirementData;
import works.incentives.domain.program.ProgramCommands.MetricData;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The versioned catalogue and allocation adjustments on every database (issue 10, item 6),
 * through the services as the admin screens call them: an edit after a plan was submitted adds a
 * revision that only new plans and drafts get; an edit of a revision no plan was checked against
 * changes it in place; a stale edit is refused; adjustments land in the history.
 */
abstract class CatalogueRevisionContract {

    abstract TestDatabase db();

    private final ServiceFlowContract flows = new ServiceFlowContract() {
        @Override
        TestDatabase db() {
            return CatalogueRevisionContract.this.db();
        }
    };
    private final Actor admin = flows.admin;

    private <T> T call(Function<ServiceFlowContract.Services, T> work) {
        return flows.call(work);
    }

    private ActivityTypeView ads(ServiceFlowContract.Setup setup) {
        return call(s -> s.programs().listActivityTypes(setup.programId())).stream()
                .filter(t -> t.code().equals("DIGITAL_ADVERTISING")).findFirst().orElseThrow();
    }

    private static DefineActivityType withPeriodCap(ActivityTypeView t, String cap) {
        return new DefineActivityType(0, t.code(), t.category(), t.guidanceUrl(), t.evidence(), t.metrics(),
                t.perClaimCap(), new BigDecimal(cap), t.earnedSharePercent(), t.earnedShareFloor(), t.perPersonCap(),
                t.maxPersons(), t.alcoholExcluded(), t.displayName(), t.displayNameZh(), t.metricNames());
    }

    @Test
    void anEditAfterASubmissionAddsARevisionThatOnlyNewPlansGet() {
        ServiceFlowContract.Setup setup = flows.setup(true, 50_000);
        Actor partner = Actor.partnerAdmin("ann", setup.partnerId());
        PlanView submitted = flows.draftPlan(setup, partner, 10_000);
        call(s -> s.plans().submit(submitted.id(), partner));
        ActivityTypeView first = ads(setup);

        ActivityTypeView second = call(s -> s.programs().editActivityType(
                new EditActivityType(first.id(), first.version(), withPeriodCap(first, "8000")), admin));

        assertNotEquals(first.id(), second.id());
        assertEquals(2, second.revision());
        assertNotNull(second.revisedAt());
        assertEquals(List.of(second.id()), call(s -> s.programs().listActivityTypes(setup.programId())).stream()
                .filter(t -> t.code().equals("DIGITAL_ADVERTISING")).map(ActivityTypeView::id).toList(),
                "the catalogue lists the current revision only");
        ActivityTypeView retired = call(s -> s.programs().getActivityType(first.id()));
        assertTrue(retired.retired());
        assertEquals(null, retired.perPeriodCap(), "the old revision keeps its rules");

        List<ActivityTypeView> applies = call(s -> s.plans().catalogueOf(submitted.id(), flows.rita));
        assertEquals(List.of(first.id()), applies.stream().map(ActivityTypeView::id).toList(),
                "the submitted plan is checked against the revision it was submitted with");
        assertEquals(List.of(), call(s -> s.plans().check(submitted.id(), flows.rita)));
    }

    @Test
    void aDraftMovesToTheNewRevisionWhenSavedAndIsCheckedAgainstIt() {
        ServiceFlowContract.Setup setup = flows.setup(true, 50_000);
        Actor partner = Actor.partnerAdmin("ann", setup.partnerId());
        PlanView submitted = flows.draftPlan(setup, partner, 10_000);
        call(s -> s.plans().submit(submitted.id(), partner));
        ActivityTypeView first = ads(setup);
        ActivityTypeView second = call(s -> s.programs().editActivityType(
                new EditActivityType(first.id(), first.version(), withPeriodCap(first, "8000")), admin));

        call(s -> s.plans().startReview(submitted.id(), flows.rita));
        call(s -> s.plans().requestAction(submitted.id(), "Split the budget", null, flows.rita));
        PlanView reopened = call(s -> s.plans().reopenForEdit(submitted.id(), partner));
        var activity = reopened.campaigns().get(0).activities().get(0);
        PlanView saved = call(s -> s.plans().updateActivity(reopened.id(), activity.id(),
                new works.incentives.domain.plan.PlanCommands.ActivityData(activity.activityTypeId(),
                        activity.countries(), new BigDecimal("9000"), activity.plannedMetrics(), "Edited"), partner));

        assertEquals(second.id(), saved.campaigns().get(0).activities().get(0).activityTypeId());
        assertEquals(List.of(Rule.PLAN_OVER_PERIOD_CAP), call(s -> s.plans().check(saved.id(), partner)).stream()
                .map(p -> p.rule()).toList(), "USD 9,000 is over the new revision's USD 8,000 cap");
    }

    @Test
    void anEditNoSubmittedPlanWasCheckedAgainstChangesTheRevisionInPlace() {
        ServiceFlowContract.Setup setup = flows.setup(true, 50_000);
        flows.draftPlan(setup, Actor.partnerAdmin("ann", setup.partnerId()), 10_000);
        ActivityTypeView first = ads(setup);
        ActivityTypeView edited = call(s -> s.programs().editActivityType(
                new EditActivityType(first.id(), first.version(), withPeriodCap(first, "8000")), admin));
        assertEquals(first.id(), edited.id());
        assertEquals(1, edited.revision());
        assertNotNull(edited.revisedAt());
        assertEquals(0, new BigDecimal("8000").compareTo(edited.perPeriodCap()));
    }

    @Test
    void anEditOfAVersionSomeoneElseChangedIsRefused() {
        ServiceFlowContract.Setup setup = flows.setup(true, 50_000);
        ActivityTypeView first = ads(setup);
        call(s -> s.programs().editActivityType(new EditActivityType(first.id(), first.version(),
                withPeriodCap(first, "8000")), admin));
        assertThrows(OptimisticLockException.class, () -> call(s -> s.programs().editActivityType(
                new EditActivityType(first.id(), first.version(), withPeriodCap(first, "7000")), admin)));
        assertThrows(OptimisticLockException.class, () -> call(s -> s.programs().deactivateActivityType(
                first.id(), first.version(), admin)));
        assertEquals(0, new BigDecimal("8000").compareTo(ads(setup).perPeriodCap()));
    }

    @Test
    void aDeactivatedTypeIsRefusedForNewActivitiesButKeptByExistingOnes() {
        ServiceFlowContract.Setup setup = flows.setup(true, 50_000);
        Actor partner = Actor.partnerAdmin("ann", setup.partnerId());
        PlanView draft = flows.draftPlan(setup, partner, 10_000);
        ActivityTypeView first = ads(setup);
        ActivityTypeView off = call(s -> s.programs().deactivateActivityType(first.id(), first.version(), admin));
        assertFalse(off.active());
        long campaignId = draft.campaigns().get(0).id();
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> call(s -> s.plans().addActivity(
                draft.id(), campaignId, new works.incentives.domain.plan.PlanCommands.ActivityData(first.id(),
                        java.util.Set.of("TW"), new BigDecimal("100"), java.util.Map.of(), null), partner)));
        assertEquals(Rule.PLAN_ACTIVITY_TYPE_DEACTIVATED, refused.rule());
        assertEquals(List.of(Rule.PLAN_ACTIVITY_TYPE_DEACTIVATED), call(s -> s.plans().check(draft.id(), partner))
                .stream().map(p -> p.rule()).toList());
        ActivityTypeView on = call(s -> s.programs().activateActivityType(off.id(), off.version(), admin));
        assertTrue(on.active());
    }

    @Test
    void namesInBothLanguagesAreStored() {
        ServiceFlowContract.Setup setup = flows.setup(true, 50_000);
        ActivityTypeView defined = call(s -> s.programs().defineActivityType(new DefineActivityType(setup.programId(),
                "PODCAST_SPONSORSHIP", ActivityCategory.DEMAND_GENERATION, null,
                List.of(new EvidenceRequirementData("EPISODE_LINK", "Link to the episode", "https://pod.example/42",
                        true, "節目連結", "https://pod.example/42")),
                List.of("DOWNLOADS"), null, null, null, null, null, null, false, "Podcast sponsorship", "Podcast 贊助",
                List.of(new MetricData("DOWNLOADS", "Downloads", "下載次數"))), admin));
        ActivityTypeView stored = call(s -> s.programs().getActivityType(defined.id()));
        assertEquals("Podcast 贊助", stored.displayNameZh());
        assertEquals("節目連結", stored.evidence().get(0).descriptionZh());
        assertEquals(List.of(new MetricData("DOWNLOADS", "Downloads", "下載次數")), stored.metricNames());
        assertEquals("下載次數", stored.metricName("DOWNLOADS").nameZh());
    }

    @Test
    void anAdjustmentIsRecordedWithItsReasonAndNeverLeavesTheFundOverspent() {
        ServiceFlowContract.Setup setup = flows.setup(true, 50_000);
        AllocationView before = call(s -> s.allocations().get(setup.allocation().id(), admin));
        AllocationView adjusted = call(s -> s.allocations().adjust(new AdjustAllocation(before.id(), before.version(),
                new BigDecimal("-5000"), "Revenue restated after a return"), admin));
        assertEquals(0, new BigDecimal("45000").compareTo(adjusted.allocated()));
        AllocationView after = call(s -> s.allocations().get(before.id(), admin));
        assertEquals(0, new BigDecimal("45000").compareTo(after.allocated()));
        var entries = db().inTransaction(em -> new JpaHistoryRepository(em)
                .findBySubject(HistoryEntry.SubjectType.ALLOCATION, before.id()));
        assertTrue(entries.stream().anyMatch(e -> "ADJUSTED".equals(e.getAction())
                && e.getDetails().contains("Revenue restated after a return")), entries.toString());
        assertThrows(OptimisticLockException.class, () -> call(s -> s.allocations().adjust(new AdjustAllocation(
                before.id(), before.version(), new BigDecimal("100"), "stale"), admin)));
        DomainRuleViolation tooMuch = assertThrows(DomainRuleViolation.class, () -> call(s -> s.allocations().adjust(
                new AdjustAllocation(after.id(), after.version(), new BigDecimal("-45001"), "all"), admin)));
        assertEquals(Rule.ALLOCATION_ADJUSTMENT_NEGATIVE, tooMuch.rule());
    }

    @Test
    void aProgramIsEditedOnTheVersionSeenAndAClosedOneTakesNoNewPlans() {
        ServiceFlowContract.Setup setup = flows.setup(true, 50_000);
        var shown = call(s -> s.programs().getProgram(setup.programId()));
        var edited = call(s -> s.programs().updateProgram(new works.incentives.domain.program.ProgramCommands
                .UpdateProgram(shown.id(), shown.version(), "Renamed co-op", false, 60, null, null, null,
                new BigDecimal("2000"), null), admin));
        var stored = call(s -> s.programs().getProgram(setup.programId()));
        assertEquals("Renamed co-op", stored.name());
        assertFalse(stored.planPreApprovalRequired());
        assertEquals(60, stored.claimDeadlineDays());
        assertEquals(90, stored.planResubmissionDays(), "a rule left empty keeps its value");
        assertThrows(OptimisticLockException.class, () -> call(s -> s.programs().updateProgram(
                new works.incentives.domain.program.ProgramCommands.UpdateProgram(shown.id(), shown.version(),
                        "Stale", true, null, null, null, null, null, null), admin)));

        call(s -> s.programs().setProgramActive(stored.id(), stored.version(), false, admin));
        Actor partner = Actor.partnerAdmin("ann", setup.partnerId());
        DomainRuleViolation closed = assertThrows(DomainRuleViolation.class, () -> call(s -> s.plans().createDraft(
                new works.incentives.domain.plan.PlanCommands.CreatePlan(setup.allocation().id(), "Late plan"), partner)));
        assertEquals(Rule.PROGRAM_INACTIVE, closed.rule());
        assertFalse(call(s -> s.programs().getProgram(setup.programId())).active());
        assertEquals("Renamed co-op", edited.name());
    }
}
