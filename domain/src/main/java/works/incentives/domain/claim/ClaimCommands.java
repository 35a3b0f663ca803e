package works.incentives.domain.claim;

import works.incentives.domain.evidence.EvidenceDocument;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Commands and views of {@link ClaimService}, one per PoE wizard step; plain records a UI can hold. */
public final class ClaimCommands {

    private ClaimCommands() {
    }

    public record CreateClaim(long planId, long activityId, String name) {
    }

    /** The details step; a null amount means "not entered yet". */
    public record ClaimDetails(String name, LocalDate executionDate, BigDecimal amount, Long estimatedReach,
                               String preApprovalId, Integer persons, boolean includesAlcohol,
                               Map<String, String> metrics, String finalComments) {
    }

    public record InvoiceData(String number, String vendor, LocalDate date, BigDecimal amount, String currencyCode) {
    }

    public record SelfCertificationData(String answers, String certifiedBy, LocalDate certifiedOn) {
    }

    /** An upload: its type is decided by the bytes, not the name. */
    public record AddEvidence(String fileName, String requirementCode, String note, byte[] content) {
    }

    public record DocumentView(long id, String fileName, String contentType, long size, String sha256,
                               String requirementCode, String note, Instant uploadedAt, String uploadedBy,
                               boolean locked) {

        public static DocumentView of(EvidenceDocument d) {
            return new DocumentView(d.getId(), d.getFileName(), d.getContentType(), d.getSize(), d.getSha256(),
                    d.getRequirementCode(), d.getNote(), d.getUploadedAt(), d.getUploadedBy(), d.isLocked());
        }
    }

    public record ClaimView(long id, long version, long partnerId, long programId, long planId, Long campaignId,
                            Long activityId, String activityTypeCode, String currencyCode, String name,
                            LocalDate executionDate, BigDecimal amount, Long estimatedReach, String preApprovalId,
                            Integer persons, boolean includesAlcohol, Map<String, String> metrics,
                            InvoiceData invoice, SelfCertificationData selfCertification,
                            List<DocumentView> documents, String finalComments, ClaimStatus status,
                            LocalDate claimDeadline, LocalDate answerDueOn, String reviewer, String reviewComment,
                            RejectionReason rejectionReason, LocalDate rejectedOn, String disputeReason,
                            String paymentReference, LocalDate paidOn, Instant submittedAt, String partnerAnswer) {

        /** A view without a partner's answer to a request for action. */
        public ClaimView(long id, long version, long partnerId, long programId, long planId, Long campaignId,
                         Long activityId, String activityTypeCode, String currencyCode, String name,
                         LocalDate executionDate, BigDecimal amount, Long estimatedReach, String preApprovalId,
                         Integer persons, boolean includesAlcohol, Map<String, String> metrics,
                         InvoiceData invoice, SelfCertificationData selfCertification,
                         List<DocumentView> documents, String finalComments, ClaimStatus status,
                         LocalDate claimDeadline, LocalDate answerDueOn, String reviewer, String reviewComment,
                         RejectionReason rejectionReason, LocalDate rejectedOn, String disputeReason,
                         String paymentReference, LocalDate paidOn, Instant submittedAt) {
            this(id, version, partnerId, programId, planId, campaignId, activityId, activityTypeCode, currencyCode,
                    name, executionDate, amount, estimatedReach, preApprovalId, persons, includesAlcohol, metrics,
                    invoice, selfCertification, documents, finalComments, status, claimDeadline, answerDueOn, reviewer,
                    reviewComment, rejectionReason, rejectedOn, disputeReason, paymentReference, paidOn, submittedAt,
                    null);
        }

        public static ClaimView of(Claim c) {
            return new ClaimView(c.getId(), c.getVersion(), c.getPartnerId(), c.getProgramId(), c.getPlanId(),
                    c.getCampaignId(), c.getActivityId(), c.getActivityTypeCode(), c.getCurrency().getCurrencyCode(),
                    c.getName(), c.getExecutionDate(), c.getAmount().map(m -> m.amount()).orElse(null),
                    c.getEstimatedReach(), c.getPreApprovalId(), c.getPersons(), c.isIncludesAlcohol(), c.getMetrics(),
                    c.getInvoice().map(i -> new InvoiceData(i.getNumber(), i.getVendor(), i.getDate(),
                            i.getAmount() == null ? null : i.getAmount().amount(),
                            i.getAmount() == null ? null : i.getAmount().currency().getCurrencyCode())).orElse(null),
                    c.getSelfCertification().map(s -> new SelfCertificationData(s.getAnswers(), s.getCertifiedBy(),
                            s.getCertifiedOn())).orElse(null),
                    c.getDocuments().stream().map(DocumentView::of).toList(), c.getFinalComments(), c.getStatus(),
                    c.getClaimDeadline(), c.getAnswerDueOn(), c.getReviewer(), c.getReviewComment(),
                    c.getRejectionReason(), c.getRejectedOn(), c.getDisputeReason(), c.getPaymentReference(),
                    c.getPaidOn(), c.getSubmittedAt(), c.getPartnerAnswer());
        }
    }

    /**
     * One activity of a plan as the PoE wizard offers it ({@link ClaimService#claimable}): why it cannot
     * be claimed ({@link ClaimEligibility}; null when it can), what the other claims on it ask, and the
     * most a claim can ask now ({@link ClaimContext#maximum()}).
     */
    public record ClaimableView(long activityId, BigDecimal claimedByOthers, BigDecimal maximumNow,
                                works.incentives.domain.shared.Problem refusal) {

        public boolean eligible() {
            return refusal == null;
        }
    }

    /**
     * Everything the PoE wizard and the claim page show about one claim, read in one transaction
     * ({@link ClaimService#workspace}): the claim, its plan and fund, what its activity may still take
     * ({@code null} when the activity is no longer in the plan), the catalogue revision it is checked
     * against, what still blocks submission (empty once it is no longer editable) and its history.
     */
    public record ClaimWorkspaceView(ClaimView claim, works.incentives.domain.plan.PlanCommands.PlanView plan,
                                     works.incentives.domain.fund.AllocationService.AllocationView fund,
                                     ClaimableView activity,
                                     works.incentives.domain.program.ProgramCommands.ActivityTypeView type,
                                     List<works.incentives.domain.shared.Problem> problems,
                                     List<works.incentives.domain.audit.HistoryView> history) {
    }

    /**
     * A plan a new claim may be filed under, with its fund and each activity's numbers as
     * {@link ClaimService#claimable} gives them ({@link ClaimService#claimablePlans}).
     */
    public record ClaimablePlan(works.incentives.domain.plan.PlanCommands.PlanView plan,
                                works.incentives.domain.fund.AllocationService.AllocationView fund,
                                List<ClaimableView> activities) {
    }

    /** One row of a claim list or review queue. */
    public record ClaimRow(long id, long partnerId, long programId, long planId, String name, String activityTypeCode,
                           String currencyCode, BigDecimal amount, ClaimStatus status, Instant submittedAt,
                           LocalDate claimDeadline, LocalDate answerDueOn, String reviewer) {

        public static ClaimRow of(Claim c) {
            return new ClaimRow(c.getId(), c.getPartnerId(), c.getProgramId(), c.getPlanId(), c.getName(),
                    c.getActivityTypeCode(), c.getCurrency().getCurrencyCode(),
                    c.getAmount().map(m -> m.amount()).orElse(null), c.getStatus(), c.getSubmittedAt(),
                    c.getClaimDeadline(), c.getAnswerDueOn(), c.getReviewer());
        }
    }
}
