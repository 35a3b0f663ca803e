package works.incentives.web.insight;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import works.incentives.web.KaribuTest;
import works.incentives.web.TextScan;
import works.incentives.web.i18n.TranslationProvider;

import java.util.Optional;

/** The partner's and the vendor's dashboards: all Chinese in zh-TW, nothing missing in English (issue 15, item 3). */
class DashboardTextScanTest extends KaribuTest {

    /** What the fake insight service holds: program, period, partner and user names. */
    private static final String[] DATA = {"CSP co-op", "H1 FY27", "Contoso", "rita", "ann"};

    private static Component show(String dashboard) {
        DashboardViewsTest fixture = new DashboardViewsTest();
        return switch (dashboard) {
            case "partner" -> shown(new PartnerDashboardView(fixture.insight, () -> Optional.of(fixture.ann)));
            case "vendor" -> shown(new VendorDashboardView(fixture.insight, () -> Optional.of(fixture.rita)));
            default -> throw new IllegalArgumentException(dashboard);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner", "vendor"})
    void readsInTraditionalChinese(String dashboard) {
        UI.getCurrent().setLocale(TranslationProvider.TRADITIONAL_CHINESE);
        TextScan.assertAllChinese(show(dashboard), DATA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner", "vendor"})
    void readsInEnglish(String dashboard) {
        TextScan.assertAllEnglish(show(dashboard), DATA);
    }
}
