package works.incentives.web.review;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import works.incentives.domain.audit.HistoryView;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimCommands.DocumentView;
import works.incentives.domain.claim.ClaimCommands.InvoiceData;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.partner.PartnerService.PartnerView;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.program.ProgramSummary;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;
import works.incentives.web.i18n.TranslationProvider;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The claim review page fed with views: what it shows, which decisions it offers, and a lost race. */
class ClaimReviewViewTest {

    static final Actor RITA = Actor.reviewer("rita");

    /** The claim as the fake service stores it; decisions change it as the real service would. */
    ClaimView stored = claim(ClaimStatus.UNDER_REVIEW, 4);
    final List<String> calls = new ArrayList<>();

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", TranslationProvider.class.getName());
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    static ClaimView claim(ClaimStatus status, long version) {
        List<DocumentView> documents = List.of(
                new DocumentView(11, "ad.png", "image/png", 2048, "00", "AD_SCREENSHOT", null, Instant.EPOCH, "ann", true),
                new DocumentView(12, "media-plan.csv", "text/csv", 100, "00", "EXTRA", "Media plan", Instant.EPOCH, "ann", true));
        return new ClaimView(7, version, 1, 2, 3, 4L, 5L, "DIGITAL_ADVERTISING", "USD", "LinkedIn ads, first wave",
                LocalDate.of(2027, 2, 20), new BigDecimal("4500"), 80_000L, null, null, false,
                Map.of("CLICK_THROUGH_SUMMARY", "2.1%"), new InvoiceData("LI-42", "LinkedIn", LocalDate.of(2027, 2, 28),
                new BigDecimal("4500"), "USD"), null, documents, null, status, LocalDate.of(2027, 8, 14), null,
                "rita", null, null, null, null, null, null, Instant.EPOCH);
    }

    /** The page over the fake services (also the text scan's fixture). */
    ClaimReviewView show() {
        ClaimService claims = new ClaimService() {
            @Override
            public ClaimView get(long claimId, Actor actor) {
                return stored;
            }

            @Override
            public works.incentives.domain.program.ProgramCommands.ActivityTypeView activityTypeOf(long claimId, Actor actor) {
                return new works.incentives.domain.program.ProgramCommands.ActivityTypeView(3, "DIGITAL_ADVERTISING",
                        works.incentives.domain.program.ActivityCategory.DEMAND_GENERATION,
                        "activityType.DIGITAL_ADVERTISING", null, List.of(), List.of("CLICK_THROUGH_SUMMARY"), null, null,
                        null, null, null, null, false, true);
            }

            @Override
            public List<Problem> check(long claimId, Actor actor) {
                return List.of(Problem.of(Rule.CLAIM_EVIDENCE_MISSING, "evidence:LANDING_PAGE_URL", "Landing page URL"));
            }

            @Override
            public List<HistoryView> history(long claimId, Actor actor) {
                return List.of(new HistoryView(1, "SUBMITTED", "DRAFT", "SUBMITTED", "ann", "INCENTIVES_ADMIN",
                        Instant.EPOCH, null, null));
            }

            @Override
            public ClaimView approve(long claimId, long expectedVersion, String comment, Actor actor) {
                calls.add("approve v" + expectedVersion);
                if (expectedVersion != stored.version()) {
                    throw new OptimisticLockException("stale");
                }
                stored = claim(ClaimStatus.APPROVED, expectedVersion + 1);
                return stored;
            }

            @Override
            public ClaimView requestAction(long claimId, long expectedVersion, String comment, String concerns, Actor actor) {
                calls.add("requestAction v" + expectedVersion + " " + concerns + " " + comment);
                stored = claim(ClaimStatus.ACTION_REQUIRED, expectedVersion + 1);
                return stored;
            }
        };
        PartnerService partners = new PartnerService() {
            @Override
            public List<PartnerView> list(Actor actor) {
                return List.of(new PartnerView(1, 0, "Contoso", "TW"));
            }
        };
        ProgramService programs = new ProgramService() {
            @Override
            public List<ProgramSummary> listPrograms() {
                return List.of(new ProgramSummary(2, "CSP co-op", 2027, "USD", true));
            }
        };
        ClaimReviewView view = new ClaimReviewView(claims, partners, programs, () -> java.util.Optional.of(RITA),
                Clock.fixed(Instant.parse("2027-03-01T00:00:00Z"), ZoneOffset.UTC));
        UI.getCurrent().add(view);
        view.load(7);
        return view;
    }

