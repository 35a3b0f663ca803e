package works.incentives.domain.program;

import java.util.List;
import java.util.Optional;

/** Stores and finds programs, their funding periods and activity catalogues; implemented in persistence. */
public interface ProgramRepository {

    List<Program> findAllOrderedByYearAndName();

    Optional<Program> findById(long id);

    Program save(Program program);

    long count();

    FundingPeriod save(FundingPeriod period);

    Optional<FundingPeriod> findPeriodById(long id);

    /** The periods with these ids (with their programs) by id, in one query; unknown ids are absent. */
    java.util.Map<Long, FundingPeriod> findPeriodsById(java.util.Collection<Long> ids);

    /**
     * The claims of a period follow its claim window when a program admin changes it: their stored
     * deadline (used by lists, countdowns and the draft-expiry job) and opening day. Returns how many moved.
     */
    int moveClaimsToWindow(long fundingPeriodId, works.incentives.domain.shared.DateRange window);

    /** Periods of a program, earliest usage first. */
    List<FundingPeriod> findPeriods(long programId);

    ActivityType save(ActivityType type);

    Optional<ActivityType> findActivityTypeById(long id);

    /**
     * The activity types (any revision) with these ids by id, with their evidence and metrics, in one go.
     * Read only, as committed: for transactions that show or check and write nothing.
     */
    java.util.Map<Long, ActivityType> findActivityTypesById(java.util.Collection<Long> ids);

    /**
     * The program's catalogue ordered by category and code: the current revision of each type
     * (active or deactivated), never a retired one.
     */
    List<ActivityType> findActivityTypes(long programId);

    /**
     * {@link #findActivityTypes(long)} of several programs at once, ordered by category and code. Read
     * only, as committed: for transactions that show and write nothing.
     */
    List<ActivityType> findActivityTypes(java.util.Collection<Long> programIds);

    /** Whether a plan that is no longer a draft was checked against this revision (it must then stay as it is). */
    boolean isActivityTypeCheckedByPlans(long activityTypeId);
}
