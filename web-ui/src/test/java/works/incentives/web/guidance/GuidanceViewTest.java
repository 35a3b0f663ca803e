package works.incentives.web.guidance;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import works.incentives.web.i18n.TranslationProvider;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the guidance view shows for the index, an article and an unknown article, in both languages. */
class GuidanceViewTest {

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

    private GuidanceView show(String slug) {
        GuidanceView view = new GuidanceView(new GuidanceLibrary());
        view.show(slug);
        UI.getCurrent().add(view);
        return view;
    }

    private static String articleHtml() {
        return _get(Div.class, spec -> spec.withId("guidance-article")).getElement().getProperty("innerHTML");
    }

    @Test
    void showsTheArticleWithItsHeadingIdsAndTheOtherArticlesBeside() {
        GuidanceView view = show("preparing-proof-of-execution");
        String html = articleHtml();
        assertTrue(html.contains("<h1>Preparing a proof of execution</h1>"), html);
        assertTrue(html.contains("id=\"costs-invoice-or-self-certification\""), html);
        assertTrue(html.contains("href=\"guidance/activity-types#caps\""), html);
        List<Anchor> others = _find(_get(Aside.class, spec -> spec.withId("guidance-others")), Anchor.class);
        assertEquals(6, others.size(), "five other articles and the index");
        assertFalse(others.stream().anyMatch(a -> a.getHref().endsWith("preparing-proof-of-execution")));
        assertEquals("guidance", _get(Anchor.class, spec -> spec.withId("guidance-all-articles")).getHref());
        assertEquals("Preparing a proof of execution | Incentives Workbench", view.getPageTitle());
    }

    @Test
    void switchingToChineseRendersTheChineseArticleAndTitle() {
        GuidanceView view = show("preparing-proof-of-execution");
        VaadinSession.getCurrent().setLocale(Locale.TRADITIONAL_CHINESE);
        String html = articleHtml();
        assertTrue(html.contains("<h1>準備執行證明</h1>"), html);
        assertTrue(html.contains("id=\"costs-invoice-or-self-certification\""), "same ids in Chinese");
        assertEquals("準備執行證明 | 獎勵工作台", view.getPageTitle());
        assertEquals("其他文章", _get(Aside.class, spec -> spec.withId("guidance-others"))
                .getChildren().findFirst().map(c -> c.getElement().getText()).orElse(""));
    }

    @Test
    void withoutAnArticleShowsTheIndexWithEveryTitleAndFirstSentence() {
        GuidanceView view = show(null);
        UnorderedList index = _get(UnorderedList.class, spec -> spec.withId("guidance-index"));
        List<Anchor> links = _find(index, Anchor.class);
        assertEquals(GuidanceArticle.values().length, links.size());
        assertEquals("guidance/overview", links.get(0).getHref());
        assertEquals("Plans and proofs of execution: an overview", links.get(0).getText());
        assertTrue(index.getElement().getTextRecursively().contains(
                "Co-op money is use-it-or-lose-it."), "first sentences shown");
        assertEquals("Guidance | Incentives Workbench", view.getPageTitle());
        VaadinSession.getCurrent().setLocale(Locale.TRADITIONAL_CHINESE);
        assertEquals("計畫與執行證明總覽", _find(_get(UnorderedList.class, spec -> spec.withId("guidance-index")),
                Anchor.class).get(0).getText());
    }

    @Test
    void anUnknownArticleSaysSoAndLinksToTheIndex() {
        GuidanceView view = show("no-such-article");
        assertEquals("Article not found", _get(H1.class).getText());
        assertTrue(_get(Div.class, spec -> spec.withId("guidance-not-found")).getElement().getTextRecursively()
                .contains("“no-such-article”"));
        assertEquals("guidance", _get(Anchor.class, spec -> spec.withId("guidance-back-to-index")).getHref());
        assertEquals("Article not found | Incentives Workbench", view.getPageTitle());
        VaadinSession.getCurrent().setLocale(Locale.TRADITIONAL_CHINESE);
        assertEquals("找不到文章", _get(H1.class).getText());
    }
}