    @Test
    void showsTheClaimItsEvidenceWithRequirementsAndTheChecklist() {
        ClaimReviewView view = show();
        assertEquals("Under review", view.status.getText());
        assertEquals("evidence/7/12?download", _get(Anchor.class, s -> s.withId("doc-download-12")).getHref());
        assertFalse(view.decisions.startReview.isVisible());
        assertTrue(view.decisions.approve.isVisible() && view.decisions.reject.isVisible()
                && view.decisions.requestAction.isVisible());
        assertFalse(view.decisions.markPaid.isVisible());
        _click(_get(Button.class, s -> s.withId("doc-preview-11")));
        assertEquals("evidence/7/11", _get(Image.class).getSrc());
        String page = view.getElement().getOuterHTML();
        assertTrue(page.contains("Screenshot of the ad"), "the requirement each document answers");
        assertTrue(page.contains("Note: Media plan"));
        assertTrue(page.contains("LI-42"));
        assertTrue(page.contains("Contoso"));
        assertTrue(_get(ChecklistPanel.class).getElement().getOuterHTML().contains("evidence:LANDING_PAGE_URL"));
    }

    /** Issue 10, defect: the partner's answer is shown beside the final comments, not over them. */
    @Test
    void thePartnersFinalCommentsAndAnswerToTheRequestForActionShowApart() {
        ClaimView c = claim(ClaimStatus.SUBMITTED, 5);
        stored = new ClaimView(c.id(), c.version(), c.partnerId(), c.programId(), c.planId(), c.campaignId(),
                c.activityId(), c.activityTypeCode(), c.currencyCode(), c.name(), c.executionDate(), c.amount(),
                c.estimatedReach(), c.preApprovalId(), c.persons(), c.includesAlcohol(), c.metrics(), c.invoice(),
                c.selfCertification(), c.documents(), "Ran on LinkedIn as planned", c.status(), c.claimDeadline(),
                null, c.reviewer(), "The screenshot lacks the brand", null, null, null, null, null, c.submittedAt(),
                "A branded screenshot is attached");
        ClaimReviewView view = show();
        String facts = _get(view, Facts.class, spec -> spec.withId("claim-facts")).getElement().getTextRecursively();
        assertTrue(facts.contains("Partner comments" + "Ran on LinkedIn as planned"), facts);
        assertTrue(facts.contains("Partner's answer to the request for action" + "A branded screenshot is attached"), facts);
    }

    @Test
    void aRequestForActionIsPinnedToTheChosenDocumentAndCarriesTheShownVersion() {
        ClaimReviewView view = show();
        _click(view.decisions.requestAction);
        DecisionDialog dialog = _get(DecisionDialog.class);
        assertTrue(dialog.target.getListDataView().getItems().toList()
                .containsAll(List.of("claim", "document:11", "document:12", "evidence:AD_SCREENSHOT")));
        dialog.target.setValue("document:11");
        dialog.comment.setValue("The screenshot lacks the partner brand");
        _click(dialog.confirm);
        assertEquals(List.of("requestAction v4 document:11 The screenshot lacks the partner brand"), calls);
        assertEquals("Action required", view.status.getText());
    }

    @Test
    void whenAnotherReviewerDecidedFirstTheUserIsToldAndSeesTheFreshState() {
        ClaimReviewView view = show();
        stored = claim(ClaimStatus.REJECTED, 5); // the other reviewer's decision, after this page was shown
        _click(view.decisions.approve);
        _click(_get(DecisionDialog.class).confirm);
        assertEquals(List.of("approve v4"), calls);
        NotificationsKt.expectNotifications(
                new TranslationProvider().getTranslation("error.changedBySomeoneElse", java.util.Locale.ENGLISH));
        assertEquals("Rejected", view.status.getText());
        assertEquals(5, view.shown().version());
        assertFalse(view.decisions.approve.isVisible());
    }
}
