package works.incentives.web.component.wizard;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import elemental.json.Json;
import elemental.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import works.incentives.web.guidance.GuidanceDrawer;
import works.incentives.web.i18n.TranslationProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The help beside a step: a program admin's text for the key and UI language, else the bundled text. */
class HelpPanelTest {

    private final List<String> asked = new ArrayList<>();
    private Wizard wizard;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", TranslationProvider.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        wizard = new Wizard(List.of(new WizardTest.NameStep("basics"), new WizardTest.NameStep("campaigns")));
        UI.getCurrent().add(wizard);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    private String bundled(String key, Locale locale) {
        return new TranslationProvider().getTranslation(key, locale);
    }

    /** Overrides only basics, in the language the panel asks for. */
    private void overrideBasics() {
        wizard.setHelpOverrides(key -> {
            String language = HelpPanel.language(UI.getCurrent().getLocale());
            asked.add(key + "|" + language);
            return key.equals("step.basics.help")
                    ? Optional.of(language.equals("zh-TW") ? "管理員的說明" : "The admin's help") : Optional.empty();
        });
    }

    @Test
    void withoutAnOverrideLookupTheBundledTextShows() {
        wizard.show("basics", Map.of());
        assertEquals(bundled("step.basics.help", Locale.ENGLISH), wizard.help.text.getText());
        assertTrue(wizard.help.text.getText().startsWith("Give the plan a title"));
    }

    @Test
    void anOverrideReplacesTheBundledTextForItsKey() {
        overrideBasics();
        wizard.show("basics", Map.of());
        assertEquals("The admin's help", wizard.help.text.getText());
        assertTrue(asked.contains("step.basics.help|en"));
    }

    @Test
    void aKeyWithoutAnOverrideFallsBackToTheBundledText() {
        overrideBasics();
        wizard.show("campaigns", Map.of());
        assertEquals(bundled("step.campaigns.help", Locale.ENGLISH), wizard.help.text.getText());
    }

    @Test
    void theOverrideFollowsTheUiLanguage() {
        overrideBasics();
        wizard.show("basics", Map.of());
        UI.getCurrent().setLocale(Locale.forLanguageTag("zh-HK"));
        assertEquals("管理員的說明", wizard.help.text.getText());
        assertTrue(asked.contains("step.basics.help|zh-TW"));
    }

    @Test
    void aFailingLookupOrBlankTextFallsBackToTheBundledText() {
        wizard.setHelpOverrides(key -> {
            throw new IllegalStateException("database down");
        });
        wizard.show("basics", Map.of());
        assertEquals(bundled("step.basics.help", Locale.ENGLISH), wizard.help.text.getText());
        wizard.setHelpOverrides(key -> Optional.of("  "));
        assertEquals(bundled("step.basics.help", Locale.ENGLISH), wizard.help.text.getText());
    }

    @Test
    void anyChineseLocaleAsksForTraditionalChineseAndOthersForEnglish() {
        assertEquals("zh-TW", HelpPanel.language(Locale.TRADITIONAL_CHINESE));
        assertEquals("zh-TW", HelpPanel.language(Locale.SIMPLIFIED_CHINESE));
        assertEquals("en", HelpPanel.language(Locale.GERMAN));
        assertEquals("en", HelpPanel.language(null));
    }

    @Test
    void learnMoreOpensTheArticleBesideTheStepInsteadOfANewTab() {
        wizard.show("basics", Map.of());
        Anchor learnMore = _find(wizard.help.links, Anchor.class).get(0);
        assertTrue(learnMore.getTarget().isEmpty(), "no new tab: " + learnMore.getTarget());
        assertEquals(WizardTest.LINK.href(), learnMore.getHref());
        JsonObject plainClick = Json.createObject();
        plainClick.put(GuidanceDrawer.PLAIN_CLICK, true);
        _fireDomEvent(learnMore, "click", plainClick);
        GuidanceDrawer drawer = GuidanceDrawer.of(UI.getCurrent());
        assertTrue(drawer.isOpened());
        assertEquals(Optional.of(WizardTest.LINK), drawer.shown());
        assertTrue(wizard.isAttached(), "the wizard stays on the page");
    }
}
