package works.incentives.web.guidance;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinSession;
import elemental.json.Json;
import elemental.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import works.incentives.web.i18n.TranslationProvider;

import java.util.Locale;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Learn more" opens the article beside the step in the same UI, not in a new tab that loads the application again. */
class GuidanceDrawerTest {

    private static final GuidanceLink CAPS = new GuidanceLink(GuidanceArticle.ACTIVITY_TYPES, "caps");

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", TranslationProvider.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    private static Anchor learnMoreOnThePage() {
        Anchor anchor = GuidanceDrawer.learnMore(CAPS, "Learn more: caps");
        UI.getCurrent().add(anchor);
        return anchor;
    }

    private static void click(Anchor anchor, boolean plain) {
        JsonObject data = Json.createObject();
        data.put(GuidanceDrawer.PLAIN_CLICK, plain);
        _fireDomEvent(anchor, "click", data);
    }

    private static String articleHtml(GuidanceDrawer drawer) {
        return drawer.article.getElement().getProperty("innerHTML", "");
    }

    @Test
    void aPlainClickOpensTheArticleInTheDrawerWithItsAddressForANewTab() {
        Anchor anchor = learnMoreOnThePage();
        assertNull(anchor.getTarget().orElse(null), "no new tab");
        assertEquals("guidance/activity-types#caps", anchor.getHref(), "the link keeps the article's address");

        click(anchor, true);

        GuidanceDrawer drawer = GuidanceDrawer.of(UI.getCurrent());
        assertTrue(drawer.isOpened());
        assertFalse(drawer.isModal(), "the step stays usable beside the drawer");
        assertEquals(Optional.of(CAPS), drawer.shown());
        assertEquals("Activity types, evidence and caps", drawer.getHeaderTitle());
        assertTrue(articleHtml(drawer).contains("id=\"caps\""), "the article with its headings");
        assertEquals("guidance/activity-types#caps", drawer.openInNewTab.getHref());
        assertEquals("_blank", drawer.openInNewTab.getTarget().orElse(null));
        assertEquals("Open in new tab", drawer.openInNewTab.getText());
    }

    @Test
    void aClickWithAModifierKeyIsLeftToTheBrowser() {
        click(learnMoreOnThePage(), false);
        assertFalse(GuidanceDrawer.of(UI.getCurrent()).isOpened());
    }

    @Test
    void oneDrawerPerUiShowsTheLatestLinkAndFollowsArticleLinksInside() {
        Anchor anchor = learnMoreOnThePage();
        click(anchor, true);
        GuidanceDrawer drawer = GuidanceDrawer.of(UI.getCurrent());
        drawer.follow("guidance/claims-process-and-deadlines#deadlines");
        assertSame(drawer, GuidanceDrawer.of(UI.getCurrent()));
        assertEquals(Optional.of(new GuidanceLink(GuidanceArticle.CLAIMS_PROCESS_AND_DEADLINES, "deadlines")), drawer.shown());
        assertEquals("guidance/claims-process-and-deadlines#deadlines", drawer.openInNewTab.getHref());
        drawer.follow("https://example.com/elsewhere");
        assertEquals("claims-process-and-deadlines", drawer.shown().orElseThrow().article().slug(), "other links are ignored");
    }

    @Test
    void theDrawerFollowsTheLanguageAndForgetsTheArticleWhenClosed() {
        click(learnMoreOnThePage(), true);
        MockVaadin.clientRoundtrip(); // an opened dialog joins the UI before the response
        GuidanceDrawer drawer = GuidanceDrawer.of(UI.getCurrent());
        assertTrue(drawer.isAttached());
        VaadinSession.getCurrent().setLocale(Locale.TRADITIONAL_CHINESE);
        assertEquals("在新分頁開啟", drawer.openInNewTab.getText());
        assertEquals(new GuidanceLibrary().title(GuidanceArticle.ACTIVITY_TYPES, Locale.TRADITIONAL_CHINESE),
                drawer.getHeaderTitle());
        drawer.close();
        assertEquals(Optional.empty(), drawer.shown());
        assertEquals("", articleHtml(drawer), "a closed drawer holds no article");
    }

    @Test
    void onlyLinksToArticlesAreParsed() {
        assertEquals(Optional.of(CAPS), GuidanceDrawer.parse("guidance/activity-types#caps"));
        assertEquals(Optional.of(new GuidanceLink(GuidanceArticle.OVERVIEW, "")), GuidanceDrawer.parse("guidance/overview"));
        assertEquals(Optional.empty(), GuidanceDrawer.parse("guidance/no-such-article#x"));
        assertEquals(Optional.empty(), GuidanceDrawer.parse("/evidence/1"));
        assertEquals(Optional.empty(), GuidanceDrawer.parse(null));
    }
}
