package works.incentives.web.insight;

import com.vaadin.flow.component.Component;
import works.incentives.web.ScreenTextScan;

import java.util.List;
import java.util.Optional;

/** The partner's and the vendor's dashboards: all Chinese in zh-TW, nothing missing in English (issue 15, item 3). */
class DashboardTextScanTest extends ScreenTextScan {

    /** What the fake insight service holds: program, period, partner and user names. */
    private static final String[] DATA = {"CSP co-op", "H1 FY27", "Contoso", "rita", "ann"};

    @Override
    protected Component show(String dashboard) {
        DashboardViewsTest fixture = new DashboardViewsTest();
        return switch (dashboard) {
            case "partner" -> shown(new PartnerDashboardView(fixture.insight, () -> Optional.of(fixture.ann)));
            case "vendor" -> shown(new VendorDashboardView(fixture.insight, () -> Optional.of(fixture.rita)));
            default -> throw new IllegalArgumentException(dashboard);
        };
    }

    DashboardTextScanTest() {
        super(DATA);
    }

    static List<String> screens() {
        return List.of("partner", "vendor");
    }
}
