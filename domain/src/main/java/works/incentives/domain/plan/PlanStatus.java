package works.incentives.domain.plan;

import java.util.EnumSet;
import java.util.Set;

/**
 * A plan's states and the only transitions between them (DOMAIN.md "States"):
 * DRAFT &rarr; SUBMITTED &rarr; (UNDER_REVIEW) &rarr; APPROVED | REJECTED | ACTION_REQUIRED;
 * ACTION_REQUIRED &rarr; DRAFT (to edit) &rarr; SUBMITTED.
 */
public enum PlanStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    APPROVED,
    REJECTED,
    ACTION_REQUIRED;

    public Set<PlanStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW, APPROVED, REJECTED, ACTION_REQUIRED);
            case UNDER_REVIEW -> EnumSet.of(APPROVED, REJECTED, ACTION_REQUIRED);
            case ACTION_REQUIRED -> EnumSet.of(DRAFT);
            case APPROVED, REJECTED -> EnumSet.noneOf(PlanStatus.class);
        };
    }

    public boolean canMoveTo(PlanStatus target) {
        return next().contains(target);
    }

    /**
     * Whether a partner's plan in this state counts when another of its plans for the same program
     * and period is checked against the activity types' per-period caps: plans asked for or granted
     * (SUBMITTED, UNDER_REVIEW, ACTION_REQUIRED, APPROVED). A DRAFT does not (nothing is asked yet; it
     * is checked against the others when it is submitted), nor a REJECTED plan. Plans have no
     * withdrawn state.
     */
    public boolean countsAgainstPeriodCaps() {
        return this == SUBMITTED || this == UNDER_REVIEW || this == ACTION_REQUIRED || this == APPROVED;
    }

    public String messageKey() {
        return "status.plan." + name();
    }
}
