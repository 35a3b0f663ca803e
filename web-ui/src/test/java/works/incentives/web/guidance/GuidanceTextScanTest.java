package works.incentives.web.guidance;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import works.incentives.web.TextScan;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every guidance article in Traditional Chinese reads in Chinese but for the glossary's names and acronyms (issue 15). */
class GuidanceTextScanTest {

    /** Example figures and product names the articles quote. */
    private static final String[] QUOTED = {"Azure", "Microsoft", "Computex", "LinkedIn", "Google"};

    @Test
    void everyZhTwArticleUsesOnlyAllowedLatinWords() {
        GuidanceLibrary library = new GuidanceLibrary();
        Map<String, Set<String>> found = new TreeMap<>();
        for (GuidanceArticle article : GuidanceArticle.values()) {
            String text = Jsoup.parse(library.html(article, Locale.TRADITIONAL_CHINESE)).text();
            Set<String> latin = TextScan.latinWords(text, QUOTED);
            if (!latin.isEmpty()) {
                found.put(article.name(), latin);
            }
        }
        assertEquals(Map.of(), found);
    }
}
