package works.incentives.domain.claim;

import java.time.LocalDate;
import java.util.Set;

/**
 * A filter for claim lists, review queues and dashboards; null fields do not filter.
 * {@code partnerId} scopes partner-side users to their own organization. The review queue filters
 * by funding period and activity type too ({@code fundingPeriodId}, {@code activityTypeCode}), so
 * reviewers can work one period or one kind of activity at a time. {@code onlyEverSubmitted} leaves
 * out claims that were never submitted (a draft the partner withdrew or let expire): the vendor
 * side sees claims from their first submission on.
 */
public record ClaimQuery(Long partnerId, Long programId, Long planId, Set<ClaimStatus> statuses,
                         String reviewer, LocalDate deadlineBefore, Long fundingPeriodId, String activityTypeCode,
                         boolean onlyEverSubmitted) {

    public ClaimQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        activityTypeCode = activityTypeCode == null || activityTypeCode.isBlank() ? null : activityTypeCode;
    }

    public ClaimQuery(Long partnerId, Long programId, Long planId, Set<ClaimStatus> statuses, String reviewer,
                      LocalDate deadlineBefore, Long fundingPeriodId, String activityTypeCode) {
        this(partnerId, programId, planId, statuses, reviewer, deadlineBefore, fundingPeriodId, activityTypeCode, false);
    }

    /** The filter before periods and activity types could be chosen; kept for existing callers. */
    public ClaimQuery(Long partnerId, Long programId, Long planId, Set<ClaimStatus> statuses, String reviewer,
                      LocalDate deadlineBefore) {
        this(partnerId, programId, planId, statuses, reviewer, deadlineBefore, null, null);
    }

    public static ClaimQuery reviewQueue() {
        return new ClaimQuery(null, null, null, Set.of(ClaimStatus.SUBMITTED, ClaimStatus.UNDER_REVIEW,
                ClaimStatus.DISPUTED), null, null);
    }

    public static ClaimQuery ofPartner(long partnerId) {
        return new ClaimQuery(partnerId, null, null, null, null, null);
    }

    public ClaimQuery withStatuses(Set<ClaimStatus> newStatuses) {
        return new ClaimQuery(partnerId, programId, planId, newStatuses, reviewer, deadlineBefore, fundingPeriodId,
                activityTypeCode, onlyEverSubmitted);
    }

    /** The same filter limited to one partner: how partner-side actors are scoped. */
    public ClaimQuery withPartner(Long newPartnerId) {
        return new ClaimQuery(newPartnerId, programId, planId, statuses, reviewer, deadlineBefore, fundingPeriodId,
                activityTypeCode, onlyEverSubmitted);
    }

    /** The same filter without the claims that were never submitted: how the vendor side is scoped. */
    public ClaimQuery withOnlyEverSubmitted() {
        return new ClaimQuery(partnerId, programId, planId, statuses, reviewer, deadlineBefore, fundingPeriodId,
                activityTypeCode, true);
    }

    /** Orders of review queues and lists; every order ends on the id so pages never overlap. */
    public enum Sort {
        SUBMITTED_OLDEST_FIRST, SUBMITTED_NEWEST_FIRST, DEADLINE_SOONEST_FIRST, DEADLINE_LATEST_FIRST,
        AMOUNT_LARGEST_FIRST, AMOUNT_SMALLEST_FIRST, NAME_A_TO_Z, NAME_Z_TO_A, ID,
        /** The latest created first ("My claims" without a chosen order). */
        NEWEST_FIRST
    }
}
