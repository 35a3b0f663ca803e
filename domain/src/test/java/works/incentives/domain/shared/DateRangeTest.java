package works.incentives.domain.shared;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateRangeTest {

    private final DateRange march = DateRange.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31));

    @Test
    void containsIncludesBothEnds() {
        assertTrue(march.contains(LocalDate.of(2027, 3, 1)));
        assertTrue(march.contains(LocalDate.of(2027, 3, 31)));
        assertFalse(march.contains(LocalDate.of(2027, 2, 28)));
        assertFalse(march.contains(LocalDate.of(2027, 4, 1)));
    }

    @Test
    void withinNeedsBothEndsInside() {
        DateRange q1 = DateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31));
        assertTrue(march.within(q1));
        assertTrue(march.within(march));
        assertFalse(DateRange.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 1)).within(q1));
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class,
                () -> DateRange.of(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 1)));
        assertEquals(Rule.DATE_RANGE_INVERTED, e.rule());
    }

    @Test
    void businessDaysSkipWeekends() {
        LocalDate friday = LocalDate.of(2027, 3, 5);
        assertEquals(LocalDate.of(2027, 3, 8), BusinessDays.add(friday, 1));
        assertEquals(LocalDate.of(2027, 3, 19), BusinessDays.add(friday, 10));
        assertEquals(LocalDate.of(2027, 3, 17), BusinessDays.add(LocalDate.of(2027, 3, 3), 10));
    }

    @Test
    void problemsAndViolationsCarryKeyArgumentsAndEnglishText() {
        Problem p = Problem.of(Rule.CLAIM_EVIDENCE_MISSING, "evidence:AD_SCREENSHOT", "Screenshot of the ad");
        assertEquals("CLAIM_EVIDENCE_MISSING", p.code());
        assertEquals("rule.claim.evidenceMissing", p.messageKey());
        assertEquals("Evidence missing: Screenshot of the ad.", p.defaultMessage());
        DomainRuleViolation v = new DomainRuleViolation(Rule.CLAIM_DEADLINE_PASSED, LocalDate.of(2027, 8, 14));
        assertEquals(java.util.List.of(LocalDate.of(2027, 8, 14)), v.args());
        assertTrue(v.getMessage().contains("2027-08-14"));
    }

    @Test
    void partnerSideActorsNeedAPartnerAndSeeOnlyIt() {
        assertThrows(IllegalArgumentException.class, () -> new Actor("paula", Role.INCENTIVES_USER, null));
        Actor paula = Actor.partnerUser("paula", 7);
        assertTrue(paula.maySee(7));
        assertFalse(paula.maySee(8));
        assertTrue(Actor.reviewer("rita").maySee(8));
    }
}
