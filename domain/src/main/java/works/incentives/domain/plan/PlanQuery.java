package works.incentives.domain.plan;

import java.util.Set;

/**
 * A filter for plan lists and review queues; null fields do not filter. {@code partnerId} is how
 * partner-side users are scoped to their own organization.
 */
public record PlanQuery(Long partnerId, Long programId, Set<PlanStatus> statuses, String reviewer,
                        Sort sort) {

    public enum Sort { SUBMITTED_OLDEST_FIRST, SUBMITTED_NEWEST_FIRST, ID }

    public PlanQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sort = sort == null ? Sort.ID : sort;
    }

    public static PlanQuery reviewQueue() {
        return new PlanQuery(null, null, Set.of(PlanStatus.SUBMITTED, PlanStatus.UNDER_REVIEW), null,
                Sort.SUBMITTED_OLDEST_FIRST);
    }

    public static PlanQuery ofPartner(long partnerId) {
        return new PlanQuery(partnerId, null, null, null, Sort.ID);
    }
}
