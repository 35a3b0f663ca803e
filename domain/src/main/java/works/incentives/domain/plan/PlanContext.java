package works.incentives.domain.plan;

import works.incentives.domain.fund.FundAllocation;
import works.incentives.domain.program.ActivityType;
import works.incentives.domain.program.FundingPeriod;
import works.incentives.domain.program.Program;
import works.incentives.domain.shared.DateRange;
import works.incentives.domain.shared.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a plan's checks need from outside the plan: the usage period, the catalogue revisions
 * that apply by code (a draft: the current ones; a submitted plan: those it was checked against), what the fund can still reserve, what the partner earned, and the
 * submission deadlines.
 */
public record PlanContext(DateRange usagePeriod, Map<String, ActivityType> catalogue, Money uncommitted,
                          Money earned, LocalDate firstSubmissionDeadline, LocalDate resubmissionDeadline) {

    public PlanContext {
        catalogue = Map.copyOf(catalogue);
    }

    public static PlanContext of(Program program, FundingPeriod period, FundAllocation allocation,
                                 List<ActivityType> types) {
        return new PlanContext(period.getUsage(),
                types.stream().collect(Collectors.toMap(ActivityType::getCode, Function.identity(), (a, b) -> b)),
                allocation.getUncommitted(), allocation.getEarned(),
                program.firstPlanSubmissionDeadline(), program.planResubmissionDeadline());
    }
}
