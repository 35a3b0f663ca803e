package works.incentives.domain.claim;

/** Why a claim was rejected: the avoidable mistakes DOMAIN.md lists, plus the rest. */
public enum RejectionReason {
    MISSING_EVIDENCE,
    GENERIC_INVOICE,
    OUTSIDE_WINDOW,
    MISSING_BRAND,
    METRICS_NOT_IN_PLAN,
    OVER_CAP,
    INELIGIBLE_EXPENSE,
    DUPLICATE,
    ANSWER_OVERDUE,
    OTHER;

    public String messageKey() {
        return "rejectionReason." + name();
    }
}
