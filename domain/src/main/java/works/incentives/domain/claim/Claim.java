package works.incentives.domain.claim;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import works.incentives.domain.evidence.EvidenceDocument;
import works.incentives.domain.fund.FundAllocation;
import works.incentives.domain.plan.Activity;
import works.incentives.domain.plan.Plan;
import works.incentives.domain.program.ActivityType;
import works.incentives.domain.program.FundingPeriod;
import works.incentives.domain.shared.DateRange;
import works.incentives.domain.shared.BusinessDays;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A proof of execution: the partner's claim for one executed activity of a plan.
 *
 * <p>It knows what is still missing ({@link #check}: every problem at once, each pointing at the
 * item it concerns) and refuses submission until nothing is ({@link #submit}). Rules: execution
 * date inside the campaign; 0 &lt; amount &le; what the activity's approved amount leaves after the other
 * claims on it ({@link ClaimStatus#countsAgainstLimits()}), the type's caps (per-period caps summed over
 * the partner's claims of the type in the period),
 * the plan's remaining limit and the fund's remaining money; a third-party invoice (complete, in
 * the claim's currency, not used in another claim, not below the amount, its document uploaded) or a
 * self-certification; execution date not in the future; submitted only inside the claim window;
 * every mandatory evidence requirement met; each extra document explained by a note; the type's
 * metrics reported. Deadlines (claim deadline, answer window in business days, dispute window)
 * are computed with the injected clock. Documents are locked at submission.
 *
 * <p>The amount a claim holds in the fund follows its state ({@link ClaimStatus#holdsFunds()}):
 * {@link #reconcileFunds} takes or gives back the difference on the allocation, which the caller
 * has loaded with a write lock.
 */
@Entity
@Table(name = "claim")
public class Claim {

    /** Problems of a complete claim that other claims caused by taking the money first. */
    private static final java.util.Set<Rule> TAKEN_BY_OTHERS = java.util.EnumSet.of(Rule.CLAIM_OVER_REMAINING_FUNDS,
            Rule.CLAIM_OVER_ACTIVITY_REMAINING);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_seq")
    @SequenceGenerator(name = "claim_seq", sequenceName = "claim_seq", allocationSize = 10)
    private Long id;

    @Version
    private long version;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Column(name = "program_id", nullable = false)
    private long programId;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "activity_id")
    private Long activityId;

    @Column(name = "activity_type_code", nullable = false, length = 60)
    private String activityTypeCode;

    @Column(name = "allocation_id", nullable = false)
    private long allocationId;

    @Column(name = "funding_period_id", nullable = false)
    private long fundingPeriodId;

    @Column(name = "currency_code", nullable = false, length = 3)
    private String currencyCode;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "execution_date")
    private LocalDate executionDate;

    @Column(precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(name = "estimated_reach")
    private Long estimatedReach;

    @Column(name = "pre_approval_id", length = 100)
    private String preApprovalId;

    @Column(name = "persons")
    private Integer persons;

    @Column(name = "includes_alcohol", nullable = false)
    private boolean includesAlcohol;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "claim_metric", joinColumns = @JoinColumn(name = "claim_id"))
    @MapKeyColumn(name = "metric_code", length = 60)
    @Column(name = "metric_value", nullable = false, length = 1000)
    private Map<String, String> metrics = new LinkedHashMap<>();

    @Embedded
    private Invoice invoice;

    @Embedded
    private SelfCertification selfCertification;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "claim_id")
    @OrderBy("id")
    private List<EvidenceDocument> documents = new ArrayList<>();

    @Column(name = "final_comments", length = 4000)
    private String finalComments;

    /** The partner's latest answer to a request for action (earlier ones are in the history). */
    @Column(name = "partner_answer", length = 4000)
    private String partnerAnswer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClaimStatus status = ClaimStatus.DRAFT;

    @Column(name = "held_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal heldAmount = BigDecimal.ZERO;

    @Column(name = "claim_deadline", nullable = false)
    private LocalDate claimDeadline;

    /** The day the funding period's claim window opens; null on claims made without one (no lower bound). */
    @Column(name = "claim_opens")
    private LocalDate claimOpens;

    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewer", length = 100)
    private String reviewer;

    @Column(name = "answer_due_on")
    private LocalDate answerDueOn;

    @Column(name = "review_comment", length = 4000)
    private String reviewComment;

    @Column(name = "rejected_on")
    private LocalDate rejectedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_reason", length = 30)
    private RejectionReason rejectionReason;

    @Column(name = "dispute_reason", length = 4000)
    private String disputeReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "payment_reference", length = 100)
    private String paymentReference;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    protected Claim() {
        // for JPA
    }

    /**
     * A new draft for one activity of a plan. The claim deadline is fixed now from the funding
     * period so that lists and the expiry job can query it.
     */
    public Claim(Plan plan, Activity activity, String name, LocalDate claimDeadline) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(activity, "activity");
        if (activity.getCampaign().getPlan() != plan) {
            throw new IllegalArgumentException("activity is not part of the plan");
        }
        this.partnerId = plan.getPartnerId();
        this.programId = plan.getProgramId();
        this.planId = plan.getId() == null ? 0 : plan.getId();
        this.campaignId = activity.getCampaign().getId();
        this.activityId = activity.getId();
        this.activityTypeCode = activity.getActivityTypeCode();
        this.allocationId = plan.getAllocationId();
        this.fundingPeriodId = plan.getFundingPeriodId();
        this.currencyCode = plan.getCurrency().getCurrencyCode();
        this.claimDeadline = Objects.requireNonNull(claimDeadline, "claimDeadline");
        this.name = name == null ? "" : name.strip();
    }

    /**
     * A new draft in the funding period's claim window: refused ({@link Rule#CLAIM_OUTSIDE_CLAIM_WINDOW},
     * naming both dates) when {@code today} lies outside it. The claim keeps the window so lists,
     * countdowns and the expiry job can use it.
     */
    public static Claim draft(Plan plan, Activity activity, String name, FundingPeriod period, LocalDate today) {
        DateRange window = period.getClaimWindow();
        if (!window.contains(today)) {
            throw new DomainRuleViolation(Rule.CLAIM_OUTSIDE_CLAIM_WINDOW, window.start(), window.end());
        }
        Claim claim = new Claim(plan, activity, name, window.end());
        claim.claimOpens = window.start();
        return claim;
    }

    // ---- editing (DRAFT or ACTION_REQUIRED) ----

    /** The PoE wizard's details step. A null amount means "not entered yet". */
    public void updateDetails(String newName, LocalDate newExecutionDate, Money newAmount, Long newEstimatedReach,
                              String newPreApprovalId, Integer newPersons, boolean newIncludesAlcohol) {
        requireEditable();
        if (newAmount != null && !newAmount.hasCurrency(getCurrency())) {
            throw new DomainRuleViolation(Rule.CLAIM_CURRENCY_MISMATCH, currencyCode, "amount",
                    newAmount.currency().getCurrencyCode());
        }
        this.name = newName == null ? "" : newName.strip();
        this.executionDate = newExecutionDate;
        this.amount = newAmount == null ? null : newAmount.amount();
        this.estimatedReach = newEstimatedReach;
        this.preApprovalId = newPreApprovalId;
        this.persons = newPersons;
        this.includesAlcohol = newIncludesAlcohol;
    }

    public void reportMetrics(Map<String, String> values) {
        requireEditable();
        metrics.clear();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                metrics.put(k, v.strip());
            }
        });
    }

    /** Sets the third-party invoice; a claim has an invoice or a self-certification, not both. */
    public void attachInvoice(Invoice newInvoice) {
        requireEditable();
        this.invoice = Objects.requireNonNull(newInvoice, "invoice");
        this.selfCertification = null;
    }

    /** Sets the self-certification for in-house work, replacing any invoice. */
    public void selfCertify(SelfCertification certification) {
        requireEditable();
        this.selfCertification = Objects.requireNonNull(certification, "certification");
        this.invoice = null;
    }

    public void addDocument(EvidenceDocument document) {
        requireEditable();
        documents.add(Objects.requireNonNull(document, "document"));
    }

    /** Removes a document uploaded since the last submission; submitted ones are kept (immutable). */
    public void removeDocument(EvidenceDocument document) {
        requireEditable();
        if (document.isLocked()) {
            throw new DomainRuleViolation(Rule.CLAIM_DOCUMENTS_LOCKED);
        }
        documents.remove(document);
    }

    /** The partner's final comments; at most {@link FreeText#COMMENT_MAX_LENGTH} characters. */
    public void writeFinalComments(String comments) {
        requireEditable();
        this.finalComments = FreeText.comment(comments);
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw new DomainRuleViolation(Rule.NOT_EDITABLE, "claim", status);
        }
    }

    // ---- checks: what blocks submission (evidence in EvidenceChecklist, amounts in ClaimCaps) ----

    /** Every problem that blocks submission, each pointing at what it concerns. */
    public List<Problem> check(ClaimContext ctx) {
        List<Problem> problems = new ArrayList<>();
        ActivityType type = ctx.activityType();
        if (name.isBlank()) {
            problems.add(Problem.of(Rule.CLAIM_NAME_MISSING, "claim.name"));
        }
        if (ctx.planApprovalMissing()) {
            problems.add(Problem.of(Rule.CLAIM_PLAN_NOT_APPROVED, "plan"));
        }
        if (!type.getCurrency().equals(getCurrency())) {
            problems.add(Problem.of(Rule.CLAIM_CURRENCY_MISMATCH, "claim", currencyCode, "activityType",
                    type.getCurrency().getCurrencyCode()));
        }
        if (executionDate == null) {
            problems.add(Problem.of(Rule.CLAIM_EXECUTION_DATE_MISSING, "claim.executionDate"));
        } else if (!ctx.campaignDates().contains(executionDate)) {
            problems.add(Problem.of(Rule.CLAIM_EXECUTION_DATE_OUTSIDE_CAMPAIGN, "claim.executionDate",
                    executionDate, ctx.campaignDates()));
        }
        Money claimed = getAmount().orElse(null);
        if (claimed == null || !claimed.isPositive()) {
            problems.add(Problem.of(Rule.CLAIM_AMOUNT_NOT_POSITIVE, "claim.amount"));
        } else {
            ClaimCaps.checkAmount(this, claimed, ctx, problems);
        }
        EvidenceChecklist.checkCosts(this, claimed, ctx, problems);
        EvidenceChecklist.checkDocuments(type, documents, problems);
        for (String metric : type.getRequiredMetrics()) {
            if (!metrics.containsKey(metric)) {
                problems.add(Problem.of(Rule.CLAIM_METRIC_MISSING, "metric:" + metric, type.metricName(metric)));
            }
        }
        return problems;
    }

    // ---- the state machine: every transition, each refused unless ClaimStatus.canMoveTo allows it ----
    //   DRAFT -> SUBMITTED (submit) | WITHDRAWN (withdraw) | EXPIRED (expireIfPastDeadline)
    //   SUBMITTED -> UNDER_REVIEW (startReview) | WITHDRAWN
    //   UNDER_REVIEW, DISPUTED -> APPROVED (approve) | REJECTED (reject) | ACTION_REQUIRED (requestAction)
    //   ACTION_REQUIRED -> SUBMITTED (answer) | REJECTED (rejectIfUnanswered, past the answer date)
    //   REJECTED -> DISPUTED (dispute);  APPROVED -> PAID (markPaid)

    /**
     * DRAFT &rarr; SUBMITTED. Refused after the claim deadline and while {@link #check} finds
     * anything ({@link Rule#CLAIM_INCOMPLETE} with every problem). Locks the documents.
     */
    public void submit(Clock clock, ClaimContext ctx) {
        requireTransition(ClaimStatus.SUBMITTED, "submit");
        if (status != ClaimStatus.DRAFT) {
            throw new DomainRuleViolation(Rule.ILLEGAL_TRANSITION, "claim", status, "submit");
        }
        LocalDate today = LocalDate.now(clock);
        if (claimOpens != null && !getClaimWindow().contains(today)) {
            throw new DomainRuleViolation(Rule.CLAIM_OUTSIDE_CLAIM_WINDOW, claimOpens, claimDeadline);
        }
        if (today.isAfter(claimDeadline)) {
            throw new DomainRuleViolation(Rule.CLAIM_DEADLINE_PASSED, claimDeadline);
        }
        requireExecutedBy(today);
        toSubmitted(clock, ctx);
    }

    /**
     * An activity is claimed once it has run: refuses an execution date after {@code today}
     * ({@link Rule#CLAIM_EXECUTION_DATE_IN_FUTURE}). Checked when the details are saved and again at submission.
     */
    public void requireExecutedBy(LocalDate today) {
        if (executionDate != null && executionDate.isAfter(today)) {
            throw new DomainRuleViolation(Rule.CLAIM_EXECUTION_DATE_IN_FUTURE, executionDate);
        }
    }

    /** The funding period's claim window as this claim knows it (moved when the program admin edits it). */
    public DateRange getClaimWindow() {
        return DateRange.of(claimOpens == null ? LocalDate.MIN : claimOpens, claimDeadline);
    }

    /**
     * ACTION_REQUIRED &rarr; SUBMITTED: the partner's answer, within the answer window; the
     * claim must pass {@link #check} again. The answer is kept apart from the final comments,
     * which stay what the partner wrote in the wizard.
     */
    public void answer(Clock clock, ClaimContext ctx, String answer) {
        if (status != ClaimStatus.ACTION_REQUIRED) {
            throw new DomainRuleViolation(Rule.ILLEGAL_TRANSITION, "claim", status, "answer");
        }
        if (LocalDate.now(clock).isAfter(answerDueOn)) {
            throw new DomainRuleViolation(Rule.CLAIM_ANSWER_OVERDUE, answerDueOn);
        }
        FreeText.comment(answer);
        if (answer != null && !answer.isBlank()) {
            this.partnerAnswer = answer.strip();
        }
        toSubmitted(clock, ctx);
        answerDueOn = null;
    }

    private void toSubmitted(Clock clock, ClaimContext ctx) {
        refuseIfProblems(check(ctx), ctx);
        Instant now = clock.instant();
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
        }
        submittedAt = now;
        documents.forEach(EvidenceDocument::lock);
        status = ClaimStatus.SUBMITTED;
    }

    /**
     * Every problem refused, in the partner's words: a complete claim whose only problems are money
     * other claims took first is told so plainly (funds insufficient, or what is left of the
     * activity); anything else is an incomplete claim with its list of problems.
     */
    private void refuseIfProblems(List<Problem> problems, ClaimContext ctx) {
        if (!problems.isEmpty() && problems.stream().allMatch(p -> TAKEN_BY_OTHERS.contains(p.rule()))) {
            // complete, but other claims took the money first: say so plainly
            if (problems.stream().anyMatch(p -> p.rule() == Rule.CLAIM_OVER_REMAINING_FUNDS)) {
                throw new DomainRuleViolation(Rule.FUNDS_INSUFFICIENT, problems, getAmount().orElseThrow(),
                        ctx.fundRemaining());
            }
            throw new DomainRuleViolation(Rule.CLAIM_OVER_ACTIVITY_REMAINING, problems, getAmount().orElseThrow(),
                    ctx.activityLeft().max(Money.zero(getCurrency())), ctx.activityAmount());
        }
        if (!problems.isEmpty()) {
            throw new DomainRuleViolation(Rule.CLAIM_INCOMPLETE, problems, problems.size());
        }
    }

    /**
     * The submission's second look, once the money is taken and the fund's row is locked (so every
     * earlier submission on the fund has committed): the limits this claim shares with other claims
     * (the activity's amount, the type's per-period caps, the plan's limit, the invoice used once)
     * checked again against what the other claims ask now ({@code ctx} read after the lock; its
     * fund check is already settled by the conditional take). Refused like {@link #submit}; the
     * caller's transaction then rolls back, money and all.
     */
    public void recheckSharedLimits(ClaimContext ctx) {
        if (status != ClaimStatus.SUBMITTED) {
            throw new DomainRuleViolation(Rule.ILLEGAL_TRANSITION, "claim", status, "recheckSharedLimits");
        }
        refuseIfProblems(check(ctx), ctx);
    }

    /**
     * Records as held what this claim's state wants held and returns how much more that is than it
     * held before: the money the caller takes from the fund in one conditional statement
     * ({@code FundAllocationRepository.takeIfRemaining}) instead of {@link #reconcileFunds} on a
     * locked allocation. Zero or negative when nothing is to be taken (then nothing changes here).
     */
    public Money holdWantedFunds() {
        Money held = getHeldAmount();
        Money wanted = status.holdsFunds() ? getAmount().orElse(Money.zero(getCurrency())) : Money.zero(getCurrency());
        Money more = wanted.minus(held);
        if (more.isPositive()) {
            heldAmount = wanted.amount();
        }
        return more;
    }

    /** DRAFT or SUBMITTED &rarr; WITHDRAWN by the partner; held money goes back via {@link #reconcileFunds}. */
    public void withdraw() {
        requireTransition(ClaimStatus.WITHDRAWN, "withdraw");
        status = ClaimStatus.WITHDRAWN;
    }

    /** SUBMITTED &rarr; UNDER_REVIEW, recording the reviewer. */
    public void startReview(String reviewerName) {
        requireTransition(ClaimStatus.UNDER_REVIEW, "startReview");
        this.reviewer = reviewerName;
        status = ClaimStatus.UNDER_REVIEW;
    }

    /** UNDER_REVIEW or DISPUTED &rarr; APPROVED. */
    public void approve(String comment, Clock clock) {
        requireTransition(ClaimStatus.APPROVED, "approve");
        this.reviewComment = FreeText.comment(comment);
        this.decidedAt = clock.instant();
        status = ClaimStatus.APPROVED;
    }

    /** UNDER_REVIEW or DISPUTED &rarr; REJECTED with a reason code and a comment. */
    public void reject(RejectionReason reason, String comment, Clock clock) {
        requireTransition(ClaimStatus.REJECTED, "reject");
        if (reason == null || comment == null || comment.isBlank()) {
            throw new DomainRuleViolation(Rule.CLAIM_REASON_REQUIRED);
        }
        if (status == ClaimStatus.ACTION_REQUIRED) {
            throw new DomainRuleViolation(Rule.ILLEGAL_TRANSITION, "claim", status, "reject");
        }
        FreeText.comment(comment);
        toRejected(reason, comment.strip(), clock);
    }

    private void toRejected(RejectionReason reason, String comment, Clock clock) {
        this.rejectionReason = reason;
        this.reviewComment = comment;
        this.rejectedOn = LocalDate.now(clock);
        this.decidedAt = clock.instant();
        this.answerDueOn = null;
        status = ClaimStatus.REJECTED;
    }

    /**
     * UNDER_REVIEW or DISPUTED &rarr; ACTION_REQUIRED: the partner must answer within
     * {@code answerBusinessDays} business days or the claim is rejected.
     */
    public void requestAction(String comment, int answerBusinessDays, Clock clock) {
        requireTransition(ClaimStatus.ACTION_REQUIRED, "requestAction");
        if (comment == null || comment.isBlank()) {
            throw new DomainRuleViolation(Rule.CLAIM_REASON_REQUIRED);
        }
        this.reviewComment = FreeText.comment(comment.strip());
        this.answerDueOn = BusinessDays.add(LocalDate.now(clock), answerBusinessDays);
        status = ClaimStatus.ACTION_REQUIRED;
    }

    /** ACTION_REQUIRED past its answer date &rarr; REJECTED; returns whether it happened. */
    public boolean rejectIfUnanswered(Clock clock) {
        if (status != ClaimStatus.ACTION_REQUIRED || !LocalDate.now(clock).isAfter(answerDueOn)) {
            return false;
        }
        toRejected(RejectionReason.ANSWER_OVERDUE, "No answer by " + answerDueOn, clock);
        return true;
    }

    /** REJECTED &rarr; DISPUTED within the program's dispute window after the rejection. */
    public void dispute(String reason, int disputeWindowDays, Clock clock) {
        requireTransition(ClaimStatus.DISPUTED, "dispute");
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation(Rule.CLAIM_REASON_REQUIRED);
        }
        LocalDate last = rejectedOn.plusDays(disputeWindowDays);
        if (LocalDate.now(clock).isAfter(last)) {
            throw new DomainRuleViolation(Rule.CLAIM_DISPUTE_WINDOW_CLOSED, last);
        }
        this.disputeReason = FreeText.comment(reason.strip());
        status = ClaimStatus.DISPUTED;
    }

    /** APPROVED &rarr; PAID with the payment's reference and date. */
    public void markPaid(String reference, LocalDate date) {
        requireTransition(ClaimStatus.PAID, "markPaid");
        if (reference == null || reference.isBlank() || date == null) {
            throw new DomainRuleViolation(Rule.CLAIM_PAYMENT_REFERENCE_MISSING);
        }
        this.paymentReference = FreeText.limited(reference.strip(), FreeText.REFERENCE_MAX_LENGTH);
        this.paidOn = date;
        status = ClaimStatus.PAID;
    }

    /** DRAFT past the claim deadline &rarr; EXPIRED; returns whether it happened. */
    public boolean expireIfPastDeadline(Clock clock) {
        if (status != ClaimStatus.DRAFT || !LocalDate.now(clock).isAfter(claimDeadline)) {
            return false;
        }
        status = ClaimStatus.EXPIRED;
        return true;
    }

    private void requireTransition(ClaimStatus target, String action) {
        if (!status.canMoveTo(target)) {
            throw new DomainRuleViolation(Rule.ILLEGAL_TRANSITION, "claim", status, action);
        }
    }

    // ---- funds: what the claim holds in its allocation follows its state ----

    /**
     * Brings the money this claim holds in the fund in line with its state and amount: takes the
     * difference (refused with {@link Rule#FUNDS_INSUFFICIENT} when the fund cannot cover it) or
     * gives it back. Call after each transition, with the allocation loaded for update.
     */
    public void reconcileFunds(FundAllocation allocation) {
        if (allocation.getId() != null && allocationId != 0 && allocation.getId() != allocationId) {
            throw new IllegalArgumentException("not this claim's allocation");
        }
        Money held = getHeldAmount();
        Money wanted = status.holdsFunds() ? getAmount().orElse(Money.zero(getCurrency())) : Money.zero(getCurrency());
        if (wanted.isGreaterThan(held)) {
            allocation.claim(wanted.minus(held));
        } else if (held.isGreaterThan(wanted)) {
            allocation.releaseClaim(held.minus(wanted));
        }
        heldAmount = wanted.amount();
    }

    /** Records the payment in the fund (after {@link #markPaid}). */
    public void recordPayment(FundAllocation allocation) {
        if (status != ClaimStatus.PAID) {
            throw new DomainRuleViolation(Rule.ILLEGAL_TRANSITION, "claim", status, "recordPayment");
        }
        allocation.pay(getHeldAmount());
    }

    // ---- queries ----

    /** What the whole claim's costs are about: the amount claimed and the invoice behind it. */
    public static final String COSTS_TARGET = "costs";

    /**
     * Whether a comment may be pinned to {@code target}: "claim", "costs" (the amount and invoice),
     * "document:ID" of one of its documents, or "evidence:CODE" of a requirement it answers or must
     * answer ({@code requirementCodes}: the codes of its activity type's evidence requirements).
     */
    public boolean hasTarget(String target, java.util.Collection<String> requirementCodes) {
        if ("claim".equals(target) || COSTS_TARGET.equals(target)) {
            return true;
        }
        if (target.startsWith("document:")) {
            String id = target.substring("document:".length());
            return documents.stream().anyMatch(d -> d.getId() != null && String.valueOf(d.getId()).equals(id));
        }
        if (target.startsWith("evidence:")) {
            String code = target.substring("evidence:".length());
            return requirementCodes.contains(code) || EvidenceDocument.INVOICE.equals(code)
                    || documents.stream().anyMatch(d -> code.equals(d.getRequirementCode()));
        }
        return false;
    }

    public Optional<EvidenceDocument> findDocument(long documentId) {
        return documents.stream().filter(d -> d.getId() != null && d.getId() == documentId).findFirst();
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

    public long getPlanId() {
        return planId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getActivityId() {
        return activityId;
    }

    public String getActivityTypeCode() {
        return activityTypeCode;
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

    public String getName() {
        return name;
    }

    public LocalDate getExecutionDate() {
        return executionDate;
    }

    public Optional<Money> getAmount() {
        return Optional.ofNullable(Money.ofNullable(amount, getCurrency()));
    }

    public Money getHeldAmount() {
        return Money.ofNullable(heldAmount, getCurrency());
    }

    public Long getEstimatedReach() {
        return estimatedReach;
    }

    public String getPreApprovalId() {
        return preApprovalId;
    }

    public Integer getPersons() {
        return persons;
    }

    public boolean isIncludesAlcohol() {
        return includesAlcohol;
    }

    public Map<String, String> getMetrics() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    public Optional<Invoice> getInvoice() {
        return Optional.ofNullable(invoice).filter(i -> i.getNumber() != null || i.getAmount() != null);
    }

    public Optional<SelfCertification> getSelfCertification() {
        return Optional.ofNullable(selfCertification).filter(s -> s.getAnswers() != null || s.getCertifiedBy() != null);
    }

    public List<EvidenceDocument> getDocuments() {
        return Collections.unmodifiableList(documents);
    }

    public String getFinalComments() {
        return finalComments;
    }

    public String getPartnerAnswer() {
        return partnerAnswer;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public LocalDate getClaimDeadline() {
        return claimDeadline;
    }

    public Instant getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReviewer() {
        return reviewer;
    }

    public LocalDate getAnswerDueOn() {
        return answerDueOn;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public LocalDate getRejectedOn() {
        return rejectedOn;
    }

    public RejectionReason getRejectionReason() {
        return rejectionReason;
    }

    public String getDisputeReason() {
        return disputeReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }
}
