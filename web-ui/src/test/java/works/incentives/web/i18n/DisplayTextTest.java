package works.incentives.web.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class DisplayTextTest {

    @Test
    void bidiFormattingAndControlCharactersNeverReachAMessage() {
        for (char c : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
                '\u2069', '\u200E', '\u200F', '\u061C'}) {
            assertEquals("invoicefdp.exe", DisplayText.safe("invoice" + c + "fdp.exe"), Integer.toHexString(c));
        }
        assertEquals("a b", DisplayText.safe("a\u0007b"));
        assertEquals("line one\nline two", DisplayText.safe("line one\nline two"));
        String plain = "報告 2027.pdf";
        assertSame(plain, DisplayText.safe(plain));
    }

    @Test
    void everyTextArgumentOfEveryMessageIsMadeSafe() {
        String text = new TranslationProvider().getTranslation("claim.evidence.rejectedByBrowser", Locale.ENGLISH,
                "x\u202Egpj.exe", "File is too big");
        assertEquals("The file “xgpj.exe” was not uploaded: File is too big", text);
    }
}
