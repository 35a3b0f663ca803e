package works.incentives.web.claim;

import works.incentives.web.KaribuTest;
import org.junit.jupiter.api.Test;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.shared.Actor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, defect: a partner's answer to a request for action used to overwrite the final
 * comments. The claim page shows both, each under its own label.
 */
class ClaimAnswerShownTest extends KaribuTest {

    /** A resubmitted claim: final comments from the wizard, the answer from the claim page. */
    static ClaimView answered() {
        return new ClaimView(7, 3, 3, 1, 5, 8L, 11L, "DIGITAL_ADVERTISING", "USD", "LinkedIn ads",
                LocalDate.of(2027, 2, 15), new BigDecimal("4000"), 80_000L, null, null, false,
                Map.of("CLICK_THROUGH_SUMMARY", "2%"), null, null, List.of(), "Ran on LinkedIn as planned",
                ClaimStatus.SUBMITTED, ClaimFixtures.DEADLINE, null, "rita", "The screenshot lacks the brand", null,
                null, null, null, null, null, "A branded screenshot is attached");
    }

    @Test
    void theClaimPageShowsTheFinalCommentsAndTheAnswerApart() {
        ClaimDetailView page = shown(new ClaimDetailView(null, null, null, null, null, null, null));
        page.workspace = new ClaimWorkspace(Actor.partnerAdmin("ann", 3), answered(), null, null, List.of(),
                ClaimFixtures.TODAY);
        page.render();
        String facts = text(page.facts);
        assertTrue(facts.contains("Final comments" + "Ran on LinkedIn as planned"), facts);
        assertTrue(facts.contains("Your answer to the request for action" + "A branded screenshot is attached"), facts);
        assertEquals("A branded screenshot is attached", findText(page, "claim-fact-partner-answer"));
        assertEquals("Ran on LinkedIn as planned", findText(page, "claim-fact-final-comments"));
    }

    private static String findText(ClaimDetailView page, String id) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._get(page,
                com.vaadin.flow.component.html.DescriptionList.Description.class, spec -> spec.withId(id)).getText();
    }
}
