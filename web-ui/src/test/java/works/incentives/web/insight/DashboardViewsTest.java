package works.incentives.web.insight;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import works.incentives.domain.insight.InsightRepository.Backlog;
import works.incentives.domain.insight.InsightRepository.Count;
import works.incentives.domain.insight.InsightRepository.FundTotals;
import works.incentives.domain.insight.InsightRepository.ReviewTimes;
import works.incentives.domain.insight.InsightRepository.Unclaimed;
import works.incentives.domain.insight.InsightService;
import works.incentives.domain.shared.Actor;
import works.incentives.web.KaribuTest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both dashboards draw their figures as accessible SVG charts with a table alternative, in both languages. */
class DashboardViewsTest extends KaribuTest {

    static final LocalDate TODAY = LocalDate.of(2027, 6, 1);
    final Actor ann = Actor.partnerAdmin("ann", 7);
    final Actor rita = Actor.reviewer("rita");

    final InsightService insight = new InsightService() {
        @Override
        public PartnerDashboard partnerDashboard(Actor actor) {
            assertEquals(ann, actor);
            return new PartnerDashboard(TODAY,
                    List.of(new FundTotals(2, "CSP co-op", 3, "H1 FY27", LocalDate.of(2027, 6, 30), "USD",
                            new BigDecimal("50000"), new BigDecimal("12000"), new BigDecimal("1000"), BigDecimal.ZERO)),
                    List.of(new Unclaimed(7, "Contoso", 2, "CSP co-op", 3, "H1 FY27", LocalDate.of(2027, 6, 30), "USD",
                            new BigDecimal("49000"))),
                    List.of(new Count("APPROVED", "CSP co-op", 1)),
                    List.of(new Count("SUBMITTED", "DIGITAL_ADVERTISING", 2), new Count("SUBMITTED", "EVENTS", 1)));
        }

        @Override
        public VendorDashboard vendorDashboard(Actor actor) {
            assertEquals(rita, actor);
            return new VendorDashboard(TODAY, 10, List.of(new Count("SUBMITTED", "CSP co-op", 4)),
                    List.of(new Count("UNDER_REVIEW", "DIGITAL_ADVERTISING", 3)),
                    List.of(new ReviewTimes("CLAIM", "rita", 4, 9 * 86_400, 15 * 86_400, 3)),
                    List.of(new Backlog("CLAIM", "rita", 3, 1), new Backlog("CLAIM", null, 2, 0)),
                    List.of(new Unclaimed(7, "Contoso", 2, "CSP co-op", 3, "H1 FY27", LocalDate.of(2027, 6, 30), "USD",
                            new BigDecimal("49000"))));
        }
    };

    @Test
    void thePartnerSeesItsFundsExpiringMoneyAndStatesAsChartsWithTables() {
        PartnerDashboardView view = shown(new PartnerDashboardView(insight, () -> Optional.of(ann)));
        String funds = html(view.funds);
        assertTrue(funds.contains("<title id=\"dashboard-funds-title\">Funds by program and period</title>"), funds);
        assertTrue(funds.contains("<desc id=\"dashboard-funds-desc\">"), "a description for screen readers");
        assertTrue(funds.contains("aria-labelledby=\"dashboard-funds-title dashboard-funds-desc\""), funds);
        assertTrue(funds.contains("Allocated: 50,000.00"), "each bar tells its value");
        assertTrue(funds.contains("<th scope=\"row\">CSP co-op · H1 FY27 (USD)</th><td>50,000.00</td><td>12,000.00</td>"
                + "<td>1,000.00</td><td>0.00</td>"), "the table alternative: " + funds);
        assertTrue(html(view.expiring).contains("deadline Jun 30, 2027, 29 days left"), html(view.expiring));
        assertTrue(html(view.claims).contains("<th scope=\"row\">Submitted</th><td>3</td>"),
                "claims by state, summed over types");
    }

    @Test
    void theDashboardsSpeakTraditionalChinese() {
        UI.getCurrent().setLocale(Locale.TRADITIONAL_CHINESE);
        PartnerDashboardView partner = shown(new PartnerDashboardView(insight, () -> Optional.of(ann)));
        assertTrue(text(partner).contains("各方案與資金期間的資金"), text(partner));
        assertTrue(html(partner.funds).contains("已分配"));
        assertTrue(html(partner.expiring).contains("剩 29 天"), html(partner.expiring));
        UI.getCurrent().removeAll();
        VendorDashboardView vendor = shown(new VendorDashboardView(insight, () -> Optional.of(rita)));
        assertTrue(text(vendor).contains("審核目標（SLA）：項目進入審核佇列後 10 天內作出決定"), text(vendor));
        assertEquals("（尚未指派）", GridKt._getFormattedRow(vendor.reviewers, 1).get(1));
    }

    @Test
    void theVendorSeesTimeInQueueAgainstTheSlaPerReviewerAndUnclaimedFundsPerPartner() {
        VendorDashboardView view = shown(new VendorDashboardView(insight, () -> Optional.of(rita)));
        assertTrue(text(view).contains("a decision within 10 days"), text(view));
        String times = html(view.queueTimes);
        assertTrue(times.contains("class=\"marker\""), "the SLA target is marked");
        assertTrue(times.contains("Target: 10 days"));
        assertTrue(times.contains("<th scope=\"row\">Claims · rita</th><td>9.00</td>"), times);
        Grid<?> reviewers = view.reviewers;
        assertEquals(2, GridKt._size(reviewers), "rita, then the claims nobody has taken yet");
        assertEquals(List.of("Claims", "rita", "4", "9.00", "15.00", "75%", "3", "1"), GridKt._getFormattedRow(reviewers, 0));
        assertEquals("(not yet assigned)", GridKt._getFormattedRow(reviewers, 1).get(1));
        assertTrue(html(view.unclaimed).contains("Contoso · CSP co-op · H1 FY27 (USD), deadline"));
        Grid<?> byType = _get(Grid.class, s -> s.withId("insight-claims-by-type"));
        assertEquals(List.of("Under review", "Digital advertising", "3"), GridKt._getFormattedRow(byType, 0));
    }

    /** The component's markup without the pretty-printer's line breaks. */
    private static String html(com.vaadin.flow.component.Component component) {
        return component.getElement().toString().replaceAll(">\\s+<", "><");
    }
}
