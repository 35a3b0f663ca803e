package works.incentives.domain.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import works.incentives.domain.fund.FundAllocation;
import works.incentives.domain.program.ActivityType;
import works.incentives.domain.shared.DateRange;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.FreeText;
import works.incentives.domain.shared.Money;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The incentives co-op claims plan: one per partner, program, fund allocation and funding period
 * (also a unique constraint). It owns its campaigns and their activities and knows its legal
 * transitions ({@link PlanStatus}); every refusal is a {@link DomainRuleViolation} naming the rule.
 *
 * <p>Only a DRAFT can be edited. {@link #check} lists everything that blocks submission;
 * {@link #submit} refuses while that list is not empty or the submission window has closed
 * (first submission by the program year's end, resubmission up to the program's N days after).
 * Approval reserves the approved limit in the fund; the limit can later be raised.
 */
@Entity
@Table(name = "plan", uniqueConstraints = @UniqueConstraint(name = "plan_partner_program_fund_period_uk",
        columnNames = {"partner_id", "program_id", "allocation_id", "funding_period_id"}))
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
    @SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 10)
    private Long id;

    @Version
    private long version;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Column(name = "program_id", nullable = false)
    private long programId;

    @Column(name = "allocation_id", nullable = false)
    private long allocationId;

    @Column(name = "funding_period_id", nullable = false)
    private long fundingPeriodId;

    @Column(name = "currency_code", nullable = false, length = 3)
    private String currencyCode;

    @Column(length = 200)
    private String title;

    @Column(length = 4000)
    private String objective;

    @Column(length = 100)
    private String reviewer;

    @Column(name = "approved_limit", precision = 19, scale = 4)
    private BigDecimal approvedLimit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment", length = 4000)
    private String decisionComment;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Campaign> campaigns = new ArrayList<>();

    protected Plan() {
        // for JPA
    }

    /** A new draft for the partner's fund allocation, in the allocation's currency. */
    public Plan(FundAllocation allocation, String title) {
        this.partnerId = allocation.getPartnerId();
        this.programId = allocation.getProgramId();
        this.allocationId = allocation.getId() == null ? 0 : allocation.getId();
        this.fundingPeriodId = allocation.getFundingPeriodId();
        this.currencyCode = allocation.getCurrency().getCurrencyCode();
        this.title = title;
    }

    // ---- editing (DRAFT only) ----

    public void updateBasics(String newTitle, String newObjective) {
        requireEditable();
        this.title = newTitle;
        this.objective = newObjective;
    }

    public Campaign addCampaign(String name, String campaignObjective, DateRange dates) {
        requireEditable();
        Campaign campaign = new Campaign(this, name, campaignObjective, dates);
        campaigns.add(campaign);
        return campaign;
    }

    public void updateCampaign(Campaign campaign, String name, String campaignObjective, DateRange dates) {
        requireEditable();
        requireOwn(campaign);
        campaign.update(name, campaignObjective, dates);
    }

    public void removeCampaign(Campaign campaign) {
        requireEditable();
        requireOwn(campaign);
        campaigns.remove(campaign);
    }

    /** Adds an activity; its amount must be in the plan's currency. */
    public Activity addActivity(Campaign campaign, ActivityType type, Set<String> countries, Money plannedAmount,
                                Map<String, String> plannedMetrics, String description) {
        requireEditable();
        requireOwn(campaign);
        return campaign.addActivity(type, countries, plannedAmount, plannedMetrics, description);
    }

    public void updateActivity(Activity activity, ActivityType type, Set<String> countries, Money plannedAmount,
                               Map<String, String> plannedMetrics, String description) {
        requireEditable();
        requireOwn(activity.getCampaign());
        activity.update(type, countries, plannedAmount, plannedMetrics, description);
    }

    public void removeActivity(Activity activity) {
        requireEditable();
        requireOwn(activity.getCampaign());
        activity.getCampaign().removeActivity(activity);
    }

    /**
     * Moves a draft's activities to the current revision of their type ({@code currentByCode}), so
     * a draft is always checked and submitted against today's catalogue; a submitted plan keeps
     * the revision it was checked against. Activities whose type has no current revision stay.
     */
    public void moveToCurrentCatalogue(Map<String, ActivityType> currentByCode) {
        requireEditable();
        for (Campaign campaign : campaigns) {
            for (Activity activity : campaign.getActivities()) {
                ActivityType current = currentByCode.get(activity.getActivityTypeCode());
                if (current != null && current.getId() != null && !current.getId().equals(activity.getActivityTypeId())) {
                    activity.retarget(current);
                }
            }
        }
    }

    /** The catalogue revisions this plan's activities point at. */
    public Set<Long> activityTypeIds() {
        Set<Long> ids = new java.util.LinkedHashSet<>();
        campaigns.forEach(c -> c.getActivities().forEach(a -> {
            if (a.getActivityTypeId() != null) {
                ids.add(a.getActivityTypeId());
            }
        }));
        return ids;
    }

    /** A reviewer can be (re)assigned whatever the state; it is not an edit of the plan. */
    public void assignReviewer(String reviewerName) {
        this.reviewer = reviewerName;
    }

    private void requireEditable() {
        if (status != PlanStatus.DRAFT) {
            throw new DomainRuleViolation(Rule.NOT_EDITABLE, "plan", status);
        }
    }

    private void requireOwn(Campaign campaign) {
        if (campaign == null || campaign.getPlan() != this || !campaigns.contains(campaign)) {
            throw new DomainRuleViolation(Rule.PLAN_COMMENT_TARGET_UNKNOWN, campaign == null ? "?" : campaign.ref());
        }
    }

    // ---- checks ----

    /**
     * Everything that keeps this plan from being submitted, all at once, each pointing at the
     * item it concerns: objective, at least one campaign with a name and at least one activity,
     * campaign dates inside the usage period, activity types from the program's catalogue,
     * countries, positive amounts, the type's metrics planned, the type's period cap (summed by
     * type code over this plan and the partner's other counting plans for the period, see
     * {@link #periodCapLeft}), and a total the fund can still reserve (an approved plan's own
     * commitment is not held against it).
     */
    public List<Problem> check(PlanContext context) {
        List<Problem> problems = new ArrayList<>();
        if (objective == null || objective.isBlank()) {
            problems.add(Problem.of(Rule.PLAN_OBJECTIVE_MISSING, "plan"));
        }
        if (campaigns.isEmpty()) {
            problems.add(Problem.of(Rule.PLAN_NO_CAMPAIGN, "plan"));
        }
        for (Campaign campaign : campaigns) {
            String ref = campaign.ref();
            if (campaign.getName().isBlank()) {
                problems.add(Problem.of(Rule.PLAN_CAMPAIGN_NAME_MISSING, ref));
            }
            if (!campaign.getDates().within(context.usagePeriod())) {
                problems.add(Problem.of(Rule.PLAN_CAMPAIGN_OUTSIDE_USAGE_PERIOD, ref, campaign.getDates(),
                        context.usagePeriod()));
            }
            if (campaign.getActivities().isEmpty()) {
                problems.add(Problem.of(Rule.PLAN_CAMPAIGN_NO_ACTIVITY, ref, campaign.getName()));
            }
            for (Activity activity : campaign.getActivities()) {
                checkActivity(activity, context, problems);
            }
        }
        Money total = plannedTotal();
        // an approved plan's own commitment is part of "committed": it does not compete with itself
        Money available = context.uncommitted().plus(ownCommitment());
        if (total.isGreaterThan(available)) {
            problems.add(Problem.of(Rule.PLAN_OVER_ALLOCATION, "plan", total, available));
        }
        return problems;
    }

    private void checkActivity(Activity activity, PlanContext context, List<Problem> problems) {
        String ref = activity.ref();
        ActivityType type = context.catalogue().get(activity.getActivityTypeCode());
        if (type == null) {
            problems.add(Problem.of(Rule.PLAN_ACTIVITY_TYPE_UNKNOWN, ref, works.incentives.domain.program.CatalogueName
                    .standard(works.incentives.domain.program.CatalogueName.Kind.ACTIVITY_TYPE, activity.getActivityTypeCode())));
        }
        if (activity.getCountries().isEmpty()) {
            problems.add(Problem.of(Rule.PLAN_ACTIVITY_NO_COUNTRY, ref));
        }
        Money amount = activity.getPlannedAmount();
        if (!amount.isPositive()) {
            problems.add(Problem.of(Rule.PLAN_ACTIVITY_AMOUNT_NOT_POSITIVE, ref));
        }
        if (type == null) {
            return;
        }
        if (!type.isActive() && !type.isRetired()) {
            problems.add(Problem.of(Rule.PLAN_ACTIVITY_TYPE_DEACTIVATED, ref, type.name()));
        }
        for (String metric : type.getRequiredMetrics()) {
            if (!activity.getPlannedMetrics().containsKey(metric)) {
                problems.add(Problem.of(Rule.PLAN_ACTIVITY_METRIC_MISSING, ref + "/metric:" + metric,
                        type.metricName(metric)));
            }
        }
        Optional<Money> left = periodCapLeft(type, activity, context);
        if (left.isPresent() && amount.isGreaterThan(left.get())) {
            Money cap = type.periodCap(context.earned()).orElseThrow();
            problems.add(Problem.of(Rule.PLAN_OVER_PERIOD_CAP, ref, cap.minus(left.get()).plus(amount), cap,
                    left.get().max(Money.zero(getCurrency()))));
        }
    }

    /**
     * What the type's per-period cap leaves for one activity of this plan, or empty when the type
     * has no period cap: the cap (the smaller of the absolute and the earned-share cap) minus what
     * the partner's other counting plans for the period plan for the type's code and minus this
     * plan's other activities of that code. May be negative. Summed by code, so every revision of a
     * catalogue entry counts against the same cap. The wizard shows it while the amount is typed;
     * {@link #check} flags each activity of a type whose total goes over the cap.
     *
     * @param except the activity being edited (its own amount does not count), or null for a new one
     */
    public Optional<Money> periodCapLeft(ActivityType type, Activity except, PlanContext context) {
        return type.periodCap(context.earned()).map(cap -> {
            Money planned = context.plannedElsewhere(type.getCode());
            for (Campaign campaign : campaigns) {
                for (Activity other : campaign.getActivities()) {
                    if (other != except && other.getActivityTypeCode().equals(type.getCode())) {
                        planned = planned.plus(other.getPlannedAmount());
                    }
                }
            }
            return cap.minus(planned);
        });
    }

    /** What this plan itself has reserved in the fund: its approved limit once approved, else nothing. */
    private Money ownCommitment() {
        return status == PlanStatus.APPROVED ? getApprovedLimit().orElse(Money.zero(getCurrency()))
                : Money.zero(getCurrency());
    }

    // ---- transitions ----

    /**
     * DRAFT &rarr; SUBMITTED. Refused after the submission window (first submission: end of the
     * program year; resubmission: the program's N days later) and while {@link #check} finds
     * anything ({@link Rule#PLAN_INCOMPLETE}, carrying every problem).
     */
    public void submit(Clock clock, PlanContext context) {
        requireTransition(PlanStatus.SUBMITTED, "submit");
        LocalDate today = LocalDate.now(clock);
        LocalDate deadline = firstSubmittedAt == null ? context.firstSubmissionDeadline()
                : context.resubmissionDeadline();
        if (today.isAfter(deadline)) {
            throw new DomainRuleViolation(Rule.PLAN_SUBMISSION_CLOSED, deadline);
        }
        List<Problem> problems = check(context);
        if (!problems.isEmpty()) {
            throw new DomainRuleViolation(Rule.PLAN_INCOMPLETE, problems, problems.size());
        }
        Instant now = clock.instant();
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
        }
        submittedAt = now;
        status = PlanStatus.SUBMITTED;
    }

    /** SUBMITTED &rarr; UNDER_REVIEW; the reviewer taking it is recorded. */
    public void startReview(String reviewerName) {
        requireTransition(PlanStatus.UNDER_REVIEW, "startReview");
        this.reviewer = reviewerName;
        status = PlanStatus.UNDER_REVIEW;
    }

    /**
     * &rarr; APPROVED with a limit (default: the planned total) and reserves it in the fund,
     * which must be this plan's allocation, loaded with a write lock by the caller.
     */
    public void approve(Money limit, FundAllocation allocation, String comment, Clock clock) {
        requireTransition(PlanStatus.APPROVED, "approve");
        requireOwnAllocation(allocation);
        FreeText.comment(comment);
        Money approved = limit == null ? plannedTotal() : limit;
        if (!approved.isPositive()) {
            throw new DomainRuleViolation(Rule.PLAN_APPROVED_LIMIT_INVALID, approved, Money.zero(getCurrency()));
        }
        allocation.commit(approved);
        this.approvedLimit = approved.amount();
        this.decisionComment = comment;
        this.decidedAt = clock.instant();
        status = PlanStatus.APPROVED;
    }

    /** Raises an approved plan's limit (DOMAIN.md: "it can be raised") and reserves the difference. */
    public void raiseApprovedLimit(Money newLimit, FundAllocation allocation) {
        if (status != PlanStatus.APPROVED) {
            throw new DomainRuleViolation(Rule.ILLEGAL_TRANSITION, "plan", status, "raiseApprovedLimit");
        }
        requireOwnAllocation(allocation);
        Money current = getApprovedLimit().orElseThrow();
        if (!newLimit.isGreaterThan(current)) {
            throw new DomainRuleViolation(Rule.PLAN_APPROVED_LIMIT_INVALID, newLimit, current);
        }
        allocation.commit(newLimit.minus(current));
        this.approvedLimit = newLimit.amount();
    }

    /** &rarr; REJECTED; a reason is required so the partner knows why. */
    public void reject(String reason, Clock clock) {
        requireTransition(PlanStatus.REJECTED, "reject");
        requireReason(reason);
        this.decisionComment = reason.strip();
        this.decidedAt = clock.instant();
        status = PlanStatus.REJECTED;
    }

    /** &rarr; ACTION_REQUIRED; the comment says what to change. */
    public void requestAction(String comment, Clock clock) {
        requireTransition(PlanStatus.ACTION_REQUIRED, "requestAction");
        requireReason(comment);
        this.decisionComment = comment.strip();
        this.decidedAt = clock.instant();
        status = PlanStatus.ACTION_REQUIRED;
    }

    /** ACTION_REQUIRED &rarr; DRAFT so the partner can edit and resubmit. */
    public void reopen() {
        requireTransition(PlanStatus.DRAFT, "reopen");
        status = PlanStatus.DRAFT;
    }

    private void requireReason(String reason) {
        FreeText.comment(reason);
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation(Rule.PLAN_REASON_REQUIRED);
        }
    }

    private void requireTransition(PlanStatus target, String action) {
        if (!status.canMoveTo(target)) {
            throw new DomainRuleViolation(Rule.ILLEGAL_TRANSITION, "plan", status, action);
        }
    }

    private void requireOwnAllocation(FundAllocation allocation) {
        if (allocation.getId() != null && allocationId != 0 && allocation.getId() != allocationId) {
            throw new IllegalArgumentException("not this plan's allocation");
        }
    }

    // ---- queries ----

    /** Whether a comment may be pinned to {@code target}: "plan", "campaign:ID" or "activity:ID". */
    public boolean hasTarget(String target) {
        if ("plan".equals(target)) {
            return true;
        }
        return campaigns.stream().anyMatch(c -> c.ref().equals(target)
                || c.getActivities().stream().anyMatch(a -> a.ref().equals(target)));
    }

    public Optional<Campaign> findCampaign(long campaignId) {
        return campaigns.stream().filter(c -> c.getId() != null && c.getId() == campaignId).findFirst();
    }

    public Optional<Activity> findActivity(long activityId) {
        return campaigns.stream().flatMap(c -> c.getActivities().stream())
                .filter(a -> a.getId() != null && a.getId() == activityId).findFirst();
    }

    public Money plannedTotal() {
        return campaigns.stream().map(Campaign::plannedTotal).reduce(Money.zero(getCurrency()), Money::plus);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public long getProgramId() {
        return programId;
    }

    public long getAllocationId() {
        return allocationId;
    }

    public long getFundingPeriodId() {
        return fundingPeriodId;
    }

    public Currency getCurrency() {
        return Currency.getInstance(currencyCode);
    }

    public String getTitle() {
        return title;
    }

    public String getObjective() {
        return objective;
    }

    public String getReviewer() {
        return reviewer;
    }

    public Optional<Money> getApprovedLimit() {
        return Optional.ofNullable(Money.ofNullable(approvedLimit, getCurrency()));
    }

    public PlanStatus getStatus() {
        return status;
    }

    public boolean isApproved() {
        return status == PlanStatus.APPROVED;
    }

    public Instant getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public List<Campaign> getCampaigns() {
        return Collections.unmodifiableList(campaigns);
    }
}
