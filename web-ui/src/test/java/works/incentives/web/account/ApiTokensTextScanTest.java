package works.incentives.web.account;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import works.incentives.web.KaribuTest;
import works.incentives.web.TextScan;
import works.incentives.web.i18n.TranslationProvider;

/** The API tokens view with one token listed: all Chinese in zh-TW, nothing missing in English (issue 15, item 3). */
class ApiTokensTextScanTest extends KaribuTest {

    /** The token's name as the partner typed it; the header to send and the API's address are typed as shown. */
    private static final String[] DATA = {"CRM sync", "alex", "Authorization: Bearer", "/api/v1/openapi"};

    private ApiTokensView show() {
        ApiTokensViewTest fixture = new ApiTokensViewTest();
        fixture.setUpService();
        fixture.service.create("CRM sync", null);
        return shown(new ApiTokensView(fixture.service));
    }

    @Test
    void readsInTraditionalChinese() {
        UI.getCurrent().setLocale(TranslationProvider.TRADITIONAL_CHINESE);
        TextScan.assertAllChinese(show(), DATA);
    }

    @Test
    void readsInEnglish() {
        TextScan.assertAllEnglish(show(), DATA);
    }
}
