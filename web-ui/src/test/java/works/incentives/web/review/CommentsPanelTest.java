package works.incentives.web.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import works.incentives.domain.audit.HistoryView;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.partner.PartnerService.PartnerView;
import works.incentives.domain.plan.PlanCommands.ActivityView;
import works.incentives.domain.plan.PlanCommands.CampaignView;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.program.ProgramSummary;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.FreeText;
import works.incentives.domain.shared.Problem;
import works.incentives.web.KaribuTest;
import works.incentives.web.VisibleText;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14.5 on the reviewer's pages: a comment pinned from an item's marker is posted to that
 * item, listed in the panel and in the history between the other events, and counted on the item;
 * a comment the server refuses as too long is explained beside the field and nothing is stored.
 */
class CommentsPanelTest extends KaribuTest {

    private static final Actor RITA = Actor.reviewer("rita");
    private final List<HistoryView> history = new ArrayList<>(List.of(new HistoryView(1, "SUBMITTED", "DRAFT",
            "SUBMITTED", "ann", "INCENTIVES_ADMIN", Instant.parse("2027-03-01T09:00:00Z"), null, null)));
    private final List<String> posted = new ArrayList<>();

    /** What the real services do with a comment: the rules first, then one history line. */
    private HistoryView store(String concerns, String text, Actor actor) {
        String comment = FreeText.requiredComment(text);
        HistoryView entry = new HistoryView(history.size() + 1, "COMMENTED", "UNDER_REVIEW", "UNDER_REVIEW",
                actor.userName(), actor.role().name(), Instant.parse("2027-03-02T09:00:00Z"), concerns, comment);
        history.add(entry);
        posted.add(concerns + ": " + comment);
        return entry;
    }

    private ClaimReviewView claimPage() {
        ClaimService claims = new ClaimService() {
            @Override
            public ClaimView get(long claimId, Actor actor) {
                return ClaimReviewViewTest.claim(ClaimStatus.UNDER_REVIEW, 4);
            }

            @Override
            public ActivityTypeView activityTypeOf(long claimId, Actor actor) {
                return null;
            }

            @Override
            public List<Problem> check(long claimId, Actor actor) {
                return List.of();
            }

            @Override
            public List<HistoryView> history(long claimId, Actor actor) {
                return List.copyOf(history);
            }

            @Override
            public HistoryView comment(long claimId, String concerns, String text, Actor actor) {
                return store(concerns, text, actor);
            }
        };
        ClaimReviewView view = new ClaimReviewView(claims, partners(), programs(), () -> Optional.of(RITA),
                Clock.fixed(Instant.parse("2027-03-01T00:00:00Z"), ZoneOffset.UTC));
        UI.getCurrent().add(view);
        view.load(7);
        return view;
    }

    @Test
    void aCommentPinnedFromADocumentsMarkerIsPostedShownAndCountedAndStandsInTheHistory() {
        ClaimReviewView view = claimPage();
        Button marker = _get(view, Button.class, spec -> spec.withId("comments-marker-document-11"));
        assertEquals("Comment", marker.getText());
        _click(marker);
        assertEquals("document:11", about(view));
        write(view, "The logo is cut off");
        _click(_get(view, Button.class, spec -> spec.withId("comment-post")));

        assertEquals(List.of("document:11: The logo is cut off"), posted);
        assertEquals("Comments (1)", _get(view, Button.class, spec -> spec.withId("comments-marker-document-11")).getText());
        assertEquals("Comment", _get(view, Button.class, spec -> spec.withId("comments-marker-costs")).getText());
        String panel = text(view.comments);
        assertTrue(panel.contains("The logo is cut off") && panel.contains("rita (Reviewer)")
                && panel.contains("on Document ad.png"), panel);
        List<String> lines = _get(view.history, com.vaadin.flow.component.html.UnorderedList.class,
                spec -> spec.withId("history-entries")).getChildren()
                .map(li -> li.getElement().getAttribute("data-action")).toList();
        assertEquals(List.of("COMMENTED", "SUBMITTED"), lines, "newest first, between the other events");
        String historyText = text(view.history);
        assertTrue(historyText.contains("commented") && historyText.contains("Concerns: ad.png"), historyText);
    }

