package works.incentives.web.guidance;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The articles themselves: both languages present, the same stable heading ids, links that land. */
class GuidanceArticlesTest {

    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale CHINESE = Locale.TRADITIONAL_CHINESE;

    /** The headings the wizards link to; an article may have more. */
    private static final Map<GuidanceArticle, List<String>> REQUIRED = Map.ofEntries(
            entry(GuidanceArticle.OVERVIEW, List.of("plans", "proofs-of-execution", "roles")),
            entry(GuidanceArticle.CREATING_YOUR_PLAN, List.of("program-and-fund", "plan-basics", "campaigns",
                    "activities", "review-and-submit", "after-submission")),
            entry(GuidanceArticle.ACTIVITY_TYPES, List.of("demand-generation", "market-development",
                    "partner-readiness", "evidence", "caps")),
            entry(GuidanceArticle.PREPARING_PROOF_OF_EXECUTION, List.of("choose-activity", "execution-details",
                    "costs-invoice-or-self-certification", "evidence", "check-and-submit", "after-submission")),
            entry(GuidanceArticle.CLAIMS_PROCESS_AND_DEADLINES, List.of("states", "deadlines", "funds-and-expiry",
                    "action-required")),
            entry(GuidanceArticle.REJECTED_CLAIMS, List.of("why-claims-get-rejected", "dispute", "resubmit")));

    private final GuidanceLibrary library = new GuidanceLibrary();

    @ParameterizedTest
    @EnumSource(GuidanceArticle.class)
    void everyArticleIsWrittenInBothLanguages(GuidanceArticle article) {
        assertNotNull(getClass().getResource("/guidance/en/" + article.slug() + ".md"), "English " + article);
        assertNotNull(getClass().getResource("/guidance/zh-TW/" + article.slug() + ".md"), "Chinese " + article);
        assertTrue(library.isTranslated(article, CHINESE));
        assertNotEquals(library.title(article, ENGLISH), library.title(article, CHINESE));
        assertNotEquals(article.slug(), library.title(article, ENGLISH), "a # title");
    }

    @ParameterizedTest
    @EnumSource(GuidanceArticle.class)
    void bothLanguagesHaveTheSameHeadingIds(GuidanceArticle article) {
        assertEquals(library.headingIds(article, ENGLISH), library.headingIds(article, CHINESE));
    }

    @ParameterizedTest
    @EnumSource(GuidanceArticle.class)
    void everyHeadingTheWizardsLinkToExists(GuidanceArticle article) {
        for (Locale locale : List.of(ENGLISH, CHINESE)) {
            assertTrue(library.headingIds(article, locale).containsAll(REQUIRED.get(article)),
                    article + " " + locale + " has " + library.headingIds(article, locale));
        }
    }

    @ParameterizedTest
    @EnumSource(GuidanceArticle.class)
    void everySectionHeadingHasAnIdAndNoMarkupIsLeftOver(GuidanceArticle article) {
        for (Locale locale : List.of(ENGLISH, CHINESE)) {
            var html = Jsoup.parseBodyFragment(library.html(article, locale));
            assertTrue(html.select("h2:not([id])").isEmpty(), article + " " + locale + ": h2 without id");
            String text = html.text();
            assertFalse(text.contains("{#"), article + " " + locale + ": unparsed heading id");
            assertFalse(text.contains("**"), article + " " + locale + ": emphasis that did not render");
        }
    }

    @Test
    void everyRelativeLinkLandsOnAnExistingArticleAndHeading() {
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (GuidanceArticle article : GuidanceArticle.values()) {
            for (Locale locale : List.of(ENGLISH, CHINESE)) {
                for (Element link : Jsoup.parseBodyFragment(library.html(article, locale)).select("a[href]")) {
                    String href = link.attr("href");
                    if (href.startsWith("https://")) {
                        continue;
                    }
                    links++;
                    if (!resolves(href)) {
                        broken.add(article.slug() + " (" + locale + "): " + href);
                    }
                }
            }
        }
        assertTrue(links > 20, "articles link to each other");
        assertEquals(List.of(), broken);
    }

    private boolean resolves(String href) {
        String prefix = GuidanceLibrary.ROUTE + "/";
        if (!href.startsWith(prefix)) {
            return false;
        }
        String[] target = href.substring(prefix.length()).split("#", 2);
        return library.find(target[0]).map(article -> target.length == 1
                || (library.headingIds(article, ENGLISH).contains(target[1])
                && library.headingIds(article, CHINESE).contains(target[1]))).orElse(false);
    }

    @ParameterizedTest
    @EnumSource(GuidanceArticle.class)
    void articlesAreLongEnoughToHelpAndShortEnoughToRead(GuidanceArticle article) {
        int words = Jsoup.parseBodyFragment(library.html(article, ENGLISH)).text().split("\\s+").length;
        assertTrue(words >= 300 && words <= 700, article + " has " + words + " words");
    }

    @Test
    void theRulesInTheArticlesAreTheProgramRules() {
        String caps = library.html(GuidanceArticle.ACTIVITY_TYPES, ENGLISH);
        for (String rule : List.of("18,750", "25%", "5,000", "45,000", "3,000", "10%", "alcohol")) {
            assertTrue(caps.contains(rule), "activity types names " + rule);
        }
        String deadlines = library.html(GuidanceArticle.CLAIMS_PROCESS_AND_DEADLINES, ENGLISH);
        assertTrue(deadlines.contains("45 days") && deadlines.contains("10 business days"));
        assertTrue(library.html(GuidanceArticle.REJECTED_CLAIMS, ENGLISH).contains("30 days"));
        assertTrue(library.html(GuidanceArticle.REJECTED_CLAIMS, CHINESE).contains("30 天"));
    }

    @Test
    void anyChineseLocaleReadsTraditionalChineseAndOthersReadEnglish() {
        assertEquals(library.title(GuidanceArticle.OVERVIEW, CHINESE),
                library.title(GuidanceArticle.OVERVIEW, Locale.forLanguageTag("zh-HK")));
        assertEquals(library.title(GuidanceArticle.OVERVIEW, ENGLISH),
                library.title(GuidanceArticle.OVERVIEW, Locale.GERMAN));
    }

    @Test
    void theIndexSummaryIsTheFirstSentence() {
        assertEquals("Every activity in a plan has a type from the program's catalogue.",
                library.summary(GuidanceArticle.ACTIVITY_TYPES, ENGLISH));
        assertEquals("計畫中的每項活動都有一個取自方案活動目錄的類型。",
                library.summary(GuidanceArticle.ACTIVITY_TYPES, CHINESE));
    }
}
