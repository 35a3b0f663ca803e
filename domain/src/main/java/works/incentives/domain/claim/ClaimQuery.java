package works.incentives.domain.claim;

import java.time.LocalDate;
import java.util.Set;

/**
 * A filter for claim lists, review queues and dashboards; null fields do not filter.
 * {@code partnerId} scopes partner-side users to their own organization.
 */
public record ClaimQuery(Long partnerId, Long programId, Long planId, Set<ClaimStatus> statuses,
                         String reviewer, LocalDate deadlineBefore) {

    public ClaimQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static ClaimQuery reviewQueue() {
        return new ClaimQuery(null, null, null, Set.of(ClaimStatus.SUBMITTED, ClaimStatus.UNDER_REVIEW,
                ClaimStatus.DISPUTED), null, null);
    }

    public static ClaimQuery ofPartner(long partnerId) {
        return new ClaimQuery(partnerId, null, null, null, null, null);
    }

    public ClaimQuery withStatuses(Set<ClaimStatus> newStatuses) {
        return new ClaimQuery(partnerId, programId, planId, newStatuses, reviewer, deadlineBefore);
    }

    /** Orders of review queues and lists. */
    public enum Sort { SUBMITTED_OLDEST_FIRST, SUBMITTED_NEWEST_FIRST, DEADLINE_SOONEST_FIRST, AMOUNT_LARGEST_FIRST, ID }
}
