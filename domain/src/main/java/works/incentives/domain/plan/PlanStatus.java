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

    public String messageKey() {
        return "status.plan." + name();
    }
}
