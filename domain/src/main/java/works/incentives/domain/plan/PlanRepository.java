package works.incentives.domain.plan;

import works.incentives.domain.shared.Money;

import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stores and finds plans (with their campaigns and activities). */
public interface PlanRepository {

    Plan save(Plan plan);

    Optional<Plan> findById(long id);

    Optional<Plan> findByPartnerProgramAllocationPeriod(long partnerId, long programId, long allocationId,
                                                        long fundingPeriodId);

    /**
     * What the partner's plans for a program and period, other than {@code exceptPlanId}, plan per
     * activity type code: the sum of their activities' planned amounts, counting only plans whose
     * status {@link PlanStatus#countsAgainstPeriodCaps() counts}. Summed in the database.
     */
    Map<String, Money> plannedPerActivityType(long partnerId, long programId, long fundingPeriodId, long exceptPlanId,
                                              Currency currency);

    /** A page of plans matching the filter, for lists and review queues. */
    List<Plan> findPlans(PlanQuery filter, int offset, int limit);

    /**
     * A page of list rows: only the columns a list shows, with each plan's planned total. The default
     * maps whole plans (their campaigns and activities are read to add up the total); the JPA
     * repository selects the columns and sums the activities in the database (two queries per page).
     */
    default List<PlanCommands.PlanRow> findPlanRows(PlanQuery filter, int offset, int limit) {
        return findPlans(filter, offset, limit).stream().map(PlanCommands.PlanRow::of).toList();
    }

    long countPlans(PlanQuery filter);

    /**
     * How many plans match the filter in each status (ignoring the filter's own statuses), for the
     * queue's status tabs. Statuses without plans are absent.
     */
    default Map<PlanStatus, Long> countPlansByStatus(PlanQuery filter) {
        Map<PlanStatus, Long> counts = new EnumMap<>(PlanStatus.class);
        for (PlanStatus status : PlanStatus.values()) {
            long count = countPlans(filter.withStatuses(Set.of(status)));
            if (count > 0) {
                counts.put(status, count);
            }
        }
        return counts;
    }
}
