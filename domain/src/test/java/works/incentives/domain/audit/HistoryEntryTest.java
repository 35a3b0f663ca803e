package works.incentives.domain.audit;

import org.junit.jupiter.api.Test;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.FreeText;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recording a change never fails: what does not fit the history's columns is cut, visibly. */
class HistoryEntryTest {

    private static HistoryEntry entry(String concerns, String details) {
        return new HistoryEntry(HistoryEntry.SubjectType.PLAN, 1, 2L, "APPROVED", "UNDER_REVIEW", "APPROVED",
                Actor.reviewer("rita"), Instant.parse("2027-01-10T09:00:00Z"), concerns, details);
    }

    @Test
    void detailsLongerThanTheColumnAreCutWithAnEllipsis() {
        String prefix = "approved limit USD 10,000.00: ";
        HistoryEntry entry = entry("plan", prefix + "x".repeat(HistoryEntry.DETAILS_MAX_LENGTH));
        assertEquals(HistoryEntry.DETAILS_MAX_LENGTH, entry.getDetails().length());
        assertTrue(entry.getDetails().startsWith(prefix));
        assertTrue(entry.getDetails().endsWith("\u2026"));
        assertEquals(HistoryEntry.CONCERNS_MAX_LENGTH, entry(("document:" + "9".repeat(300)), null).getConcerns().length());
    }

    @Test
    void textsThatFitAreKeptAsTheyAre() {
        String longest = "好".repeat(HistoryEntry.DETAILS_MAX_LENGTH);
        assertEquals(longest, entry(null, longest).getDetails());
        assertEquals(null, entry(null, null).getDetails());
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String emoji = "\uD83D\uDE00";
        String text = "a".repeat(2) + emoji + "b";
        assertEquals("aa\u2026", FreeText.fit(text, 4));
        assertEquals("aa" + emoji + "\u2026", FreeText.fit(text + "cc", 5));
    }
}
