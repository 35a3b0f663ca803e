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
        FundingPeriod period = FundingPeriod.halfYear(program, "H2", LocalDate.of(2026, 1, 1));
        assertEquals(LocalDate.of(2026, 12, 31), period.getUsage().end());
        assertEquals(LocalDate.of(2027, 3, 1), period.claimDeadline());
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

    // ---- claim windows (issue 10) ----

    private static DateRange days(String start, String end) {
        return DateRange.of(LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void theClaimWindowDefaultsToTheProgramsRule() {
        FundingPeriod period = FundingPeriod.halfYear(program, "H1", LocalDate.of(2026, 7, 1));
        assertEquals(days("2027-01-01", "2027-08-14"), period.getClaimWindow());
        program.configureDeadlines(60, 90, 10, 30);
        assertEquals(days("2027-01-01", "2027-08-29"),
                FundingPeriod.halfYear(program, "H1b", LocalDate.of(2026, 7, 1)).getClaimWindow());
    }

    /** Partner Center: usage Jan 1 - Jun 30 is claimed from Feb 15 to Aug 14; Jul 1 - Dec 31 from Aug 15 to Feb 14. */
    @Test
    void partnerCentersPublishedClaimWindowsAreReproducedExactly() {
        FundingPeriod h2 = new FundingPeriod(program, "H2 FY26", days("2026-01-01", "2026-06-30"),
                days("2026-07-01", "2026-12-31"), days("2026-08-15", "2027-02-14"));
        FundingPeriod h1 = new FundingPeriod(program, "H1 FY27", days("2026-07-01", "2026-12-31"),
                days("2027-01-01", "2027-06-30"), days("2027-02-15", "2027-08-14"));
        assertEquals(days("2026-08-15", "2027-02-14"), h2.getClaimWindow());
        assertEquals(days("2027-02-15", "2027-08-14"), h1.getClaimWindow());
        assertEquals(LocalDate.of(2027, 8, 14), h1.claimDeadline());
        assertEquals(false, h1.acceptsClaimsOn(LocalDate.of(2027, 2, 14)));
        assertEquals(true, h1.acceptsClaimsOn(LocalDate.of(2027, 2, 15)));
        assertEquals(true, h1.acceptsClaimsOn(LocalDate.of(2027, 8, 14)));
        assertEquals(false, h1.acceptsClaimsOn(LocalDate.of(2027, 8, 15)));
    }

    @Test
    void theClaimWindowOpensNoEarlierThanUsageAndClosesNoEarlierThanItsEnd() {
        DateRange earning = days("2026-07-01", "2026-12-31");
        DateRange usage = days("2027-01-01", "2027-06-30");
        DomainRuleViolation early = assertThrows(DomainRuleViolation.class, () -> new FundingPeriod(program, "early",
                earning, usage, days("2026-12-15", "2027-08-14")));
        assertEquals(Rule.PERIOD_CLAIM_WINDOW_INVALID, early.rule());
        assertEquals(java.util.List.of(LocalDate.of(2026, 12, 15), LocalDate.of(2027, 8, 14), usage.start(), usage.end()),
                early.args());
        assertEquals(Rule.PERIOD_CLAIM_WINDOW_INVALID, assertThrows(DomainRuleViolation.class,
                () -> new FundingPeriod(program, "short", earning, usage, days("2027-02-15", "2027-06-29"))).rule());
    }

    @Test
    void aUsagePeriodMustLieInsideItsProgramYear() {
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> new FundingPeriod(program, "next year",
                days("2027-01-01", "2027-06-30"), days("2027-07-01", "2027-12-31")));
        assertEquals(Rule.PERIOD_USAGE_OUTSIDE_PROGRAM_YEAR, e.rule());
        FundingPeriod period = FundingPeriod.halfYear(program, "H1", LocalDate.of(2026, 7, 1));
        assertEquals(Rule.PERIOD_USAGE_OUTSIDE_PROGRAM_YEAR, assertThrows(DomainRuleViolation.class,
                () -> period.redefine("H1", days("2026-07-01", "2026-12-31"), days("2027-01-01", "2027-07-31"),
                        days("2027-01-01", "2027-09-14"))).rule());
        assertEquals(days("2027-01-01", "2027-06-30"), period.getUsage(), "a refused edit changes nothing");
    }

    @Test
    void aProgramAdminCorrectsAPeriodsNameDatesAndClaimWindow() {
        FundingPeriod period = FundingPeriod.halfYear(program, "H1", LocalDate.of(2026, 7, 1));
        period.redefine(" H1 FY27 ", days("2026-07-01", "2026-12-31"), days("2027-01-01", "2027-06-30"),
                days("2027-02-15", "2027-08-14"));
        assertEquals("H1 FY27", period.getName());
        assertEquals(days("2027-02-15", "2027-08-14"), period.getClaimWindow());
    }

    @Test
    void expiredOrDeactivatedPeriodsAreNotOpenForNewPlans() {
        FundingPeriod period = FundingPeriod.halfYear(program, "H1", LocalDate.of(2026, 7, 1));
        assertEquals(true, period.openForNewPlans(LocalDate.of(2027, 6, 30)));
        assertEquals(false, period.openForNewPlans(LocalDate.of(2027, 7, 1)), "usage period over");
        period.redefine("H1", period.getEarning(), period.getUsage(), days("2027-01-01", "2027-06-30"));
        period.deactivate();
        assertEquals(false, period.isActive());
        assertEquals(false, period.openForNewPlans(LocalDate.of(2027, 3, 1)), "deactivated");
        period.reactivate();
        assertEquals(true, period.openForNewPlans(LocalDate.of(2027, 3, 1)));
    }

    @Test
    void aClosedProgramsFundsAreNotOfferedForNewPlans() {
        FundingPeriod period = FundingPeriod.halfYear(program, "H1", LocalDate.of(2026, 7, 1));
        program.deactivate();
        assertEquals(false, period.openForNewPlans(LocalDate.of(2027, 3, 1)), "program closed");
        program.activate();
        assertEquals(true, period.openForNewPlans(LocalDate.of(2027, 3, 1)));
    }
}
