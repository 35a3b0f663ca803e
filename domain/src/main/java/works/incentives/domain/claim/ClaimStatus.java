package works.incentives.domain.claim;

import java.util.EnumSet;
import java.util.Set;

/**
 * A claim's (proof of execution's) states and the only transitions between them:
 * DRAFT &rarr; SUBMITTED &rarr; UNDER_REVIEW &rarr; APPROVED &rarr; PAID, or REJECTED, or
 * ACTION_REQUIRED (answered &rarr; SUBMITTED, unanswered &rarr; REJECTED);
 * REJECTED &rarr; DISPUTED &rarr; APPROVED | REJECTED | ACTION_REQUIRED;
 * DRAFT &rarr; EXPIRED; DRAFT | SUBMITTED &rarr; WITHDRAWN.
 */
public enum ClaimStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    ACTION_REQUIRED,
    APPROVED,
    PAID,
    REJECTED,
    DISPUTED,
    EXPIRED,
    WITHDRAWN;

    public Set<ClaimStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, EXPIRED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW, WITHDRAWN);
            case UNDER_REVIEW -> EnumSet.of(APPROVED, REJECTED, ACTION_REQUIRED);
            case ACTION_REQUIRED -> EnumSet.of(SUBMITTED, REJECTED);
            case APPROVED -> EnumSet.of(PAID);
            case REJECTED -> EnumSet.of(DISPUTED);
            case DISPUTED -> EnumSet.of(APPROVED, REJECTED, ACTION_REQUIRED);
            case PAID, EXPIRED, WITHDRAWN -> EnumSet.noneOf(ClaimStatus.class);
        };
    }

    public boolean canMoveTo(ClaimStatus target) {
        return next().contains(target);
    }

    /** Whether a claim in this state holds its amount in the fund. */
    public boolean holdsFunds() {
        return this == SUBMITTED || this == UNDER_REVIEW || this == ACTION_REQUIRED || this == APPROVED
                || this == PAID;
    }

    /**
     * Whether a claim in this state counts against the activity's approved amount and the type's
     * per-period caps: every state that holds money, and DISPUTED, which holds none in the fund
     * (the rejection gave it back) but is approved again if the dispute is upheld, so its amount
     * stays reserved against the limits. DRAFT, WITHDRAWN, REJECTED and EXPIRED do not count.
     */
    public boolean countsAgainstLimits() {
        return holdsFunds() || this == DISPUTED;
    }

    /** Whether the partner may change the claim's details and add documents. */
    public boolean editable() {
        return this == DRAFT || this == ACTION_REQUIRED;
    }

    public String messageKey() {
        return "status.claim." + name();
    }
}
