package works.incentives.web.home;

import works.incentives.web.KaribuTest;

import com.vaadin.flow.component.UI;


import org.junit.jupiter.api.Test;
import works.incentives.domain.claim.ClaimCommands.ClaimRow;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.plan.PlanCommands.PlanRow;
import works.incentives.domain.plan.PlanStatus;


import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartnerHomeTest extends KaribuTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);


    private static AllocationView fund(long id, String period, String remaining, long daysLeft) {
        return new AllocationView(id, 0, 3, 1, id, period, "USD", new BigDecimal("50000"), BigDecimal.ZERO,
                new BigDecimal("50000"), new BigDecimal("20000"), new BigDecimal("4500"), BigDecimal.ZERO,
                new BigDecimal(remaining), new BigDecimal("30000"), false, TODAY.plusDays(daysLeft), daysLeft);
    }

    private PartnerHome show() {
        PartnerHome home = new PartnerHome();
        UI.getCurrent().add(home);
        home.show(new PartnerHome.Data(List.of(fund(1, "H1 FY27", "45500", 20), fund(2, "H2 FY27", "30000", 200)),
                Map.of(1L, "CSP co-op FY27"),
                List.of(new PlanRow(8, 3, 1, "Next half", PlanStatus.DRAFT, "USD", BigDecimal.ZERO, null, null, null)),
                List.of(new PlanRow(6, 3, 1, "Security push", PlanStatus.ACTION_REQUIRED, "USD", BigDecimal.TEN, null, null, "rita")),
                List.of(new ClaimRow(4, 3, 1, 6, "LinkedIn ads", "DIGITAL_ADVERTISING", "USD", BigDecimal.TEN,
                        ClaimStatus.ACTION_REQUIRED, null, TODAY.plusDays(60), TODAY.plusDays(5), "rita")),
                TODAY));
        return home;
    }

    @Test
    void eachFundShowsItsBalancesCountdownAndAWarningWhenMoneyIsAboutToExpire() {
        PartnerHome home = show();
        String first = home.fundCards.getChildren().toList().get(0).getElement().getTextRecursively();
        assertTrue(first.contains("CSP co-op FY27 · H1 FY27"), first);
        assertTrue(first.contains("20 days left"), first);
        assertTrue(first.contains("$45,500.00 will expire unclaimed in 20 days"), first);
        String second = home.fundCards.getChildren().toList().get(1).getElement().getTextRecursively();
        assertTrue(second.contains("200 days left"), second);
        assertTrue(!second.contains("will expire unclaimed"), second);
        assertTrue(home.anyExpiring());
    }

    @Test
    void draftsAndWhatNeedsActionAreListedWithTheirDeadlines() {
        PartnerHome home = show();
        assertTrue(home.drafts.getElement().getTextRecursively().contains("Next half"));
        String actions = home.actions.getElement().getTextRecursively();
        assertTrue(actions.contains("Plan “Security push”: the reviewer asked for changes."), actions);
        assertTrue(actions.contains("Claim “LinkedIn ads”: answer the reviewer by Jun 6, 2027 (5 days left)."), actions);
    }

    @Test
    void theChartBarSplitsClaimedCommittedAndFree() {
        PartnerHome home = show();
        FundChart.Bar bar = home.bar(fund(1, "H1 FY27", "45500", 20));
        assertEquals(new BigDecimal("4500"), bar.claimed());
        assertEquals(new BigDecimal("15500"), bar.committed());
        assertEquals(new BigDecimal("30000"), bar.free());
        String markup = ((com.vaadin.flow.component.Html) home.chart.getChildren().findFirst().orElseThrow()).getInnerHtml();
        assertTrue(markup.contains("<svg") && markup.contains("class=\"claimed\""), markup);
        assertTrue(markup.contains("CSP co-op FY27 · H1 FY27"), markup);
    }

    @Test
    void draftClaimsCloseToTheirDeadlineAreWarnedAboutWithTheDaysLeftAndNothingShowsWhenNoneAre() {
        PartnerHome home = show();
        org.junit.jupiter.api.Assertions.assertFalse(home.expiring.isVisible(), "no expiring draft, no warning");
        home.show(new PartnerHome.Data(List.of(), Map.of(), List.of(), List.of(), List.of(), TODAY,
                List.of(new ClaimRow(9, 3, 1, 6, "Google ads", "DIGITAL_ADVERTISING", "USD", BigDecimal.TEN,
                        ClaimStatus.DRAFT, null, TODAY.plusDays(6), null, null))));
        assertTrue(home.expiring.isVisible());
        String text = home.expiring.getElement().getTextRecursively();
        assertTrue(text.contains("Google ads") && text.contains("in 6 days"), text);
        assertTrue(home.expiring.items.getChildren().findFirst().orElseThrow().getChildren()
                .anyMatch(c -> "expiring-claim-9".equals(c.getId().orElse(null))));
    }

    /** Partner Center's published window for usage Jan-Jun 2027 (Feb 15 to Aug 14) shows exactly, per fund. */
    @Test
    void eachFundShowsItsClaimWindow() {
        AllocationView published = new AllocationView(1, 0, 3, 1, 1, "H1 FY27", "USD", new BigDecimal("50000"),
                BigDecimal.ZERO, new BigDecimal("50000"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                new BigDecimal("50000"), new BigDecimal("50000"), false, LocalDate.of(2027, 8, 14), 74,
                LocalDate.of(2027, 2, 15), true);
        PartnerHome home = new PartnerHome();
        UI.getCurrent().add(home);
        home.show(new PartnerHome.Data(List.of(published), Map.of(1L, "CSP co-op FY27"), List.of(), List.of(),
                List.of(), TODAY));
        String card = home.fundCards.getChildren().toList().get(0).getElement().getTextRecursively();
        assertTrue(card.contains("Claims accepted"), card);
        assertTrue(card.contains("Feb 15, 2027 – Aug 14, 2027"), card);
        UI.getCurrent().setLocale(java.util.Locale.TRADITIONAL_CHINESE);
        card = home.fundCards.getChildren().toList().get(0).getElement().getTextRecursively();
        assertTrue(card.contains("受理申請期間"), card);
    }
}
