package works.incentives.domain.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import works.incentives.domain.access.AllowedRoles;
import works.incentives.domain.shared.Role;
import works.incentives.domain.audit.HistoryEntry;
import works.incentives.domain.audit.HistoryRepository;
import works.incentives.domain.audit.HistoryView;
import works.incentives.domain.fund.FundAllocation;
import works.incentives.domain.fund.FundAllocationRepository;
import works.incentives.domain.notification.Notification;
import works.incentives.domain.notification.Notifier;
import works.incentives.domain.plan.PlanCommands.ActivityData;
import works.incentives.domain.plan.PlanCommands.CampaignData;
import works.incentives.domain.plan.PlanCommands.CreatePlan;
import works.incentives.domain.plan.PlanCommands.PlanBasics;
import works.incentives.domain.plan.PlanCommands.PlanRow;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.program.ActivityType;
import works.incentives.domain.program.FundingPeriod;
import works.incentives.domain.program.Program;
import works.incentives.domain.program.ProgramRepository;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DateRange;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.FreeText;
import works.incentives.domain.shared.Money;
import works.incentives.domain.shared.Permissions;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plan wizard's and plan reviewers' use cases. Each method loads the plan, asks it to do the
 * thing (the rules are in {@link Plan}), saves it, writes the history and returns a view.
 * Partner-side actors reach only their own partner's plans.
 */
@ApplicationScoped
@Transactional
@AllowedRoles({Role.INCENTIVES_USER, Role.INCENTIVES_ADMIN, Role.PROGRAM_ADMIN, Role.REVIEWER})
public class PlanService {

    /** The old decision signatures decide on whatever version is stored (no conflict check). */
    private static final long ANY_VERSION = -1;

    private PlanRepository plans;
    private FundAllocationRepository allocations;
    private ProgramRepository programs;
    private HistoryRepository history;
    private Clock clock;
    private Notifier notifier;

    protected PlanService() {
        // for CDI proxies
    }

    @Inject
    public PlanService(PlanRepository plans, FundAllocationRepository allocations, ProgramRepository programs,
                       HistoryRepository history, Clock clock) {
        this.plans = plans;
        this.allocations = allocations;
        this.programs = programs;
        this.history = history;
        this.clock = clock;
    }

    /** Notifications are written with the history, in the same transaction (tests without it notify nobody). */
    @Inject
    public void setNotifier(Notifier notifier) {
        this.notifier = notifier;
    }

