package works.incentives.web;

import com.vaadin.flow.component.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The language checks of issue 15 on a rendered screen ({@link VisibleText}: texts, labels, helper
 * texts, placeholders, grid headers, buttons, aria labels): in Traditional Chinese no Latin word
 * outside the names and acronyms of {@link #ALLOWED} and the screen's own data; in English no
 * translation marker, raw code or Chinese character.
 */
public final class TextScan {

    /** Names and acronyms that stay Latin in zh-TW (docs/glossary-zh-TW.md). */
    public static final Set<String> ALLOWED = Set.of("PoE", "CSV", "USD", "US", "TWD", "NT", "EUR",
            "PDF", "PNG", "JPEG", "GIF", "TIFF", "Word", "Excel", "PowerPoint", "Outlook", "Office", "EML", "MSG", "ZIP",
            "HTML", "UTF", "API", "REST", "CRM", "ERP", "SLA", "UTC", "B", "KB", "MB", "GB", "SEO", "SPIFF", "ID", "ISO", "URL", "FY", "Backspace", "Email", "e");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z'’]*");
    private static final Pattern PERIOD_OR_YEAR = Pattern.compile("(FY|H|Q)\\d+");
    private static final Pattern CJK = Pattern.compile("[\\u3000-\\u30ff\\u4e00-\\u9fff\\uff00-\\uffef]");

    private TextScan() {
    }

    /** Latin words in a zh-TW text that are neither allowed names nor part of the screen's data. */
    public static Set<String> latinWords(String text, String... data) {
        String rest = text;
        for (String shown : data) {
            rest = rest.replace(shown, " ");
        }
        rest = PERIOD_OR_YEAR.matcher(rest).replaceAll(" ");
        Set<String> found = new TreeSet<>();
        Matcher m = LATIN_WORD.matcher(rest);
        while (m.find()) {
            if (!ALLOWED.contains(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }

    /** Fails with every Latin word the screen shows in Traditional Chinese. */
    public static void assertAllChinese(Component screen, String... data) {
        String text = VisibleText.of(screen);
        assertEquals(Set.of(), latinWords(text, data), () -> "Latin words on a zh-TW screen:\n" + text);
    }

    /** Fails with every untranslated key, raw code or Chinese text the screen shows in English. */
    public static void assertAllEnglish(Component screen, String... data) {
        String text = VisibleText.of(screen);
        for (String shown : data) {
            text = text.replace(shown, " ");
        }
        List<String> found = new ArrayList<>(VisibleText.untranslated(text));
        Matcher cjk = CJK.matcher(text);
        while (cjk.find()) {
            found.add(cjk.group());
        }
        String all = text;
        assertEquals(List.of(), found, () -> "missing English on a screen:\n" + all);
    }
}
