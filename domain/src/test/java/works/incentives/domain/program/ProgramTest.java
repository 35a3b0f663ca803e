package works.incentives.domain.program;

import org.junit.jupiter.api.Test;
import works.incentives.domain.shared.DateRange;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Rule;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static works.incentives.domain.Fixtures.USD;
import static works.incentives.domain.Fixtures.usd;

class ProgramTest {

    private final Program program = new Program("CSP co-op FY27", 2027, USD, true);

    @Test
    void programYearIsTheFiscalYearEndingInJune() {
        assertEquals(DateRange.of(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30)), program.getYear());
    }

    @Test
    void defaultRulesAreThoseOfTheRealPrograms() {
        assertEquals(45, program.getClaimDeadlineDays());
        assertEquals(90, program.getPlanResubmissionDays());
        assertEquals(10, program.getAnswerBusinessDays());
        assertEquals(30, program.getDisputeWindowDays());
    }

    @Test
    void claimsAreDue45DaysAfterTheUsagePeriodEnds() {
        FundingPeriod period = FundingPeriod.halfYear(program, "H1", LocalDate.of(2026, 7, 1));
        assertEquals(DateRange.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)), period.getEarning());
        assertEquals(DateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30)), period.getUsage());
        assertEquals(LocalDate.of(2027, 8, 14), period.claimDeadline());
    }

    @Test
    void claimDeadlineFollowsTheProgramsConfiguredDays() {
        program.configureDeadlines(60, 90, 10, 30);
        FundingPeriod period = FundingPeriod.halfYear(program, "H2", LocalDate.of(2027, 1, 1));
        assertEquals(LocalDate.of(2027, 12, 31), period.getUsage().end());
        assertEquals(LocalDate.of(2028, 2, 29), period.claimDeadline());
    }

    @Test
    void planSubmissionClosesAtYearEndAndResubmission90DaysLater() {
        assertEquals(LocalDate.of(2027, 6, 30), program.firstPlanSubmissionDeadline());
        assertEquals(LocalDate.of(2027, 9, 28), program.planResubmissionDeadline());
        program.configureDeadlines(45, 30, 10, 30);
        assertEquals(LocalDate.of(2027, 7, 30), program.planResubmissionDeadline());
    }

    @Test
    void deadlineRulesMustBeAtLeastOneDay() {
        assertThrows(IllegalArgumentException.class, () -> program.configureDeadlines(0, 90, 10, 30));
        assertThrows(IllegalArgumentException.class, () -> program.configureDeadlines(45, 90, 0, 30));
    }

    @Test
    void usagePeriodMustStartAfterTheEarningPeriod() {
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> new FundingPeriod(program, "bad",
                DateRange.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)),
                DateRange.of(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31))));
        assertEquals(Rule.PERIOD_USAGE_BEFORE_EARNING, e.rule());
    }

    @Test
    void rebateThresholdMustBeInTheProgramCurrency() {
        program.setRebateThreshold(usd(1_500));
        assertEquals(usd(1_500), program.getRebateThreshold());
        assertThrows(IllegalArgumentException.class,
                () -> program.setRebateThreshold(works.incentives.domain.shared.Money.of("1500", "EUR")));
    }
}
