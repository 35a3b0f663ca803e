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

    /** Periods of a program, earliest usage first. */
    List<FundingPeriod> findPeriods(long programId);

    ActivityType save(ActivityType type);

    Optional<ActivityType> findActivityTypeById(long id);

    /**
     * The program's catalogue ordered by category and code: the current revision of each type
     * (active or deactivated), never a retired one.
     */
    List<ActivityType> findActivityTypes(long programId);

    /** Whether a plan that is no longer a draft was checked against this revision (it must then stay as it is). */
    boolean isActivityTypeCheckedByPlans(long activityTypeId);
}
