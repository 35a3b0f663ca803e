package works.incentives.domain.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import works.incentives.domain.access.AllowedRoles;
import works.incentives.domain.shared.Role;
import works.incentives.domain.audit.HistoryEntry;
import works.incentives.domain.audit.HistoryRepository;
import works.incentives.domain.audit.HistoryView;
import works.incentives.domain.claim.ClaimCommands.AddEvidence;
import works.incentives.domain.claim.ClaimCommands.ClaimDetails;
import works.incentives.domain.claim.ClaimCommands.ClaimRow;
import works.incentives.domain.claim.ClaimCommands.ClaimableView;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimCommands.CreateClaim;
import works.incentives.domain.claim.ClaimCommands.DocumentView;
import works.incentives.domain.claim.ClaimCommands.InvoiceData;
import works.incentives.domain.claim.ClaimCommands.SelfCertificationData;
import works.incentives.domain.evidence.EvidenceContent;
import works.incentives.domain.evidence.EvidenceDocument;
import works.incentives.domain.evidence.EvidenceFile;
import works.incentives.domain.evidence.EvidenceRepository;
import works.incentives.domain.fund.FundAllocation;
import works.incentives.domain.fund.FundAllocationRepository;
import works.incentives.domain.notification.Notification;
import works.incentives.domain.notification.Notifier;
import works.incentives.domain.plan.Activity;
import works.incentives.domain.plan.Plan;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.plan.PlanQuery;
import works.incentives.domain.plan.PlanRepository;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.program.ActivityType;
import works.incentives.domain.program.FundingPeriod;
import works.incentives.domain.program.Program;
import works.incentives.domain.program.ProgramRepository;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.FreeText;
import works.incentives.domain.shared.Money;
import works.incentives.domain.shared.Permissions;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The proof-of-execution wizard's and claim reviewers' use cases. The rules are in {@link Claim};
 * this service loads what its checks need into a {@link ClaimContext}, calls it, keeps the fund in
 * step ({@link Claim#reconcileFunds}) and writes the history.
 *
 * <p><b>Money under concurrency:</b> every transition that can take or give back money first
 * loads the fund allocation with a pessimistic write lock, then builds the context from that
 * fresh row. Two submissions racing for the last dollars therefore run one after the other: the
 * second sees the first's claim and is refused ({@link Rule#FUNDS_INSUFFICIENT} or the check's
 * {@link Rule#CLAIM_OVER_REMAINING_FUNDS}); the fund is never overspent. The sums over other claims
 * (on the same activity, of the type code in the period) are read under the same lock, so two claims
 * racing for the last money of one activity also run in turn: the second is refused with
 * {@link Rule#CLAIM_OVER_ACTIVITY_REMAINING} (or {@link Rule#CLAIM_ACTIVITY_FULLY_CLAIMED}).
 *
 * <p><b>Eligibility:</b> {@link #createDraft}, {@link #submit} and {@link #answer} refuse an activity
 * {@link ClaimEligibility} does not allow, whatever the UI listed; {@link #claimable} gives the wizard
 * the same decision and the most a claim can ask ({@link ClaimContext#maximum()}).
 */
@ApplicationScoped
@Transactional
@AllowedRoles({Role.INCENTIVES_USER, Role.INCENTIVES_ADMIN, Role.PROGRAM_ADMIN, Role.REVIEWER})
public class ClaimService {

    /** How many overdue claims {@link #expireOverdue} reads at a time. */
    public static final int EXPIRY_PAGE = 100;

    /** Uploads above this size are refused unless {@value #MAX_UPLOAD_BYTES_KEY} says otherwise (20 MB). */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

    /** The MicroProfile Config key of the upload size limit, in bytes. */
    public static final String MAX_UPLOAD_BYTES_KEY = "incentives.upload.max-bytes";

    /** The old decision signatures decide on whatever version is stored (no conflict check). */
    private static final long ANY_VERSION = -1;

    /** "No claim to leave out" of the sums over other claims (ids start at 1). */
    private static final long NO_CLAIM = 0;

    /** How many of a partner's plans the wizard offers to claim under (as many as it listed before). */
    private static final int CLAIMABLE_PLANS_LISTED = 200;

    private ClaimRepository claims;
    private PlanRepository plans;
    private FundAllocationRepository allocations;
    private ProgramRepository programs;
    private EvidenceRepository evidence;
    private HistoryRepository history;
    private Clock clock;
    private long maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES;
    private Notifier notifier;

    protected ClaimService() {
        // for CDI proxies
    }

    @Inject
    public ClaimService(ClaimRepository claims, PlanRepository plans, FundAllocationRepository allocations,
                        ProgramRepository programs, EvidenceRepository evidence, HistoryRepository history,
                        Clock clock) {
        this.claims = claims;
        this.plans = plans;
        this.allocations = allocations;
        this.programs = programs;
        this.evidence = evidence;
        this.history = history;
        this.clock = clock;
    }

    /**
     * The upload size limit (DOMAIN.md: configurable): in the container from MicroProfile Config key
     * {@value #MAX_UPLOAD_BYTES_KEY} (system property, environment variable
     * {@code INCENTIVES_UPLOAD_MAX_BYTES} or {@code microprofile-config.properties}); tests that
     * construct the service directly keep {@link #DEFAULT_MAX_UPLOAD_BYTES} or call this.
     */
    @Inject
    public void setMaxUploadBytes(@ConfigProperty(name = MAX_UPLOAD_BYTES_KEY, defaultValue = "20971520") long maxUploadBytes) {
        if (maxUploadBytes <= 0) {
            throw new IllegalArgumentException(MAX_UPLOAD_BYTES_KEY + " must be more than zero, not " + maxUploadBytes);
        }
        this.maxUploadBytes = maxUploadBytes;
    }

    /** Notifications are written with the history, in the same transaction (tests without it notify nobody). */
    @Inject
    public void setNotifier(Notifier notifier) {
        this.notifier = notifier;
    }

    /**
     * An incentives user hands a complete draft (or an answer being prepared) to the partner's admins,
     * who alone may submit: recorded in the history, the admins are notified. Refused while the
     * checklist finds problems.
     */
    public ClaimView requestSubmission(long claimId, Actor actor) {
        Permissions.require(actor, "requestSubmission", Role.INCENTIVES_USER);
        Claim claim = claim(claimId, actor);
        if (!claim.getStatus().editable()) {
            throw new DomainRuleViolation(Rule.ILLEGAL_TRANSITION, "claim", claim.getStatus(), "requestSubmission");
        }
        if (!check(claimId, actor).isEmpty()) {
            throw new DomainRuleViolation(Rule.SUBMISSION_REQUEST_INCOMPLETE);
        }
        record(claim, "SUBMISSION_REQUESTED", claim.getStatus(), actor, null, null);
        return ClaimView.of(claim);
    }

    public long getMaxUploadBytes() {
        return maxUploadBytes;
    }

    /** Starts a draft claim for one activity of the partner's plan, only inside the period's claim window. */
    public ClaimView createDraft(CreateClaim command, Actor actor) {
        Permissions.require(actor, "createClaim", Permissions.PARTNER);
        Plan plan = plans.findById(command.planId())
                .orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "plan", command.planId()));
        Permissions.requireVisible(actor, plan.getPartnerId(), "plan", command.planId());
        Activity activity = plan.findActivity(command.activityId())
                .orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "activity", command.activityId()));
        requireEligible(plan, activity, NO_CLAIM);
        FundingPeriod period = programs.findPeriodById(plan.getFundingPeriodId()).orElseThrow();
        Claim claim = claims.save(Claim.draft(plan, activity, command.name(), period, LocalDate.now(clock)));
        record(claim, "CREATED", null, actor, null, null);
        return ClaimView.of(claim);
    }

    /**
     * The plan's activities as the PoE wizard offers them: whether each may be claimed
     * ({@link ClaimEligibility}, the decision {@link #createDraft} and {@link #submit} enforce), what the
     * other claims on it ask, and the most a claim can ask now ({@link ClaimContext#maximum()}, the
     * limits {@link Claim#check} enforces). {@code exceptClaimId} is the claim being edited (its own
     * amount does not count against itself), or null for a new one.
     */
    public List<ClaimableView> claimable(long planId, Long exceptClaimId, Actor actor) {
        Plan plan = visiblePlan(planId, actor);
        Claim except = exceptClaimId == null ? null : claim(exceptClaimId, actor);
        long exceptId = except == null ? NO_CLAIM : except.getId();
        Money heldByExcept = except == null ? Money.zero(plan.getCurrency()) : except.getHeldAmount();
        FundAllocation allocation = allocations.findById(plan.getAllocationId()).orElseThrow();
        FundingPeriod period = programs.findPeriodById(plan.getFundingPeriodId()).orElseThrow();
        return claimable(plan, allocation, period, exceptId, heldByExcept,
                OtherClaims.of(List.of(plan), exceptId, claims, programs));
    }

    /**
     * The partner's plans a new claim may be filed under (all but rejected ones, the first 200 by id),
     * each with its fund and {@link #claimable} numbers: the wizard's first step in a fixed number of
     * queries however many plans, activities and claims there are. Nothing for vendor-side actors.
     */
    public List<ClaimCommands.ClaimablePlan> claimablePlans(Actor actor) {
        if (!actor.role().isPartnerSide()) {
            return List.of();
        }
        java.util.EnumSet<PlanStatus> statuses = java.util.EnumSet.allOf(PlanStatus.class);
        statuses.remove(PlanStatus.REJECTED);
        List<Plan> found = plans.findPlans(new PlanQuery(actor.partnerId(), null, statuses, null, null), 0,
                CLAIMABLE_PLANS_LISTED);
        Map<Long, FundAllocation> funds = allocations.findByPartner(actor.partnerId()).stream()
                .collect(java.util.stream.Collectors.toMap(FundAllocation::getId, f -> f));
        Map<Long, FundingPeriod> periods = programs.findPeriodsById(found.stream().map(Plan::getFundingPeriodId)
                .collect(java.util.stream.Collectors.toSet()));
        OtherClaims others = OtherClaims.of(found, NO_CLAIM, claims, programs);
        LocalDate today = LocalDate.now(clock);
        List<ClaimCommands.ClaimablePlan> result = new java.util.ArrayList<>();
        for (Plan plan : found) {
            FundAllocation allocation = funds.get(plan.getAllocationId());
            FundingPeriod period = periods.get(plan.getFundingPeriodId());
            result.add(new ClaimCommands.ClaimablePlan(PlanView.of(plan), AllocationView.of(allocation, period, today),
                    claimable(plan, allocation, period, NO_CLAIM, Money.zero(plan.getCurrency()), others)));
        }
        return result;
    }

    /**
     * What the PoE wizard and the claim page show, in one transaction: the claim, its plan and fund,
     * its activity's numbers ({@link #claimable}), its catalogue revision ({@link #activityTypeOf}), what
     * still blocks it ({@link #check}, while editable) and its {@link #history}.
     */
    public ClaimCommands.ClaimWorkspaceView workspace(long claimId, Actor actor) {
        Claim claim = claim(claimId, actor);
        Plan plan = visiblePlan(claim.getPlanId(), actor);
        FundAllocation allocation = allocations.findById(plan.getAllocationId()).orElseThrow();
        FundingPeriod period = programs.findPeriodById(plan.getFundingPeriodId()).orElseThrow();
        Optional<Activity> activity = claim.getActivityId() == null ? Optional.empty()
                : plan.findActivity(claim.getActivityId());
        ClaimContext context = activity.isPresent() || claim.getStatus().editable() ? context(claim, allocation) : null;
        ClaimableView numbers = activity.map(a -> new ClaimableView(a.getId(),
                context.claimedForActivityBefore().amount(), context.maximum().amount(),
                ClaimEligibility.refusal(plan, a, period.getProgram().isPlanPreApprovalRequired(),
                        context.claimedForActivityBefore()).orElse(null))).orElse(null);
        return new ClaimCommands.ClaimWorkspaceView(ClaimView.of(claim), PlanView.of(plan),
                AllocationView.of(allocation, period, LocalDate.now(clock)), numbers, activityTypeOf(claim, plan),
                claim.getStatus().editable() ? claim.check(context) : List.of(),
                history.findBySubject(HistoryEntry.SubjectType.CLAIM, claimId).stream().map(HistoryView::of).toList());
    }

    /** Each activity of the plan with what other claims ask of it and the most a claim can ask now. */
    private List<ClaimableView> claimable(Plan plan, FundAllocation allocation, FundingPeriod period, long exceptId,
                                          Money heldByExcept, OtherClaims others) {
        Program program = period.getProgram();
        Currency currency = plan.getCurrency();
        Money planHeld = plan.getApprovedLimit().isEmpty() ? null : others.heldUnder(plan);
        List<ClaimableView> result = new java.util.ArrayList<>();
        for (var campaign : plan.getCampaigns()) {
            for (Activity activity : campaign.getActivities()) {
                Money claimed = others.onActivity(activity, currency);
                ActivityType type = others.typeOf(activity);
                var refusal = ClaimEligibility.refusal(plan, activity, program.isPlanPreApprovalRequired(), claimed);
                ClaimContext ctx = context(plan, activity, type, allocation, program, heldByExcept, planHeld,
                        others.ofType(plan, type, currency), claimed, Set.of(), period.claimDeadline());
                result.add(new ClaimableView(activity.getId(), claimed.amount(), ctx.maximum().amount(),
                        refusal.orElse(null)));
            }
        }
        return result;
    }

    /**
     * What other claims ask of the activities of some plans (on each activity, of each type code in
     * each period, held under each plan) and the activities' catalogue revisions, read in a fixed
     * number of grouped queries instead of several per activity.
     */
    private record OtherClaims(Map<Long, BigDecimal> perActivity, Map<ClaimRepository.PeriodAndType, BigDecimal> perType,
                               Map<Long, BigDecimal> perPlan, Map<Long, ActivityType> types) {

        static OtherClaims of(List<Plan> plans, long exceptId, ClaimRepository claims, ProgramRepository programs) {
            List<Activity> activities = plans.stream().flatMap(p -> p.getCampaigns().stream())
                    .flatMap(c -> c.getActivities().stream()).toList();
            if (activities.isEmpty()) {
                return new OtherClaims(Map.of(), Map.of(), Map.of(), Map.of());
            }
            long partnerId = plans.get(0).getPartnerId();
            return new OtherClaims(
                    claims.claimedPerActivity(partnerId, activities.stream().map(Activity::getId).toList(), exceptId),
                    claims.claimedPerPeriodAndType(partnerId, plans.stream().map(Plan::getFundingPeriodId)
                            .collect(java.util.stream.Collectors.toSet()), exceptId),
                    claims.heldPerPlan(plans.stream().filter(p -> p.getApprovedLimit().isPresent()).map(Plan::getId)
                            .toList(), exceptId),
                    programs.findActivityTypesById(activities.stream().map(Activity::getActivityTypeId)
                            .collect(java.util.stream.Collectors.toSet())));
        }

        Money onActivity(Activity activity, Currency currency) {
            return Money.ofNullable(perActivity.getOrDefault(activity.getId(), BigDecimal.ZERO), currency);
        }

        Money ofType(Plan plan, ActivityType type, Currency currency) {
            return Money.ofNullable(perType.getOrDefault(new ClaimRepository.PeriodAndType(plan.getFundingPeriodId(),
                    type.getCode()), BigDecimal.ZERO), currency);
        }

        Money heldUnder(Plan plan) {
            return Money.ofNullable(perPlan.getOrDefault(plan.getId(), BigDecimal.ZERO), plan.getCurrency());
        }

        ActivityType typeOf(Activity activity) {
            ActivityType type = types.get(activity.getActivityTypeId());
            if (type == null) {
                throw new java.util.NoSuchElementException("activity type " + activity.getActivityTypeId());
            }
            return type;
        }
    }

    public ClaimView get(long claimId, Actor actor) {
        return ClaimView.of(claim(claimId, actor));
    }

    /** Wizard step "details" (DRAFT or ACTION_REQUIRED). */
    public ClaimView updateDetails(long claimId, ClaimDetails details, Actor actor) {
        Permissions.require(actor, "editClaim", Permissions.PARTNER);
        Claim claim = claim(claimId, actor);
        claim.updateDetails(details.name(), details.executionDate(),
                details.amount() == null ? null : Money.of(details.amount(), claim.getCurrency()),
                details.estimatedReach(), details.preApprovalId(), details.persons(), details.includesAlcohol());
        claim.requireExecutedBy(LocalDate.now(clock));
        claim.reportMetrics(details.metrics() == null ? Map.of() : details.metrics());
        claim.writeFinalComments(details.finalComments());
        return ClaimView.of(claims.save(claim));
    }

    /** Sets the third-party invoice (replacing any self-certification). */
    public ClaimView attachInvoice(long claimId, InvoiceData data, Actor actor) {
        Permissions.require(actor, "editClaim", Permissions.PARTNER);
        Claim claim = claim(claimId, actor);
        Money amount = data.amount() == null ? null : Money.of(data.amount(),
                Currency.getInstance(data.currencyCode() == null ? claim.getCurrency().getCurrencyCode() : data.currencyCode()));
        claim.attachInvoice(new Invoice(data.number(), data.vendor(), data.date(), amount));
        return ClaimView.of(claims.save(claim));
    }

    /** Sets the self-certification report for in-house work (replacing any invoice). */
    public ClaimView selfCertify(long claimId, SelfCertificationData data, Actor actor) {
        Permissions.require(actor, "editClaim", Permissions.PARTNER);
        Claim claim = claim(claimId, actor);
        claim.selfCertify(new SelfCertification(data.answers(), data.certifiedBy(), data.certifiedOn()));
        return ClaimView.of(claims.save(claim));
    }

    /**
     * Stores an evidence file under its sanitised name: refused (and nothing stored) when empty,
     * too large, of a type not allowed, named unlike its content, or damaged
     * ({@link EvidenceFile#inspect} runs before anything is created or saved). The bytes go to
     * their own table.
     */
    public DocumentView addEvidence(long claimId, AddEvidence command, Actor actor) {
        Permissions.require(actor, "uploadEvidence", Permissions.PARTNER);
        Claim claim = claim(claimId, actor);
        EvidenceFile file = EvidenceFile.inspect(command.fileName(), command.content(), maxUploadBytes);
        EvidenceDocument document = new EvidenceDocument(file.fileName(), file.contentType(), file.content().length,
                file.sha256(), command.requirementCode(), command.note(), clock.instant(), actor.userName());
        claim.addDocument(document);
        evidence.save(document);
        evidence.saveContent(new EvidenceContent(document.getId(), file.content()));
        claims.save(claim);
        record(claim, "EVIDENCE_ADDED", claim.getStatus(), actor, document.ref(),
                file.fileName() + " for " + command.requirementCode());
        return DocumentView.of(document);
    }

    /**
     * Removes a document not yet submitted; submitted documents are immutable. Its bytes go with
     * it (the database deletes the content row with the document row, migration V24).
     */
    public ClaimView removeEvidence(long claimId, long documentId, Actor actor) {
        Permissions.require(actor, "removeEvidence", Permissions.PARTNER);
        Claim claim = claim(claimId, actor);
        EvidenceDocument document = claim.findDocument(documentId)
                .orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "document", documentId));
        claim.removeDocument(document);
        record(claim, "EVIDENCE_REMOVED", claim.getStatus(), actor, document.ref(), document.getFileName());
        return ClaimView.of(claims.save(claim));
    }

    /** The bytes of one document of the claim (for download or preview). */
    public byte[] evidenceContent(long claimId, long documentId, Actor actor) {
        Permissions.require(actor, "readEvidence", Permissions.EVIDENCE_READERS);
        Claim claim = claim(claimId, actor);
        claim.findDocument(documentId).orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "document", documentId));
        return evidence.findContent(documentId).map(EvidenceContent::getContent)
                .orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "document", documentId));
    }

    /** Everything that still blocks submission: the wizard's "still missing" checklist. */
    public List<Problem> check(long claimId, Actor actor) {
        Claim claim = claim(claimId, actor);
        FundAllocation allocation = allocations.findById(claim.getAllocationId()).orElseThrow();
        return claim.check(context(claim, allocation));
    }

    /**
     * Submits (partner admins): refused while anything is missing or after the deadline. Issue 13.4:
     * racing submissions on one fund queue on its row only for the end of their transaction. Every
     * check runs first without a lock (a claim that is incomplete, late or over a limit already is
     * refused without waiting), the claim and its history line are written, and only then is the money
     * taken in one conditional statement that locks the fund's row ({@link
     * FundAllocationRepository#takeIfRemaining}: not there &rarr; {@link Rule#FUNDS_INSUFFICIENT}).
     * Under that lock the limits shared with other claims are read and checked again ({@link
     * Claim#recheckSharedLimits}), so every cap holds under races; any refusal rolls everything back.
     */
    public ClaimView submit(long claimId, Actor actor) {
        Permissions.require(actor, "submitClaim", Permissions.PARTNER_ADMIN);
        Claim claim = claim(claimId, actor);
        FundAllocation allocation = allocations.findById(claim.getAllocationId()).orElseThrow();
        ClaimStatus from = claim.getStatus();
        Plan plan = plans.findById(claim.getPlanId()).orElseThrow();
        Activity activity = activityOf(plan, claim);
        // the fund read after the sums: a claim the sums count has its money in the fund too, so a
        // claim that lost a race is told the reason every other reader would give (funds first)
        ClaimContext context = context(claim, allocation)
                .withFundRemaining(allocations.remainingNow(allocation.getId()).plus(claim.getHeldAmount()));
        ClaimEligibility.require(plan, activity, programs.findById(plan.getProgramId()).orElseThrow()
                .isPlanPreApprovalRequired(), context.claimedForActivityBefore());
        claim.submit(clock, context);
        Money toTake = claim.holdWantedFunds();
        ClaimView submitted = saveAndRecord(claim, null, "SUBMITTED", from, actor, null, null);
        if (toTake.isPositive() && !allocations.takeIfRemaining(allocation.getId(), toTake)) {
            throw new DomainRuleViolation(Rule.FUNDS_INSUFFICIENT, toTake, allocations.remainingNow(allocation.getId()));
        }
        claim.recheckSharedLimits(sharedLimitsNow(claim, plan, activity, allocation));
        return submitted;
    }

    /**
     * The context of {@link Claim#recheckSharedLimits}: what other claims ask now of the activity, the
     * type in the period, the plan and the invoice, read after the fund's row was locked; the fund's own
     * check is settled (the money is taken), so it offers exactly the claim's amount.
     */
    private ClaimContext sharedLimitsNow(Claim claim, Plan plan, Activity activity, FundAllocation allocation) {
        ActivityType type = programs.findActivityTypeById(activity.getActivityTypeId()).orElseThrow();
        Currency currency = plan.getCurrency();
        long id = claim.getId();
        Money planHeld = plan.getApprovedLimit().isEmpty() ? null : claims.heldUnderPlan(plan.getId(), id, currency);
        Money claimedForType = type.periodCap(allocation.getEarned()).isEmpty() ? Money.zero(currency)
                : claims.claimedForActivityType(plan.getPartnerId(), plan.getFundingPeriodId(), type.getCode(), id,
                currency);
        ClaimContext ctx = context(plan, activity, type, allocation, programs.findById(claim.getProgramId()).orElseThrow(),
                Money.zero(currency), planHeld, claimedForType,
                claims.claimedForActivity(plan.getPartnerId(), activity.getId(), id, currency),
                claims.invoiceNumbersInUse(claim.getPartnerId(), id), claim.getClaimDeadline());
        return ctx.withFundRemaining(claim.getAmount().orElseThrow());
    }

    // ---- the PoE wizard's saves on the claim as the partner saw it ----
    // Each refuses with an OptimisticLockException, before anything changes, when the claim is no
    // longer at expectedVersion: the same draft was saved meanwhile in another tab or by a colleague.
    // Every save moves the version on (the repository forces it), so no edit is silently overwritten.

    /** {@link #updateDetails(long, ClaimDetails, Actor)} on the claim as the partner saw it. */
    public ClaimView updateDetails(long claimId, long expectedVersion, ClaimDetails details, Actor actor) {
        claim(claimId, expectedVersion, actor);
        return updateDetails(claimId, details, actor);
    }

    /** {@link #attachInvoice(long, InvoiceData, Actor)} on the claim as the partner saw it. */
    public ClaimView attachInvoice(long claimId, long expectedVersion, InvoiceData data, Actor actor) {
        claim(claimId, expectedVersion, actor);
        return attachInvoice(claimId, data, actor);
    }

    /** {@link #selfCertify(long, SelfCertificationData, Actor)} on the claim as the partner saw it. */
    public ClaimView selfCertify(long claimId, long expectedVersion, SelfCertificationData data, Actor actor) {
        claim(claimId, expectedVersion, actor);
        return selfCertify(claimId, data, actor);
    }

    /** {@link #addEvidence(long, AddEvidence, Actor)} on the claim as the partner saw it. */
    public DocumentView addEvidence(long claimId, long expectedVersion, AddEvidence command, Actor actor) {
        claim(claimId, expectedVersion, actor);
        return addEvidence(claimId, command, actor);
    }

    /** {@link #removeEvidence(long, long, Actor)} on the claim as the partner saw it. */
    public ClaimView removeEvidence(long claimId, long expectedVersion, long documentId, Actor actor) {
        claim(claimId, expectedVersion, actor);
        return removeEvidence(claimId, documentId, actor);
    }

    /** {@link #submit(long, Actor)} of the claim as the partner saw it: what was checked is what is submitted. */
    public ClaimView submit(long claimId, long expectedVersion, Actor actor) {
        claim(claimId, expectedVersion, actor);
        return submit(claimId, actor);
    }

    /** The partner's answer to a request for action, within its business-day window; checked and submitted again. */
    public ClaimView answer(long claimId, String answer, Actor actor) {
        Permissions.require(actor, "answerClaim", Permissions.PARTNER_ADMIN);
        Claim claim = claim(claimId, actor);
        FundAllocation allocation = locked(claim);
        ClaimStatus from = claim.getStatus();
        requireEligible(claim);
        claim.answer(clock, context(claim, allocation), answer);
        claim.reconcileFunds(allocation);
        return saveAndRecord(claim, allocation, "ANSWERED", from, actor, null, answer);
    }

    /** DRAFT or SUBMITTED claims can be withdrawn by the partner; held money goes back to the fund. */
    public ClaimView withdraw(long claimId, Actor actor) {
        Permissions.require(actor, "withdrawClaim", Permissions.PARTNER_ADMIN);
        Claim claim = claim(claimId, actor);
        FundAllocation allocation = locked(claim);
        ClaimStatus from = claim.getStatus();
        claim.withdraw();
        claim.reconcileFunds(allocation);
        return saveAndRecord(claim, allocation, "WITHDRAWN", from, actor, null, null);
    }

    public ClaimView startReview(long claimId, Actor actor) {
        return startReview(claimId, ANY_VERSION, actor);
    }

    /**
     * Like {@link #startReview(long, Actor)}, refused with an {@link OptimisticLockException} when the
     * claim is no longer at {@code expectedVersion}: the reviewer decided on a screen someone else
     * has since changed. The same holds for every decision overload taking an expected version.
     */
    public ClaimView startReview(long claimId, long expectedVersion, Actor actor) {
        Permissions.require(actor, "reviewClaim", Permissions.REVIEWER);
        Claim claim = claim(claimId, expectedVersion, actor);
        ClaimStatus from = claim.getStatus();
        claim.startReview(actor.userName());
        return saveAndRecord(claim, null, "REVIEW_STARTED", from, actor, null, null);
    }

    /** Approves; from DISPUTED this takes the money again, refused if the fund no longer has it. */
    public ClaimView approve(long claimId, String comment, Actor actor) {
        return approve(claimId, ANY_VERSION, comment, actor);
    }

    /** {@link #approve(long, String, Actor)} of the claim as the reviewer saw it (see {@link #startReview(long, long, Actor)}). */
    public ClaimView approve(long claimId, long expectedVersion, String comment, Actor actor) {
        Permissions.require(actor, "approveClaim", Permissions.REVIEWER);
        Claim claim = claim(claimId, expectedVersion, actor);
        FundAllocation allocation = locked(claim);
        ClaimStatus from = claim.getStatus();
        claim.approve(comment, clock);
        claim.reconcileFunds(allocation);
        return saveAndRecord(claim, allocation, "APPROVED", from, actor, null, comment);
    }

    /** Rejects with a reason code and comment; the held money goes back to the fund. */
    public ClaimView reject(long claimId, RejectionReason reason, String comment, Actor actor) {
        return reject(claimId, ANY_VERSION, reason, comment, actor);
    }

    /** {@link #reject(long, RejectionReason, String, Actor)} of the claim as the reviewer saw it. */
    public ClaimView reject(long claimId, long expectedVersion, RejectionReason reason, String comment, Actor actor) {
        Permissions.require(actor, "rejectClaim", Permissions.REVIEWER);
        Claim claim = claim(claimId, expectedVersion, actor);
        FundAllocation allocation = locked(claim);
        ClaimStatus from = claim.getStatus();
        claim.reject(reason, comment, clock);
        claim.reconcileFunds(allocation);
        return saveAndRecord(claim, allocation, "REJECTED", from, actor, null, reason + ": " + comment);
    }

    /**
     * Asks the partner for more; the answer is due within the program's business days.
     * {@code concerns} may point at a document or requirement ("document:12", "evidence:BOOTH_PHOTO").
     */
    public ClaimView requestAction(long claimId, String comment, String concerns, Actor actor) {
        return requestAction(claimId, ANY_VERSION, comment, concerns, actor);
    }

    /** {@link #requestAction(long, String, String, Actor)} on the claim as the reviewer saw it. */
    public ClaimView requestAction(long claimId, long expectedVersion, String comment, String concerns, Actor actor) {
        Permissions.require(actor, "requestAction", Permissions.REVIEWER);
        Claim claim = claim(claimId, expectedVersion, actor);
        Program program = programs.findById(claim.getProgramId()).orElseThrow();
        ClaimStatus from = claim.getStatus();
        claim.requestAction(comment, program.getAnswerBusinessDays(), clock);
        return saveAndRecord(claim, null, "ACTION_REQUESTED", from, actor, concerns,
                comment + " (answer by " + claim.getAnswerDueOn() + ")");
    }

    /** Disputes a rejection within the program's dispute window (partner admins). */
    public ClaimView dispute(long claimId, String reason, Actor actor) {
        Permissions.require(actor, "disputeClaim", Permissions.PARTNER_ADMIN);
        Claim claim = claim(claimId, actor);
        Program program = programs.findById(claim.getProgramId()).orElseThrow();
        ClaimStatus from = claim.getStatus();
        claim.dispute(reason, program.getDisputeWindowDays(), clock);
        return saveAndRecord(claim, null, "DISPUTED", from, actor, null, reason);
    }

    /** Records the payment of an approved claim (reviewers) and books it in the fund. */
    public ClaimView markPaid(long claimId, String reference, LocalDate paidOn, Actor actor) {
        return markPaid(claimId, ANY_VERSION, reference, paidOn, actor);
    }

    /** {@link #markPaid(long, String, LocalDate, Actor)} of the claim as the reviewer saw it: a payment is booked once. */
    public ClaimView markPaid(long claimId, long expectedVersion, String reference, LocalDate paidOn, Actor actor) {
        Permissions.require(actor, "recordPayment", Permissions.REVIEWER);
        Claim claim = claim(claimId, expectedVersion, actor);
        FundAllocation allocation = locked(claim);
        ClaimStatus from = claim.getStatus();
        claim.markPaid(reference, paidOn);
        claim.recordPayment(allocation);
        return saveAndRecord(claim, allocation, "PAID", from, actor, null, reference);
    }

    /**
     * A comment of the partner's users or of a reviewer or program admin, pinned to the claim, its
     * costs, one of its documents or an evidence requirement ({@link Claim#hasTarget}), kept in the
     * history between the claim's other events. Only the claim's parties may comment (anyone else
     * is told it does not exist); an empty, too long or misplaced comment is refused before
     * anything is stored. The claim itself does not change, so a comment never conflicts with a
     * decision or an edit made meanwhile.
     */
    public HistoryView comment(long claimId, String concerns, String text, Actor actor) {
        Claim claim = claim(claimId, actor);
        String comment = FreeText.requiredComment(text);
        String target = concerns == null ? "claim" : concerns;
        if (!claim.hasTarget(target, requirementCodes(claim))) {
            throw new DomainRuleViolation(Rule.CLAIM_COMMENT_TARGET_UNKNOWN, target);
        }
        return HistoryView.of(record(claim, "COMMENTED", claim.getStatus(), actor, target, comment));
    }

    private List<String> requirementCodes(Claim claim) {
        if (claim.getActivityTypeCode() == null) {
            return List.of();
        }
        return activityTypeOf(claim, plans.findById(claim.getPlanId()).orElseThrow()).evidence().stream()
                .map(works.incentives.domain.program.ProgramCommands.EvidenceRequirementData::code).toList();
    }

    /**
     * The daily job in one call: drafts past their claim deadline expire, unanswered action requests
     * past their answer date are rejected. Uses the injected clock's today; returns how many changed.
     * The job itself ({@code DraftExpiryJob}) calls {@link #overdueClaimIds} and {@link #expireIfOverdue}
     * through the container, so that each claim gets a transaction of its own.
     */
    public int expireOverdue(Actor system) {
        int changed = 0;
        long after = 0;
        List<Long> page;
        do {
            page = overdueClaimIds(after, EXPIRY_PAGE, system);
            for (long claimId : page) {
                if (expireIfOverdue(claimId, system)) {
                    changed++;
                }
                after = claimId;
            }
        } while (page.size() == EXPIRY_PAGE);
        return changed;
    }

    /** A page of the expiry job's work: ids above {@code afterId} of claims that may be overdue today. */
    public List<Long> overdueClaimIds(long afterId, int limit, Actor system) {
        Permissions.require(system, "expireDrafts", Permissions.PROGRAM_ADMIN);
        return claims.findOverdueIds(LocalDate.now(clock), afterId, limit);
    }

    /**
     * Expires the claim if it is a draft past its claim deadline, rejects it if it waits for an answer
     * past its due date; true if it changed. Idempotent: a claim already handled (by this run, an earlier
     * one or another node) is left as it is.
     */
    public boolean expireIfOverdue(long claimId, Actor system) {
        Permissions.require(system, "expireDrafts", Permissions.PROGRAM_ADMIN);
        Claim claim = claims.findById(claimId).orElse(null);
        if (claim == null) {
            return false;
        }
        if (claim.getStatus() == ClaimStatus.DRAFT && claim.expireIfPastDeadline(clock)) {
            saveAndRecord(claim, null, "EXPIRED", ClaimStatus.DRAFT, system, null, "deadline " + claim.getClaimDeadline());
            return true;
        }
        if (claim.getStatus() == ClaimStatus.ACTION_REQUIRED) {
            FundAllocation allocation = locked(claim);
            if (claim.rejectIfUnanswered(clock)) {
                claim.reconcileFunds(allocation);
                saveAndRecord(claim, allocation, "REJECTED", ClaimStatus.ACTION_REQUIRED, system, null,
                        "no answer by the due date");
                return true;
            }
        }
        return false;
    }

    public List<HistoryView> history(long claimId, Actor actor) {
        claim(claimId, actor);
        return history.findBySubject(HistoryEntry.SubjectType.CLAIM, claimId).stream().map(HistoryView::of).toList();
    }

    /** A page of claims for review queues and lists; partner-side actors see their own partner's only. */
    public List<ClaimRow> findClaimsForReview(ClaimQuery filter, int offset, int limit, ClaimQuery.Sort sort, Actor actor) {
        return scoped(filter, actor).map(f -> claims.findClaimRows(f, offset, limit, sort)).orElse(List.of());
    }

    /**
     * For a partner admin's home: the claims colleagues handed over for submission while still open
     * for editing (a draft, or an answer to a request for action), latest first, at most {@code limit};
     * nothing for anyone else, since only partner admins submit.
     */
    public List<works.incentives.domain.audit.SubmissionRequest> awaitingSubmission(int limit, Actor actor) {
        if (actor.role() != Role.INCENTIVES_ADMIN) {
            return List.of();
        }
        return history.findSubmissionRequests(HistoryEntry.SubjectType.CLAIM, actor.partnerId(),
                java.util.EnumSet.of(ClaimStatus.DRAFT, ClaimStatus.ACTION_REQUIRED), limit);
    }

    public long countClaims(ClaimQuery filter, Actor actor) {
        return scoped(filter, actor).map(claims::countClaims).orElse(0L);
    }

    /** The queue's status tabs: how many claims match the filter in each status (the filter's statuses ignored). */
    public Map<ClaimStatus, Long> countClaimsByStatus(ClaimQuery filter, Actor actor) {
        Map<ClaimStatus, Long> counts = new java.util.EnumMap<>(ClaimStatus.class);
        counts.putAll(claims.countClaimsByStatus(scoped(filter.withStatuses(null), actor).orElseThrow()));
        if (!actor.role().isPartnerSide()) {
            counts.remove(ClaimStatus.DRAFT);
        }
        return counts;
    }

    /**
     * Partner-side actors see their own partner's claims; the vendor side never sees drafts (the
     * statuses asked for less DRAFT; nothing when only DRAFT was asked for), nor a withdrawn or
     * expired claim that was never submitted.
     */
    private static Optional<ClaimQuery> scoped(ClaimQuery filter, Actor actor) {
        if (actor.role().isPartnerSide()) {
            return Optional.of(filter.withPartner(actor.partnerId()));
        }
        java.util.EnumSet<ClaimStatus> statuses = filter.statuses().isEmpty() ? java.util.EnumSet.allOf(ClaimStatus.class)
                : java.util.EnumSet.copyOf(filter.statuses());
        statuses.remove(ClaimStatus.DRAFT);
        if (statuses.isEmpty()) {
            return Optional.empty();
        }
        ClaimQuery vendors = filter.withStatuses(statuses);
        // only a withdrawn or expired claim can have stayed a draft all its life; the review queue's
        // own statuses need no extra condition
        boolean mayHoldDrafts = statuses.contains(ClaimStatus.WITHDRAWN) || statuses.contains(ClaimStatus.EXPIRED);
        return Optional.of(mayHoldDrafts ? vendors.withOnlyEverSubmitted() : vendors);
    }

    /**
     * The catalogue revision the claim is checked against: its activity's, the one the plan was
     * checked against (an admin's later edit does not change a claim's rules).
     */
    public works.incentives.domain.program.ProgramCommands.ActivityTypeView activityTypeOf(long claimId, Actor actor) {
        Claim claim = claim(claimId, actor);
        return activityTypeOf(claim, plans.findById(claim.getPlanId()).orElseThrow());
    }

    private works.incentives.domain.program.ProgramCommands.ActivityTypeView activityTypeOf(Claim claim, Plan plan) {
        Long typeId = claim.getActivityId() == null ? null
                : plan.findActivity(claim.getActivityId()).map(Activity::getActivityTypeId).orElse(null);
        return works.incentives.domain.program.ProgramCommands.ActivityTypeView.of(typeId == null
                ? programs.findActivityTypes(claim.getProgramId()).stream()
                .filter(t -> t.getCode().equals(claim.getActivityTypeCode())).findFirst().orElseThrow()
                : programs.findActivityTypeById(typeId).orElseThrow());
    }

    /**
     * What the claim's checks need, from the (locked) allocation and the plan, program and other
     * claims. The sums over other claims (on the activity, of the type code in the period, under the
     * plan) are read after the caller took the fund's write lock, so racing submissions see each other.
     */
    private ClaimContext context(Claim claim, FundAllocation allocation) {
        Plan plan = plans.findById(claim.getPlanId()).orElseThrow();
        Program program = programs.findById(claim.getProgramId()).orElseThrow();
        long id = claim.getId();
        return context(plan, activityOf(plan, claim), allocation, program, id, claim.getHeldAmount(),
                claims.invoiceNumbersInUse(claim.getPartnerId(), id), claim.getClaimDeadline());
    }

    private ClaimContext context(Plan plan, Activity activity, FundAllocation allocation, Program program,
                                 long exceptClaimId, Money heldByClaim, Set<String> invoiceNumbersInUse,
                                 LocalDate claimDeadline) {
        ActivityType type = programs.findActivityTypeById(activity.getActivityTypeId()).orElseThrow();
        Currency currency = plan.getCurrency();
        long partnerId = plan.getPartnerId();
        Money planHeld = plan.getApprovedLimit().isEmpty() ? null
                : claims.heldUnderPlan(plan.getId(), exceptClaimId, currency);
        return context(plan, activity, type, allocation, program, heldByClaim, planHeld,
                claims.claimedForActivityType(partnerId, plan.getFundingPeriodId(), type.getCode(), exceptClaimId, currency),
                claims.claimedForActivity(partnerId, activity.getId(), exceptClaimId, currency),
                invoiceNumbersInUse, claimDeadline);
    }

    /** The context from what other claims ask ({@code planHeld}: held under the plan, null without an approved limit). */
    private static ClaimContext context(Plan plan, Activity activity, ActivityType type, FundAllocation allocation,
                                        Program program, Money heldByClaim, Money planHeld, Money claimedForType,
                                        Money claimedForActivity, Set<String> invoiceNumbersInUse,
                                        LocalDate claimDeadline) {
        Money planLimitLeft = plan.getApprovedLimit().map(limit -> limit.minus(planHeld)).orElse(null);
        return new ClaimContext(activity.getCampaign().getDates(), activity.getPlannedAmount(), type, claimedForType,
                allocation.getEarned(), allocation.getRemaining().plus(heldByClaim), planLimitLeft,
                program.isPlanPreApprovalRequired() && !plan.isApproved(),
                invoiceNumbersInUse, claimDeadline, claimedForActivity);
    }

    /** Refuses a claim on an activity {@link ClaimEligibility} does not allow (any UI notwithstanding). */
    private void requireEligible(Plan plan, Activity activity, long exceptClaimId) {
        Program program = programs.findById(plan.getProgramId()).orElseThrow();
        ClaimEligibility.require(plan, activity, program.isPlanPreApprovalRequired(),
                claims.claimedForActivity(plan.getPartnerId(), activity.getId(), exceptClaimId, plan.getCurrency()));
    }

    private void requireEligible(Claim claim) {
        Plan plan = plans.findById(claim.getPlanId()).orElseThrow();
        requireEligible(plan, activityOf(plan, claim), claim.getId());
    }

    private static Activity activityOf(Plan plan, Claim claim) {
        return plan.findActivity(claim.getActivityId())
                .orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "activity", claim.getActivityId()));
    }

    private Plan visiblePlan(long planId, Actor actor) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "plan", planId));
        Permissions.requireVisible(actor, plan.getPartnerId(), plan.getFirstSubmittedAt() != null, "plan", planId);
        return plan;
    }

        private FundAllocation locked(Claim claim) {
        return allocations.findByIdForUpdate(claim.getAllocationId()).orElseThrow();
    }

    private Claim claim(long claimId, Actor actor) {
        Claim claim = claims.findById(claimId)
                .orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "claim", claimId));
        Permissions.requireVisible(actor, claim.getPartnerId(), claim.getFirstSubmittedAt() != null, "claim", claimId);
        return claim;
    }

    /** The claim, refused before anything changes when it is no longer the version the caller decided on. */
    private Claim claim(long claimId, long expectedVersion, Actor actor) {
        Claim claim = claim(claimId, actor);
        if (expectedVersion != ANY_VERSION && claim.getVersion() != expectedVersion) {
            throw new OptimisticLockException("claim " + claimId + " is at version " + claim.getVersion()
                    + ", not " + expectedVersion + ": changed by someone else");
        }
        return claim;
    }

    private ClaimView saveAndRecord(Claim claim, FundAllocation allocation, String action, ClaimStatus from,
                                    Actor actor, String concerns, String details) {
        if (allocation != null) {
            allocations.save(allocation);
        }
        Claim saved = claims.save(claim);
        record(saved, action, from, actor, concerns, details);
        return ClaimView.of(saved);
    }

    private HistoryEntry record(Claim claim, String action, ClaimStatus from, Actor actor, String concerns,
                                String details) {
        HistoryEntry entry = new HistoryEntry(HistoryEntry.SubjectType.CLAIM, claim.getId(), claim.getPartnerId(),
                action, from == null ? null : from.name(), claim.getStatus().name(), actor, clock.instant(), concerns,
                details);
        history.append(entry);
        if (notifier != null) {
            notifier.recorded(Notification.Subject.CLAIM, claim.getId(), claim.getPartnerId(), claim.getName(), action,
                    "ACTION_REQUESTED".equals(action) ? claim.getAnswerDueOn() : null, details);
        }
        return entry;
    }
}
