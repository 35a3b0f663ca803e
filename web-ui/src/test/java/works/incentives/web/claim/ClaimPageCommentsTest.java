package works.incentives.web.claim;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import works.incentives.domain.audit.HistoryView;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Rule;
import works.incentives.web.KaribuTest;

import java.time.Instant;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14.5 on the partner's claim page: the reviewer's comment on the costs is counted at the
 * costs, listed in the comments and named in the history; a refusal (here: the item is gone) is
 * said beside the field.
 */
class ClaimPageCommentsTest extends KaribuTest {

    @Test
    void theReviewersCommentOnTheCostsIsCountedThereAndNamedInTheHistory() {
        ClaimService claims = new ClaimService() {
            @Override
            public HistoryView comment(long claimId, String concerns, String text, Actor actor) {
                throw new DomainRuleViolation(Rule.CLAIM_COMMENT_TARGET_UNKNOWN, concerns);
            }
        };
        ClaimDetailView page = shown(new ClaimDetailView(null, claims, null, null, null, null, null));
        page.workspace = new ClaimWorkspace(Actor.partnerAdmin("ann", 3), ClaimAnswerShownTest.answered(), null, null,
                List.of(), ClaimFixtures.TODAY);
        page.entries = List.of(
                new HistoryView(1, "SUBMITTED", "DRAFT", "SUBMITTED", "ann", "INCENTIVES_ADMIN",
                        Instant.parse("2027-03-01T09:00:00Z"), null, null),
                new HistoryView(2, "COMMENTED", "UNDER_REVIEW", "UNDER_REVIEW", "rita", "REVIEWER",
                        Instant.parse("2027-03-02T09:00:00Z"), "costs", "Is the agency fee included?"));
        page.render();

        assertEquals("Comments (1)", _get(page, Button.class, s -> s.withId("comments-marker-costs")).getText());
        String comments = text(page.comments);
        assertTrue(comments.contains("rita (Reviewer)") && comments.contains("Is the agency fee included?"), comments);
        String history = text(page.history);
        assertTrue(history.contains("Comment on Costs (amount and invoice): Is the agency fee included?"), history);

        TextArea field = _get(page, TextArea.class, s -> s.withId("comment-text"));
        field.setValue("Yes, 10 %");
        _click(_get(page, Button.class, s -> s.withId("comment-post")));
        assertTrue(field.isInvalid());
        assertEquals("claim is not part of this claim.", field.getErrorMessage());
    }
}
