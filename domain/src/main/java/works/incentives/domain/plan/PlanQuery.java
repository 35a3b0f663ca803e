package works.incentives.domain.plan;

import java.time.LocalDate;
import java.util.Set;

/**
 * A filter for plan lists and review queues; null fields do not filter. {@code partnerId} is how
 * partner-side users are scoped to their own organization. {@code activityTypeCode} finds plans
 * with at least one activity of that type; {@code submittedBefore} finds plans waiting since before
 * that day (the plan queue's "deadline": how long the partner has been waiting).
 */
public record PlanQuery(Long partnerId, Long programId, Long fundingPeriodId, String activityTypeCode,
                        Set<PlanStatus> statuses, String reviewer, LocalDate submittedBefore, Sort sort) {

    /** Orders of review queues and lists; every order ends on the id so pages never overlap. */
    public enum Sort { SUBMITTED_OLDEST_FIRST, SUBMITTED_NEWEST_FIRST, TITLE_A_TO_Z, TITLE_Z_TO_A, ID }

    public PlanQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sort = sort == null ? Sort.ID : sort;
        activityTypeCode = activityTypeCode == null || activityTypeCode.isBlank() ? null : activityTypeCode;
    }

    /** The filter before periods, activity types and waiting time could be chosen; kept for existing callers. */
    public PlanQuery(Long partnerId, Long programId, Set<PlanStatus> statuses, String reviewer, Sort sort) {
        this(partnerId, programId, null, null, statuses, reviewer, null, sort);
    }

    public static PlanQuery reviewQueue() {
        return new PlanQuery(null, null, Set.of(PlanStatus.SUBMITTED, PlanStatus.UNDER_REVIEW), null,
                Sort.SUBMITTED_OLDEST_FIRST);
    }

    public static PlanQuery ofPartner(long partnerId) {
        return new PlanQuery(partnerId, null, null, null, Sort.ID);
    }

    public PlanQuery withStatuses(Set<PlanStatus> newStatuses) {
        return new PlanQuery(partnerId, programId, fundingPeriodId, activityTypeCode, newStatuses, reviewer,
                submittedBefore, sort);
    }

    public PlanQuery withSort(Sort newSort) {
        return new PlanQuery(partnerId, programId, fundingPeriodId, activityTypeCode, statuses, reviewer,
                submittedBefore, newSort);
    }

    /** The same filter limited to one partner: how partner-side actors are scoped. */
    public PlanQuery withPartner(Long newPartnerId) {
        return new PlanQuery(newPartnerId, programId, fundingPeriodId, activityTypeCode, statuses, reviewer,
                submittedBefore, sort);
    }
}