    /**
     * Starts a draft for a fund; refused when the partner already has a plan for it (one per fund and
     * period) and when the fund's period no longer takes new plans (deactivated, usage period or claim window over).
     */
    public PlanView createDraft(CreatePlan command, Actor actor) {
        Permissions.require(actor, "createPlan", Permissions.PARTNER);
        FundAllocation allocation = allocations.findById(command.allocationId())
                .orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "allocation", command.allocationId()));
        Permissions.requireVisible(actor, allocation.getPartnerId(), "allocation", command.allocationId());
        programs.findById(allocation.getProgramId()).filter(p -> !p.isActive()).ifPresent(p -> {
            throw new DomainRuleViolation(Rule.PROGRAM_INACTIVE, p.getName());
        });
        if (plans.findByPartnerProgramAllocationPeriod(allocation.getPartnerId(), allocation.getProgramId(),
                allocation.getId(), allocation.getFundingPeriodId()).isPresent()) {
            throw new DomainRuleViolation(Rule.PLAN_DUPLICATE);
        }
        FundingPeriod period = programs.findPeriodById(allocation.getFundingPeriodId()).orElseThrow();
        if (!period.openForNewPlans(java.time.LocalDate.now(clock))) {
            throw new DomainRuleViolation(Rule.PERIOD_CLOSED_FOR_NEW_PLANS, period.getName());
        }
        Plan plan = plans.save(new Plan(allocation, command.title()));
        record(plan, "CREATED", null, actor, null, null);
        return PlanView.of(plan);
    }

    /**
     * The partner's plan for a fund, if it has one (one plan per fund and period), so the wizard can
     * link to it instead of refusing a second plan after the partner chose the fund.
     */
    public java.util.Optional<PlanRow> planForFund(long allocationId, Actor actor) {
        FundAllocation allocation = allocations.findById(allocationId)
                .orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "allocation", allocationId));
        Permissions.requireVisible(actor, allocation.getPartnerId(), "allocation", allocationId);
        return plans.findByPartnerProgramAllocationPeriod(allocation.getPartnerId(), allocation.getProgramId(),
                allocation.getId(), allocation.getFundingPeriodId()).map(PlanRow::of);
    }

    public PlanView get(long planId, Actor actor) {
        return PlanView.of(plan(planId, actor));
    }

    /** Wizard step "basics": title and objective (DRAFT only). */
    public PlanView updateBasics(long planId, PlanBasics basics, Actor actor) {
        Permissions.require(actor, "editPlan", Permissions.PARTNER);
        Plan plan = plan(planId, actor);
        plan.updateBasics(basics.title(), basics.objective());
        return PlanView.of(plans.save(plan));
    }

    public PlanView addCampaign(long planId, CampaignData data, Actor actor) {
        Permissions.require(actor, "editPlan", Permissions.PARTNER);
        Plan plan = plan(planId, actor);
        plan.addCampaign(data.name(), data.objective(), DateRange.of(data.start(), data.end()));
        return PlanView.of(plans.save(plan));
    }

    public PlanView updateCampaign(long planId, long campaignId, CampaignData data, Actor actor) {
        Permissions.require(actor, "editPlan", Permissions.PARTNER);
        Plan plan = plan(planId, actor);
        plan.updateCampaign(campaign(plan, campaignId), data.name(), data.objective(),
                DateRange.of(data.start(), data.end()));
        return PlanView.of(plans.save(plan));
    }

    public PlanView removeCampaign(long planId, long campaignId, Actor actor) {
        Permissions.require(actor, "editPlan", Permissions.PARTNER);
        Plan plan = plan(planId, actor);
        plan.removeCampaign(campaign(plan, campaignId));
        return PlanView.of(plans.save(plan));
    }

    public PlanView addActivity(long planId, long campaignId, ActivityData data, Actor actor) {
        Permissions.require(actor, "editPlan", Permissions.PARTNER);
        Plan plan = plan(planId, actor);
        Map<String, ActivityType> current = currentCatalogue(plan); // read before the plan changes (no early flush)
        ActivityType type = activityType(plan, data.activityTypeId());
        plan.addActivity(campaign(plan, campaignId), type, data.countries(),
                Money.of(data.plannedAmount(), plan.getCurrency()), data.plannedMetrics(), data.description());
        plan.moveToCurrentCatalogue(current);
        return PlanView.of(plans.save(plan));
    }

    public PlanView updateActivity(long planId, long activityId, ActivityData data, Actor actor) {
        Permissions.require(actor, "editPlan", Permissions.PARTNER);
        Plan plan = plan(planId, actor);
        Map<String, ActivityType> current = currentCatalogue(plan); // read before the plan changes (no early flush)
        ActivityType type = activityType(plan, data.activityTypeId());
        plan.updateActivity(activity(plan, activityId), type, data.countries(),
                Money.of(data.plannedAmount(), plan.getCurrency()), data.plannedMetrics(), data.description());
        plan.moveToCurrentCatalogue(current);
        return PlanView.of(plans.save(plan));
    }

    public PlanView removeActivity(long planId, long activityId, Actor actor) {
        Permissions.require(actor, "editPlan", Permissions.PARTNER);
        Plan plan = plan(planId, actor);
        plan.removeActivity(activity(plan, activityId));
        return PlanView.of(plans.save(plan));
    }

    // ---- the plan wizard's saves on the plan as the partner saw it ----
    // Each refuses with an OptimisticLockException, before anything changes, when the plan is no
    // longer at expectedVersion: the same draft was saved meanwhile in another tab or by a colleague.
    // Every save moves the version on (the repository forces it, also for campaign and activity
    // edits), so no edit is silently overwritten.

    /** {@link #updateBasics(long, PlanBasics, Actor)} on the plan as the partner saw it. */
    public PlanView updateBasics(long planId, long expectedVersion, PlanBasics basics, Actor actor) {
        plan(planId, expectedVersion, actor);
        return updateBasics(planId, basics, actor);
    }

    /** {@link #addCampaign(long, CampaignData, Actor)} on the plan as the partner saw it. */
    public PlanView addCampaign(long planId, long expectedVersion, CampaignData data, Actor actor) {
        plan(planId, expectedVersion, actor);
        return addCampaign(planId, data, actor);
    }

    /** {@link #updateCampaign(long, long, CampaignData, Actor)} on the plan as the partner saw it. */
    public PlanView updateCampaign(long planId, long expectedVersion, long campaignId, CampaignData data, Actor actor) {
        plan(planId, expectedVersion, actor);
        return updateCampaign(planId, campaignId, data, actor);
    }

    /** {@link #removeCampaign(long, long, Actor)} on the plan as the partner saw it. */
    public PlanView removeCampaign(long planId, long expectedVersion, long campaignId, Actor actor) {
        plan(planId, expectedVersion, actor);
        return removeCampaign(planId, campaignId, actor);
    }

    /** {@link #addActivity(long, long, ActivityData, Actor)} on the plan as the partner saw it. */
    public PlanView addActivity(long planId, long expectedVersion, long campaignId, ActivityData data, Actor actor) {
        plan(planId, expectedVersion, actor);
        return addActivity(planId, campaignId, data, actor);
    }

    /** {@link #updateActivity(long, long, ActivityData, Actor)} on the plan as the partner saw it. */
    public PlanView updateActivity(long planId, long expectedVersion, long activityId, ActivityData data, Actor actor) {
        plan(planId, expectedVersion, actor);
        return updateActivity(planId, activityId, data, actor);
    }

    /** {@link #removeActivity(long, long, Actor)} on the plan as the partner saw it. */
    public PlanView removeActivity(long planId, long expectedVersion, long activityId, Actor actor) {
        plan(planId, expectedVersion, actor);
        return removeActivity(planId, activityId, actor);
    }

    /** {@link #submit(long, Actor)} of the plan as the partner saw it: what was checked is what is submitted. */
    public PlanView submit(long planId, long expectedVersion, Actor actor) {
        plan(planId, expectedVersion, actor);
        return submit(planId, actor);
    }

    /** Everything that still blocks submission, for the wizard's checklist. */
    public List<Problem> check(long planId, Actor actor) {
        Plan plan = plan(planId, actor);
        return plan.check(context(plan, allocations.findById(plan.getAllocationId()).orElseThrow()));
    }

    /** Submits (partner admins); refused with every problem while {@link Plan#check} finds any, or after the window. */
    public PlanView submit(long planId, Actor actor) {
        Permissions.require(actor, "submitPlan", Permissions.PARTNER_ADMIN);
        Plan plan = plan(planId, actor);
        PlanStatus from = plan.getStatus();
        // read before the plan changes: a draft is checked against today's catalogue, which it moves to
        Map<String, ActivityType> current = currentCatalogue(plan);
        PlanContext context = context(plan, allocations.findById(plan.getAllocationId()).orElseThrow());
        if (from == PlanStatus.DRAFT) {
            plan.moveToCurrentCatalogue(current);
        }
        plan.submit(clock, context);
        return saveAndRecord(plan, "SUBMITTED", from, actor, null, null);
    }

    /**
     * An incentives user hands a complete draft to the partner's admins, who alone may submit: it is
     * recorded in the history and the admins are notified. Refused while the checklist finds problems.
     */
    public PlanView requestSubmission(long planId, Actor actor) {
        Permissions.require(actor, "requestSubmission", Role.INCENTIVES_USER);
        Plan plan = plan(planId, actor);
        if (plan.getStatus() != PlanStatus.DRAFT) {
            throw new DomainRuleViolation(Rule.ILLEGAL_TRANSITION, "plan", plan.getStatus(), "requestSubmission");
        }
        if (!check(planId, actor).isEmpty()) {
            throw new DomainRuleViolation(Rule.SUBMISSION_REQUEST_INCOMPLETE);
        }
        record(plan, "SUBMISSION_REQUESTED", plan.getStatus(), actor, null, null);
        return PlanView.of(plan);
    }

    public PlanView startReview(long planId, Actor actor) {
        return startReview(planId, ANY_VERSION, actor);
    }

    /**
     * Like {@link #startReview(long, Actor)}, refused with an {@link OptimisticLockException} when the
     * plan is no longer at {@code expectedVersion}: the reviewer decided on a screen someone else has
     * since changed. The same holds for every decision overload taking an expected version.
     */
    public PlanView startReview(long planId, long expectedVersion, Actor actor) {
        Permissions.require(actor, "reviewPlan", Permissions.REVIEWER);
        Plan plan = plan(planId, expectedVersion, actor);
        PlanStatus from = plan.getStatus();
        plan.startReview(actor.userName());
        return saveAndRecord(plan, "REVIEW_STARTED", from, actor, null, null);
    }

    /**
     * Approves with an optional limit (default: the planned total) and reserves it in the fund
     * under a row lock, so approvals racing for the same fund cannot over-commit it.
     */
    public PlanView approve(long planId, BigDecimal approvedLimit, String comment, Actor actor) {
        return approve(planId, ANY_VERSION, approvedLimit, comment, actor);
    }

    /** {@link #approve(long, BigDecimal, String, Actor)} of the plan as the reviewer saw it. */
    public PlanView approve(long planId, long expectedVersion, BigDecimal approvedLimit, String comment, Actor actor) {
        Permissions.require(actor, "approvePlan", Permissions.REVIEWER);
        Plan plan = plan(planId, expectedVersion, actor);
        FundAllocation allocation = lockedAllocation(plan);
        PlanStatus from = plan.getStatus();
        plan.approve(approvedLimit == null ? null : Money.of(approvedLimit, plan.getCurrency()), allocation, comment, clock);
        allocations.save(allocation);
        return saveAndRecord(plan, "APPROVED", from, actor, null,
                "approved limit " + plan.getApprovedLimit().orElseThrow() + (comment == null ? "" : ": " + comment));
    }

    /** Raises an approved plan's limit and reserves the difference (DOMAIN.md: "it can be raised"). */
    public PlanView raiseApprovedLimit(long planId, BigDecimal newLimit, Actor actor) {
        return raiseApprovedLimit(planId, ANY_VERSION, newLimit, actor);
    }

    /** {@link #raiseApprovedLimit(long, BigDecimal, Actor)} of the plan as the reviewer saw it. */
    public PlanView raiseApprovedLimit(long planId, long expectedVersion, BigDecimal newLimit, Actor actor) {
        Permissions.require(actor, "raiseLimit", Permissions.REVIEWER);
        Plan plan = plan(planId, expectedVersion, actor);
        FundAllocation allocation = lockedAllocation(plan);
        plan.raiseApprovedLimit(Money.of(newLimit, plan.getCurrency()), allocation);
        allocations.save(allocation);
        return saveAndRecord(plan, "LIMIT_RAISED", plan.getStatus(), actor, null, "to " + newLimit);
    }

    public PlanView reject(long planId, String reason, Actor actor) {
        return reject(planId, ANY_VERSION, reason, actor);
    }

    /** {@link #reject(long, String, Actor)} of the plan as the reviewer saw it. */
    public PlanView reject(long planId, long expectedVersion, String reason, Actor actor) {
        Permissions.require(actor, "rejectPlan", Permissions.REVIEWER);
        Plan plan = plan(planId, expectedVersion, actor);
        PlanStatus from = plan.getStatus();
        plan.reject(reason, clock);
        return saveAndRecord(plan, "REJECTED", from, actor, null, reason);
    }

    /** Sends the plan back to the partner; {@code concerns} may pin the request to a campaign or activity. */
    public PlanView requestAction(long planId, String comment, String concerns, Actor actor) {
        return requestAction(planId, ANY_VERSION, comment, concerns, actor);
    }

    /** {@link #requestAction(long, String, String, Actor)} on the plan as the reviewer saw it. */
    public PlanView requestAction(long planId, long expectedVersion, String comment, String concerns, Actor actor) {
        Permissions.require(actor, "requestAction", Permissions.REVIEWER);
        Plan plan = plan(planId, expectedVersion, actor);
        requireTarget(plan, concerns);
        PlanStatus from = plan.getStatus();
        plan.requestAction(comment, clock);
        return saveAndRecord(plan, "ACTION_REQUESTED", from, actor, concerns, comment);
    }

    /** ACTION_REQUIRED back to DRAFT so the partner can edit and resubmit. */
    public PlanView reopenForEdit(long planId, Actor actor) {
        Permissions.require(actor, "reopenPlan", Permissions.PARTNER);
        Plan plan = plan(planId, actor);
        PlanStatus from = plan.getStatus();
        plan.reopen();
        return saveAndRecord(plan, "REOPENED", from, actor, null, null);
    }

    /**
     * A comment of the partner's users or of a reviewer or program admin, pinned to "plan",
     * "campaign:ID" or "activity:ID", kept in the history between the plan's other events. Only the
     * plan's parties may comment (anyone else is told it does not exist); an empty, too long or
     * misplaced comment is refused before anything is stored. The plan itself does not change, so
     * a comment never conflicts with a decision or an edit made meanwhile.
     */
    public HistoryView comment(long planId, String concerns, String text, Actor actor) {
        Plan plan = plan(planId, actor);
        String comment = FreeText.requiredComment(text);
        requireTarget(plan, concerns);
        return HistoryView.of(record(plan, "COMMENTED", plan.getStatus(), actor, concerns == null ? "plan" : concerns,
                comment));
    }

    public List<HistoryView> history(long planId, Actor actor) {
        plan(planId, actor);
        return history.findBySubject(HistoryEntry.SubjectType.PLAN, planId).stream().map(HistoryView::of).toList();
    }

    /** A page of plans; partner-side actors are always limited to their own partner. */
    public List<PlanRow> findPlans(PlanQuery filter, int offset, int limit, Actor actor) {
        return scoped(filter, actor).map(f -> plans.findPlanRows(f, offset, limit))
                .orElse(List.of());
    }

    public long countPlans(PlanQuery filter, Actor actor) {
        return scoped(filter, actor).map(plans::countPlans).orElse(0L);
    }

    /**
     * For a partner admin's home: the draft plans colleagues handed over for submission (latest
     * first, at most {@code limit}); nothing for anyone else, since only partner admins submit.
     */
    public List<works.incentives.domain.audit.SubmissionRequest> awaitingSubmission(int limit, Actor actor) {
        if (actor.role() != Role.INCENTIVES_ADMIN) {
            return List.of();
        }
        return history.findSubmissionRequests(HistoryEntry.SubjectType.PLAN, actor.partnerId(),
                Set.of(PlanStatus.DRAFT), limit);
    }

    /** The queue's status tabs: how many plans match the filter in each status (the filter's statuses ignored). */
    public Map<PlanStatus, Long> countPlansByStatus(PlanQuery filter, Actor actor) {
        Map<PlanStatus, Long> counts = new java.util.EnumMap<>(PlanStatus.class);
        counts.putAll(plans.countPlansByStatus(scoped(filter.withStatuses(null), actor).orElseThrow()));
        if (!actor.role().isPartnerSide()) {
            counts.remove(PlanStatus.DRAFT);
        }
        return counts;
    }

    /**
     * Partner-side actors see their own partner's plans; the vendor side never sees drafts (the
     * statuses asked for less DRAFT; nothing when only DRAFT was asked for).
     */
    private static Optional<PlanQuery> scoped(PlanQuery filter, Actor actor) {
        if (actor.role().isPartnerSide()) {
            return Optional.of(filter.withPartner(actor.partnerId()));
        }
        java.util.EnumSet<PlanStatus> statuses = filter.statuses().isEmpty() ? java.util.EnumSet.allOf(PlanStatus.class)
                : java.util.EnumSet.copyOf(filter.statuses());
        statuses.remove(PlanStatus.DRAFT);
        return statuses.isEmpty() ? Optional.empty() : Optional.of(filter.withStatuses(statuses));
    }

    /**
     * The catalogue revisions the plan's activities are checked against, one per type code, for
     * the review page ("catalogue revision 2, changed ..."): a draft's are today's, a submitted
     * plan's are those it was checked against.
     */
    public List<works.incentives.domain.program.ProgramCommands.ActivityTypeView> catalogueOf(long planId, Actor actor) {
        Plan plan = plan(planId, actor);
        Set<String> used = new java.util.HashSet<>();
        plan.getCampaigns().forEach(c -> c.getActivities().forEach(a -> used.add(a.getActivityTypeCode())));
        return catalogueFor(plan).stream().filter(t -> used.contains(t.getCode()))
                .map(works.incentives.domain.program.ProgramCommands.ActivityTypeView::of).toList();
    }

    /**
     * What is left of each capped activity type's per-period cap for one activity of the plan, by
     * type code ({@link Plan#periodCapLeft}: the cap minus the partner's other counting plans for the
     * period and the plan's other activities of the code). {@code activityId} is the activity being
     * edited, or null for a new one. Types without a period cap are absent. The wizard shows it while
     * the amount is typed; {@link #check} and {@link #submit} hold the same rule.
     */
    public Map<String, BigDecimal> periodCapLeft(long planId, Long activityId, Actor actor) {
        Plan plan = plan(planId, actor);
        Activity editing = activityId == null ? null : activity(plan, activityId);
        PlanContext context = context(plan, allocations.findById(plan.getAllocationId()).orElseThrow());
        Map<String, BigDecimal> left = new java.util.TreeMap<>();
        context.catalogue().values().forEach(type -> plan.periodCapLeft(type, editing, context)
                .ifPresent(room -> left.put(type.getCode(), room.amount())));
        return left;
    }

    private PlanContext context(Plan plan, FundAllocation allocation) {
        Program program = programs.findById(plan.getProgramId()).orElseThrow();
        FundingPeriod period = programs.findPeriodById(plan.getFundingPeriodId()).orElseThrow();
        return PlanContext.of(program, period, allocation, catalogueFor(plan),
                plans.plannedPerActivityType(plan.getPartnerId(), plan.getProgramId(), plan.getFundingPeriodId(),
                        plan.getId(), plan.getCurrency()));
    }

    /** A draft's rules are today's catalogue; a submitted plan's are the revisions it was checked against. */
    private List<ActivityType> catalogueFor(Plan plan) {
        List<ActivityType> current = programs.findActivityTypes(plan.getProgramId());
        if (plan.getStatus() == PlanStatus.DRAFT) {
            return current;
        }
        Map<String, ActivityType> byCode = new java.util.LinkedHashMap<>();
        current.forEach(t -> byCode.put(t.getCode(), t));
        plan.activityTypeIds().forEach(id -> programs.findActivityTypeById(id).ifPresent(t -> byCode.put(t.getCode(), t)));
        return List.copyOf(byCode.values());
    }

    private Map<String, ActivityType> currentCatalogue(Plan plan) {
        Map<String, ActivityType> byCode = new java.util.HashMap<>();
        programs.findActivityTypes(plan.getProgramId()).forEach(t -> byCode.put(t.getCode(), t));
        return byCode;
    }

    private FundAllocation lockedAllocation(Plan plan) {
        return allocations.findByIdForUpdate(plan.getAllocationId()).orElseThrow();
    }

    private Plan plan(long planId, Actor actor) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "plan", planId));
        Permissions.requireVisible(actor, plan.getPartnerId(), plan.getFirstSubmittedAt() != null, "plan", planId);
        return plan;
    }

    /** The plan, refused before anything changes when it is no longer the version the caller decided on. */
    private Plan plan(long planId, long expectedVersion, Actor actor) {
        Plan plan = plan(planId, actor);
        if (expectedVersion != ANY_VERSION && plan.getVersion() != expectedVersion) {
            throw new OptimisticLockException("plan " + planId + " is at version " + plan.getVersion()
                    + ", not " + expectedVersion + ": changed by someone else");
        }
        return plan;
    }

    private static Campaign campaign(Plan plan, long campaignId) {
        return plan.findCampaign(campaignId)
                .orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "campaign", campaignId));
    }

    private static Activity activity(Plan plan, long activityId) {
        return plan.findActivity(activityId)
                .orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "activity", activityId));
    }

    private ActivityType activityType(Plan plan, long typeId) {
        ActivityType type = programs.findActivityTypeById(typeId)
                .orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "activityType", typeId));
        if (!type.getProgram().getId().equals(plan.getProgramId())) {
            throw new DomainRuleViolation(Rule.PLAN_ACTIVITY_TYPE_UNKNOWN, type.name());
        }
        if (type.isRetired()) {
            // the wizard offered a revision replaced meanwhile: today's revision of the same type applies
            type = currentCatalogue(plan).getOrDefault(type.getCode(), type);
        }
        if (!type.isActive()) {
            throw new DomainRuleViolation(Rule.PLAN_ACTIVITY_TYPE_DEACTIVATED, type.name());
        }
        return type;
    }

    private static void requireTarget(Plan plan, String concerns) {
        if (concerns != null && !plan.hasTarget(concerns)) {
            throw new DomainRuleViolation(Rule.PLAN_COMMENT_TARGET_UNKNOWN, concerns);
        }
    }

    private PlanView saveAndRecord(Plan plan, String action, PlanStatus from, Actor actor, String concerns,
                                   String details) {
        Plan saved = plans.save(plan);
        record(saved, action, from, actor, concerns, details);
        return PlanView.of(saved);
    }

    private HistoryEntry record(Plan plan, String action, PlanStatus from, Actor actor, String concerns,
                                String details) {
        HistoryEntry entry = new HistoryEntry(HistoryEntry.SubjectType.PLAN, plan.getId(), plan.getPartnerId(), action,
                from == null ? null : from.name(), plan.getStatus().name(), actor, clock.instant(), concerns, details);
        history.append(entry);
        if (notifier != null) {
            notifier.recorded(Notification.Subject.PLAN, plan.getId(), plan.getPartnerId(), plan.getTitle(), action,
                    null, details);
        }
        return entry;
    }
}
