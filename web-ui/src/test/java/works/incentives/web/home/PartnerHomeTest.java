package works.incentives.web.home;

import works.incentives.web.KaribuTest;

import com.vaadin.flow.component.UI;


import org.junit.jupiter.api.Test;
import com.vaadin.flow.component.button.Button;
import works.incentives.domain.audit.SubmissionRequest;
import works.incentives.domain.claim.ClaimCommands.ClaimRow;
import works.incentives.web.claim.ClaimableActivity;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.plan.PlanCommands.PlanRow;
import works.incentives.domain.plan.PlanStatus;


import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    private static ClaimableActivity activity(long id, String campaign, LocalDate start, String approved, String held,
                                              long daysLeft) {
        return new ClaimableActivity(5, "Secure cloud adoption", 1, 8, campaign, start, start.plusMonths(2), id,
                "DIGITAL_ADVERTISING", "LinkedIn", "USD", new BigDecimal(approved), new BigDecimal(held),
                new BigDecimal("30000"), TODAY.plusDays(daysLeft), daysLeft,
                new BigDecimal(approved).subtract(new BigDecimal(held)));
    }

    /** Issue 15, item 7: the home leads to the work, whichever kind it is. */
    @Test
    void homeListsDraftClaimsHandOversAndActivitiesReadyForAProofOfExecution() {
        ClaimRow draftClaim = new ClaimRow(9, 3, 1, 6, "Google ads", "DIGITAL_ADVERTISING", "USD", null,
                ClaimStatus.DRAFT, null, TODAY.plusDays(60), null, null);
        PartnerHome.Work work = new PartnerHome.Work(List.of(draftClaim),
                List.of(new SubmissionRequest(8, "Next half", "alex", Instant.parse("2027-05-30T10:00:00Z"))),
                List.of(new SubmissionRequest(9, "Google ads", "alex", Instant.parse("2027-05-31T10:00:00Z"))),
                HomeWork.withMoneyLeft(List.of(
                        activity(11, "Spring push", LocalDate.of(2027, 2, 1), "5000", "1000", 40),
                        activity(12, "Spring push", LocalDate.of(2027, 4, 1), "5000", "0", 20),
                        activity(13, "Spring push", LocalDate.of(2027, 4, 1), "5000", "5000", 10))));
        PartnerHome home = new PartnerHome();
        UI.getCurrent().add(home);
        home.show(new PartnerHome.Data(List.of(), Map.of(), List.of(), List.of(), List.of(), TODAY, List.of(), work));

        assertTrue(text(home.draftClaims).contains("Claim “Google ads” — no amount yet, claim by Jul 31, 2027"),
                text(home.draftClaims));
        assertEquals(1, _find(home, Button.class, spec -> spec.withId("resume-claim-9")).size());
        String actions = text(home.actions);
        assertTrue(actions.contains("Plan “Next half”: alex prepared it for submission."), actions);
        assertTrue(actions.contains("Claim “Google ads”: alex prepared it for submission."), actions);
        assertFalse(actions.contains("Nothing needs your action"), actions);

        List<String> ready = home.readyToClaim.getChildren().map(KaribuTest::text).toList();
        assertEquals(2, ready.size(), "an activity with nothing left is not offered: " + ready);
        assertTrue(ready.get(0).startsWith("Digital advertising · Spring push (Apr 1, 2027 – Jun 1, 2027): $5,000.00 left"),
                "soonest deadline first, told apart by dates and money left: " + ready);
        assertTrue(ready.get(1).contains("(Feb 1, 2027 – Apr 1, 2027): $4,000.00 left"), ready.get(1));
        assertEquals("Prepare a proof of execution", _get(home, Button.class, spec -> spec.withId("prepare-claim-12")).getText());

        UI.getCurrent().setLocale(java.util.Locale.TRADITIONAL_CHINESE);
        assertEquals("可準備執行證明的活動", home.readyHeading.getText());
        assertTrue(text(home.actions).contains("計畫「Next half」：alex 已準備好，等待提交。"), text(home.actions));
    }
}
