package works.incentives.web.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The zh-TW vocabulary of {@code docs/glossary-zh-TW.md} holds in every zh-TW bundle and guidance
 * article: no variant of the "never" column, and full-width punctuation next to Chinese text.
 */
class GlossaryTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path GLOSSARY = MODULE.resolveSibling("docs").resolve("glossary-zh-TW.md");
    private static final Pattern CJK = Pattern.compile("[\\u3000-\\u30ff\\u4e00-\\u9fff\\uff00-\\uffef]");
    private static final Pattern HALF_WIDTH = Pattern.compile("[,:;?!()]");

    /** The "never" column of the glossary's table. */
    static List<String> forbiddenVariants() throws IOException {
        List<String> variants = new ArrayList<>();
        for (String line : Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8)) {
            if (!line.startsWith("| ") || line.startsWith("| English")) {
                continue;
            }
            String[] columns = line.substring(1).split("\\|");
            for (String variant : columns[2].split("、")) {
                if (!variant.isBlank()) {
                    variants.add(variant.trim());
                }
            }
        }
        return variants;
    }

    /** Every zh-TW text a user can read: bundle values (by key) and article lines (by line number). */
    static List<String[]> chineseTexts() throws IOException {
        List<String[]> texts = new ArrayList<>();
        Path resources = MODULE.resolve("src/main/resources");
        try (Stream<Path> bundles = Files.list(resources.resolve("i18n"))) {
            for (Path bundle : bundles.filter(p -> p.toString().endsWith("_zh_TW.properties")).sorted().toList()) {
                for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
                    int eq = line.indexOf('=');
                    if (!line.startsWith("#") && eq > 0) {
                        texts.add(new String[] {bundle.getFileName() + " " + line.substring(0, eq), line.substring(eq + 1)});
                    }
                }
            }
        }
        try (Stream<Path> articles = Files.list(resources.resolve("guidance/zh-TW"))) {
            for (Path article : articles.sorted().toList()) {
                List<String> lines = Files.readAllLines(article, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    texts.add(new String[] {article.getFileName() + ":" + (i + 1), lines.get(i)});
                }
            }
        }
        return texts;
    }

    /** Half-width punctuation with Chinese on either side; placeholders, link targets and anchors do not count. */
    static List<String> halfWidthNextToChinese(String text) {
        String readable = text.replaceAll("\\{[^}]*}", "").replaceAll("]\\([^)]*\\)", "]");
        List<String> found = new ArrayList<>();
        Matcher m = HALF_WIDTH.matcher(readable);
        while (m.find()) {
            String before = m.start() > 0 ? readable.substring(m.start() - 1, m.start()) : "";
            String after = m.end() < readable.length() ? readable.substring(m.end(), m.end() + 1) : "";
            if (CJK.matcher(before).matches() || CJK.matcher(after).matches()) {
                found.add(readable.substring(Math.max(0, m.start() - 8), Math.min(readable.length(), m.end() + 8)));
            }
        }
        return found;
    }

    @Test
    void theGlossaryNamesTheVariantsToAvoid() throws IOException {
        List<String> variants = forbiddenVariants();
        assertTrue(variants.contains("執行項目"), variants.toString());
        assertTrue(variants.size() > 10, variants.toString());
    }

    @Test
    void noZhTwTextUsesAVariantTheGlossaryForbids() throws IOException {
        List<String> variants = forbiddenVariants();
        List<String> found = new ArrayList<>();
        for (String[] text : chineseTexts()) {
            variants.stream().filter(text[1]::contains).forEach(v -> found.add(text[0] + ": " + v));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void zhTwTextsUseFullWidthPunctuation() throws IOException {
        List<String> found = new ArrayList<>();
        for (String[] text : chineseTexts()) {
            halfWidthNextToChinese(text[1]).forEach(s -> found.add(text[0] + ": " + s));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theCheckCatchesHalfWidthPunctuationButNotCodeOrPlaceholders() {
        assertEquals(1, halfWidthNextToChinese("請先儲存,再提交").size());
        assertEquals(1, halfWidthNextToChinese("執行證明(PoE)").size());
        assertFalse(halfWidthNextToChinese("第 {0,number,#} 行").size() > 0);
        assertFalse(halfWidthNextToChinese("標題列為 partner,program,period").size() > 0);
        assertFalse(halfWidthNextToChinese("[活動類型](activity-types#evidence)。").size() > 0);
    }
}
