package works.incentives.web.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TranslationsTest {

    private final TranslationProvider provider = new TranslationProvider();

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " missing");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyEnglishKeyHasATraditionalChineseTextAndViceVersa() throws IOException {
        for (String bundle : bundleNames()) {
            Properties english = load("/i18n/" + bundle + ".properties");
            Properties chinese = load("/i18n/" + bundle + "_zh_TW.properties");
            Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
            onlyEnglish.removeAll(chinese.stringPropertyNames());
            Set<String> onlyChinese = new TreeSet<>(chinese.stringPropertyNames());
            onlyChinese.removeAll(english.stringPropertyNames());
            assertEquals(Set.of(), onlyEnglish, "keys without a Chinese text in " + bundle);
            assertEquals(Set.of(), onlyChinese, "keys without an English text in " + bundle);
            english.forEach((k, v) -> assertFalse(v.toString().isBlank(), "empty English text " + k));
            chinese.forEach((k, v) -> assertFalse(v.toString().isBlank(), "empty Chinese text " + k));
        }
    }

    /** Every bundle the application reads (so a new bundle cannot skip these checks). */
    private static List<String> bundleNames() {
        return TranslationProvider.BUNDLES.stream().map(b -> b.substring("i18n.".length())).toList();
    }

    /**
     * A key written twice keeps only its last text. Bundles merge by union (.gitattributes), so two branches
     * that change the same line leave both lines behind; this catches it.
     */
    @Test
    void noBundleDefinesAKeyTwice() throws IOException {
        for (String bundle : bundleNames()) {
            for (String file : List.of(bundle + ".properties", bundle + "_zh_TW.properties")) {
                Map<String, Integer> seen = new HashMap<>();
                try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/" + file)) {
                    assertTrue(in != null, file + " missing");
                    Properties counting = new Properties() {
                        @Override
                        public synchronized Object put(Object key, Object value) {
                            seen.merge((String) key, 1, Integer::sum);
                            return super.put(key, value);
                        }
                    };
                    counting.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                seen.values().removeIf(n -> n == 1);
                assertEquals(Map.of(), seen, "keys defined more than once in " + file);
            }
        }
    }

    @Test
    void textsComeInTheRequestedLanguage() {
        assertEquals("Incentives Workbench", provider.getTranslation("app.name", Locale.ENGLISH));
        assertEquals("獎勵工作台", provider.getTranslation("app.name", Locale.TRADITIONAL_CHINESE));
    }

    @Test
    void anyChineseLocaleReadsTraditionalChineseAndOtherLanguagesReadEnglish() {
        assertEquals("獎勵工作台", provider.getTranslation("app.name", Locale.forLanguageTag("zh-HK")));
        assertEquals("Incentives Workbench", provider.getTranslation("app.name", Locale.GERMAN));
    }

    @Test
    void parametersAreFilledIn() {
        assertEquals("Ann (Reviewer)", provider.getTranslation("header.signedInAs", Locale.ENGLISH, "Ann", "Reviewer"));
        assertEquals("Ann（審核者）", provider.getTranslation("header.signedInAs", Locale.TRADITIONAL_CHINESE, "Ann", "審核者"));
        assertEquals("The password needs at least 12 characters.",
                provider.getTranslation("rule.password.tooShort", Locale.ENGLISH, 12));
    }

    @Test
    void aMissingKeyIsShownMarkedNotSwallowed() {
        String text = provider.getTranslation("no.such.key", Locale.ENGLISH);
        assertNotEquals("", text);
        assertTrue(text.contains("no.such.key"));
    }
}
