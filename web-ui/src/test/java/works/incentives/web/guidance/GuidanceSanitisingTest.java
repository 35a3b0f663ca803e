package works.incentives.web.guidance;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Guidance text will be edited by program admins: whatever it contains must not run in a reader's browser. */
class GuidanceSanitisingTest {

    private final GuidanceLibrary library = new GuidanceLibrary();

    private String render(String markdown) {
        return library.render(GuidanceArticle.OVERVIEW, markdown).html();
    }

    @Test
    void scriptsEventHandlersAndJavascriptLinksAreRemoved() {
        String html = render("""
                # Title {#title}

                <script>alert('x')</script>

                <p onclick="alert('y')">Click me</p>

                [bad](javascript:alert('z')) and <a href="javascript:alert(1)">raw</a>

                <img src="x" onerror="alert(2)">

                <style>body { display: none }</style>
                """);
        String lower = html.toLowerCase();
        assertFalse(lower.contains("<script"), html);
        assertFalse(lower.contains("alert('x')"), html);
        assertFalse(lower.contains("onclick"), html);
        assertFalse(lower.contains("onerror"), html);
        assertFalse(lower.contains("javascript:"), html);
        assertFalse(lower.contains("<style"), html);
        assertTrue(html.contains("Click me"), "the text stays");
    }

    @Test
    void headingIdsArticleLinksAndTablesSurvive() {
        Document html = Jsoup.parseBodyFragment(render("""
                # Title {#title}

                ## Caps and limits {#caps}

                See [deadlines](claims-process-and-deadlines#deadlines), [here](#caps)
                and [the vendor](https://example.com/co-op).

                | a | b |
                |---|---|
                | 1 | 2 |
                """));
        assertEquals("caps", html.selectFirst("h2").id());
        assertEquals("Caps and limits", html.selectFirst("h2").text());
        assertEquals("guidance/claims-process-and-deadlines#deadlines", html.select("a").get(0).attr("href"));
        assertEquals("guidance/overview#caps", html.select("a").get(1).attr("href"));
        assertEquals("https://example.com/co-op", html.select("a").get(2).attr("href"));
        assertTrue(html.select("a").get(2).attr("rel").contains("noopener"));
        assertEquals(1, html.select("table td").stream().filter(td -> td.text().equals("2")).count());
    }

    @Test
    void plainHttpLinksAndIdsOutsideHeadingsAreDropped() {
        Document html = Jsoup.parseBodyFragment(render("""
                [insecure](http://example.com) <span id="clobber" style="color:red">x</span>
                """));
        assertFalse(html.selectFirst("a").hasAttr("href"));
        assertTrue(html.select("[id]").isEmpty());
        assertTrue(html.select("[style]").isEmpty());
    }
}
