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
 * that apply by code (a draft: the current ones; a submitted plan: those it was checked against),
 * what the fund can still reserve, what the partner earned, the submission deadlines, and what the
 * partner's other plans for the same program and period plan per activity type code
 * ({@code plannedElsewhere}: only plans that count, see {@link PlanStatus#countsAgainstPeriodCaps()}),
 * against which the types' per-period caps are summed.
 */
public record PlanContext(DateRange usagePeriod, Map<String, ActivityType> catalogue, Money uncommitted,
                          Money earned, LocalDate firstSubmissionDeadline, LocalDate resubmissionDeadline,
                          Map<String, Money> plannedElsewhere) {

    public PlanContext {
        catalogue = Map.copyOf(catalogue);
        plannedElsewhere = plannedElsewhere == null ? Map.of() : Map.copyOf(plannedElsewhere);
    }

    /** A context without other plans in the period. */
    public PlanContext(DateRange usagePeriod, Map<String, ActivityType> catalogue, Money uncommitted,
                       Money earned, LocalDate firstSubmissionDeadline, LocalDate resubmissionDeadline) {
        this(usagePeriod, catalogue, uncommitted, earned, firstSubmissionDeadline, resubmissionDeadline, Map.of());
    }

    public static PlanContext of(Program program, FundingPeriod period, FundAllocation allocation,
                                 List<ActivityType> types) {
        return of(program, period, allocation, types, Map.of());
    }

    public static PlanContext of(Program program, FundingPeriod period, FundAllocation allocation,
                                 List<ActivityType> types, Map<String, Money> plannedElsewhere) {
        return new PlanContext(period.getUsage(),
                types.stream().collect(Collectors.toMap(ActivityType::getCode, Function.identity(), (a, b) -> b)),
                allocation.getUncommitted(), allocation.getEarned(),
                program.firstPlanSubmissionDeadline(), program.planResubmissionDeadline(), plannedElsewhere);
    }

    /** What the partner's other counting plans plan for the type code in the period (zero if none). */
    public Money plannedElsewhere(String activityTypeCode) {
        return plannedElsewhere.getOrDefault(activityTypeCode, Money.zero(uncommitted.currency()));
    }
}
