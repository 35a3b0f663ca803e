package works.incentives.web.home;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import works.incentives.web.KaribuTest;
import works.incentives.web.TextScan;

import java.util.Locale;

/** A reviewer's home: all Chinese in zh-TW, nothing missing in English (issue 15, item 3). */
class HomeTextScanTest extends KaribuTest {

    private static final String[] DATA = {"Newer co-op", "Older co-op", "rita"};

    @Test
    void theHomeReadsInTraditionalChinese() {
        UI.getCurrent().setLocale(Locale.TRADITIONAL_CHINESE);
        TextScan.assertAllChinese(new HomeViewTest().show(), DATA);
    }

    @Test
    void theHomeReadsInEnglish() {
        TextScan.assertAllEnglish(new HomeViewTest().show(), DATA);
    }
}
