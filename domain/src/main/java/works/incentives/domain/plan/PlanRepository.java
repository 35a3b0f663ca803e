package works.incentives.domain.plan;

import java.util.List;
import java.util.Optional;

/** Stores and finds plans (with their campaigns and activities). */
public interface PlanRepository {

    Plan save(Plan plan);

    Optional<Plan> findById(long id);

    Optional<Plan> findByPartnerProgramAllocationPeriod(long partnerId, long programId, long allocationId,
                                                        long fundingPeriodId);

    /** A page of plans matching the filter, for lists and review queues. */
    List<Plan> findPlans(PlanQuery filter, int offset, int limit);

    long countPlans(PlanQuery filter);
}
