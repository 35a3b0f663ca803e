package works.incentives.web.component.wizard;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import works.incentives.web.guidance.GuidanceArticle;
import works.incentives.web.guidance.GuidanceLink;
import works.incentives.web.i18n.TranslationProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wizard chrome: moving, validating, discarding, states in words, help and its links. */
class WizardTest {

    static final GuidanceLink LINK = new GuidanceLink(GuidanceArticle.CREATING_YOUR_PLAN, "plan-basics");

    /** A step with one required field, using the plan's real keys so texts exist. */
    static class NameStep extends BufferedStep<StringBuilder> {
        final TextField name = new TextField();

        NameStep(String id) {
            super(id);
            binder.forField(name).asRequired("Name needed")
                    .bind(StringBuilder::toString, (b, v) -> b.replace(0, b.length(), v));
            add(name);
        }

        @Override
        public List<GuidanceLink> guidance() {
            return List.of(LINK);
        }
    }

    private final List<String> events = new ArrayList<>();
    private NameStep first;
    private NameStep second;
    private Wizard wizard;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", TranslationProvider.class.getName());
        MockVaadin.setup();
        first = new NameStep("basics");
        second = new NameStep("campaigns");
        wizard = new Wizard(List.of(first, second));
        wizard.addNextListener(e -> events.add("next:" + e.step().stepId()));
        wizard.addBackListener(e -> events.add("back:" + e.step().stepId()));
        wizard.addSaveAndCloseListener(e -> events.add("close:" + e.step().stepId()));
        wizard.addSubmitListener(e -> events.add("submit"));
        UI.getCurrent().add(wizard);
        first.edit(new StringBuilder());
        second.edit(new StringBuilder("kept"));
        wizard.show("basics", Map.of());
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void nextIsRefusedWithTheMessageNextToTheFieldWhileTheStepIsInvalid() {
        ButtonKt._click(wizard.next);
        assertEquals(List.of(), events);
        assertTrue(first.name.isInvalid());
        assertEquals("Name needed", first.name.getErrorMessage());

        first.name.setValue("Contoso launch");
        ButtonKt._click(wizard.next);
        assertEquals(List.of("next:basics"), events);
        assertEquals("Contoso launch", first.bean().toString());
    }

    @Test
    void backDiscardsWhatWasNotCommittedAndKeepsWhatWas() {
        wizard.show("campaigns", Map.of());
        second.name.setValue("half-typed");
        ButtonKt._click(wizard.back);
        assertEquals(List.of("back:campaigns"), events);
        assertEquals("kept", second.name.getValue());
        assertEquals("kept", second.bean().toString());
    }

    @Test
    void progressSaysEachStepsStateInWordsNotOnlyColour() {
        wizard.show("campaigns", Map.of("basics", true));
        assertEquals(StepState.PROBLEMS, wizard.progress.state("basics"));
        assertEquals(StepState.CURRENT, wizard.progress.state("campaigns"));
        assertTrue(wizard.progress.text("basics").contains("Has problems"), wizard.progress.text("basics"));
        assertTrue(wizard.progress.text("campaigns").contains("Current step"));
        assertEquals("step", wizard.progress.entries.get(1).getElement().getAttribute("aria-current"));

        wizard.show("campaigns", Map.of());
        assertEquals(StepState.DONE, wizard.progress.state("basics"));
        assertTrue(wizard.progress.text("basics").contains("Done"));
        wizard.show("basics", Map.of());
        assertEquals(StepState.TODO, wizard.progress.state("campaigns"));
        assertTrue(wizard.progress.text("campaigns").contains("Not started"));
    }

    @Test
    void stepsUpToTheFurthestReachedStayDoneOrWithProblemsAndLaterOnesAreNotStarted() {
        wizard.show("basics", Map.of("campaigns", true), "basics");
        assertEquals(StepState.TODO, wizard.progress.state("campaigns"), "not reached: never 'has problems'");
        wizard.show("basics", Map.of(), "campaigns");
        assertEquals(StepState.DONE, wizard.progress.state("campaigns"), "reached and complete: still done after Back");
        wizard.show("basics", Map.of("campaigns", true), "campaigns");
        assertEquals(StepState.PROBLEMS, wizard.progress.state("campaigns"));
    }

    /** The JavaScript the next round trip will run. */
    private static List<String> pendingScripts() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(i -> i.getInvocation().getExpression()).toList();
    }

    @Test
    void aStepChangeScrollsThePageToTheTopAndAReloadOfTheSameStepDoesNot() {
        pendingScripts();
        wizard.show("campaigns", Map.of());
        assertTrue(pendingScripts().stream().anyMatch(js -> js.contains("window.scrollTo(0, 0)")), "a new step starts at the top");
        wizard.show("campaigns", Map.of("basics", true));
        assertFalse(pendingScripts().stream().anyMatch(js -> js.contains("scrollTo")), "the same step shown again stays where the user is");
    }

    @Test
    void submitShowsOnlyOnTheLastStepAndOnlyWhenAllowed() {
        assertFalse(wizard.submit.isVisible());
        assertTrue(wizard.next.isVisible());
        assertFalse(wizard.back.isEnabled());
        wizard.show("campaigns", Map.of());
        assertTrue(wizard.submit.isVisible());
        assertFalse(wizard.next.isVisible());
        wizard.setSubmitAllowed(false);
        assertFalse(wizard.submit.isVisible());
    }

    @Test
    void helpExplainsTheStepAndLearnMoreLinksToTheGuidanceSectionWithoutANewTab() {
        assertTrue(wizard.help.text.getText().startsWith("Give the plan a title"), wizard.help.text.getText());
        Anchor link = (Anchor) wizard.help.links.getChildren().findFirst().orElseThrow().getChildren().findFirst().orElseThrow();
        assertEquals("guidance/creating-your-plan#plan-basics", link.getHref());
        assertNull(link.getElement().getAttribute("target"), "opens in the drawer (HelpPanelTest)");
        assertEquals("Learn more: plan basics", link.getText());
    }

    @Test
    void chromeAndStepTitlesFollowALanguageChangeWhileOpen() {
        assertEquals("Plan basics", wizard.stepTitle.getText());
        assertEquals("Next", wizard.next.getText());
        VaadinSession.getCurrent().setLocale(Locale.TRADITIONAL_CHINESE);
        assertEquals("計畫基本資料", wizard.stepTitle.getText());
        assertEquals("下一步", wizard.next.getText());
        assertTrue(wizard.progress.text("campaigns").contains("行銷活動"));
        assertTrue(wizard.help.text.getText().startsWith("請為計畫命名"));
    }

    @Test
    void saveAndCloseCommitsFirst() {
        ButtonKt._click(wizard.saveAndClose);
        assertEquals(List.of(), events);
        first.name.setValue("x");
        ButtonKt._click(wizard.saveAndClose);
        assertEquals(List.of("close:basics"), events);
    }
}