    @Test
    void aTooLongCommentIsRefusedBesideTheFieldAndKeptForTheUserToShorten() {
        ClaimReviewView view = claimPage();
        String tooLong = "x".repeat(FreeText.COMMENT_MAX_LENGTH + 1);
        write(view, tooLong);
        _click(_get(view, Button.class, spec -> spec.withId("comment-post")));
        assertEquals(List.of(), posted, "nothing stored");
        assertTrue(field(view).isInvalid());
        assertTrue(field(view).getErrorMessage().startsWith("The text has 2,001 characters; at most 2,000 are allowed."),
                field(view).getErrorMessage());
        assertEquals(tooLong, field(view).getValue(), "the text stays to be shortened");
        write(view, "Short");
        _click(_get(view, Button.class, spec -> spec.withId("comment-post")));
        assertEquals(List.of("claim: Short"), posted);
        assertFalse(field(view).isInvalid(), "the message goes once the comment is stored");
        assertEquals("", field(view).getValue());
    }

    @Test
    void onThePlanPageAnActivitysMarkerPinsTheCommentInBothLanguages() {
        PlanService plans = new PlanService() {
            @Override
            public PlanView get(long planId, Actor actor) {
                ActivityView ads = new ActivityView(51, 41L, "DIGITAL_ADVERTISING", Set.of("TW"), new BigDecimal("4000"),
                        Map.of(), "LinkedIn");
                return new PlanView(5, 3, 1, 2, 9, 3, "USD", "Cloud launch", "300 leads", "rita",
                        PlanStatus.UNDER_REVIEW, new BigDecimal("4000"), null, Instant.EPOCH, null, null,
                        List.of(new CampaignView(11, "Spring", "Leads", LocalDate.of(2027, 2, 1),
                                LocalDate.of(2027, 3, 31), new BigDecimal("4000"), List.of(ads))));
            }

            @Override
            public List<Problem> check(long planId, Actor actor) {
                return List.of();
            }

            @Override
            public List<HistoryView> history(long planId, Actor actor) {
                return List.copyOf(history);
            }

            @Override
            public List<ActivityTypeView> catalogueOf(long planId, Actor actor) {
                return List.of();
            }

            @Override
            public HistoryView comment(long planId, String concerns, String text, Actor actor) {
                return store(concerns, text, actor);
            }
        };
        UI.getCurrent().setLocale(Locale.forLanguageTag("zh-TW"));
        PlanReviewView view = new PlanReviewView(plans, new works.incentives.domain.fund.AllocationService() {
            @Override
            public works.incentives.domain.fund.AllocationService.AllocationView get(long id, Actor actor) {
                return null;
            }
        }, partners(), programs(), () -> Optional.of(RITA));
        UI.getCurrent().add(view);
        view.load(5);
        _click(_get(view, Button.class, spec -> spec.withId("comments-marker-activity-51")));
        write(view, "哪些受眾？");
        _click(_get(view, Button.class, spec -> spec.withId("comment-post")));
        assertEquals(List.of("activity:51: 哪些受眾？"), posted);
        assertEquals("留言（1）", _get(view, Button.class, spec -> spec.withId("comments-marker-activity-51")).getText());
        assertEquals("留言", _get(view, Button.class, spec -> spec.withId("comments-marker-campaign-11")).getText());
        String text = VisibleText.of(view.comments);
        assertEquals(List.of(), VisibleText.untranslated(text), text);
        assertTrue(text.contains("哪些受眾？"), text);
        assertFalse(text.contains("Comment"), text);
    }

    private static PartnerService partners() {
        return new PartnerService() {
            @Override
            public List<PartnerView> list(Actor actor) {
                return List.of(new PartnerView(1, 0, "Contoso", "TW"));
            }
        };
    }

    private static ProgramService programs() {
        return new ProgramService() {
            @Override
            public List<ProgramSummary> listPrograms() {
                return List.of(new ProgramSummary(2, "CSP co-op", 2027, "USD", true));
            }
        };
    }

    private static TextArea field(Component view) {
        return _get(view, TextArea.class, spec -> spec.withId("comment-text"));
    }

    private static void write(Component view, String text) {
        field(view).setValue(text);
    }

    @SuppressWarnings("unchecked")
    private static String about(Component view) {
        return ((Select<String>) _get(view, Select.class, spec -> spec.withId("comment-about"))).getValue();
    }
}
