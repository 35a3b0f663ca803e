package works.incentives.web.plan;

import works.incentives.web.KaribuTest;

import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.plan.PlanCommands.PlanRow;
import works.incentives.domain.plan.PlanStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plan wizard's fund step offers only funds a new plan can take, and says why the others are not offered (issue 10). */
class FundChoiceTest extends KaribuTest {

    private static AllocationView fund(long id, String period, boolean open) {
        return new AllocationView(id, 0, 3, 1, id, period, "USD", new BigDecimal("30000"), BigDecimal.ZERO,
                new BigDecimal("30000"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("30000"),
                new BigDecimal("30000"), false, LocalDate.of(2027, 8, 14), open ? 100 : -3, LocalDate.of(2027, 2, 15),
                open);
    }

    @Test
    void expiredFundsAndFundsWithAPlanAreNotOfferedButListedWithTheReasonAndALinkToThePlan() {
        FundStep step = shown(new FundStep());
        AllocationView open = fund(1, "H1 FY27", true);
        AllocationView planned = fund(2, "H2 FY26", true);
        AllocationView expired = fund(3, "H1 FY26", false);
        PlanRow existing = new PlanRow(44, 3, 1, "Spring push", PlanStatus.DRAFT, "USD", BigDecimal.ZERO, null, null, null);
        step.show(List.of(open, planned, expired), Map.of(1L, "CSP co-op FY27"), null, false, Map.of(2L, existing));

        assertEquals(List.of(open), step.fund.getListDataView().getItems().toList());
        assertEquals(open, step.fund.getValue(), "the only fund that can be planned is chosen");
        assertTrue(step.others.isVisible());
        Anchor link = (Anchor) step.others.planned.getChildren().findFirst().orElseThrow().getChildren().findFirst()
                .orElseThrow();
        assertEquals("plans/44/edit", link.getHref(), "a draft resumes in the wizard (issue 15)");
        assertEquals("CSP co-op FY27 · H2 FY26 (USD): resume its draft “Spring push”", link.getText());
        String closed = step.others.closed.getElement().getTextRecursively();
        assertTrue(closed.contains("CSP co-op FY27 · H1 FY26 (USD): the usage period or claim window is over"), closed);
        assertTrue(step.facts.getElement().getTextRecursively().contains("Feb 15, 2027 – Aug 14, 2027"),
                "the claim window is among the fund's facts");
    }

    @Test
    void onceTheDraftExistsItsFundIsShownWhateverItsState() {
        FundStep step = shown(new FundStep());
        AllocationView expired = fund(3, "H1 FY26", false);
        step.show(List.of(expired), Map.of(1L, "CSP"), 3L, true, Map.of());
        assertEquals(expired, step.fund.getValue());
        assertFalse(step.others.isVisible());
    }

    @Test
    void withNothingToPlanTheStepSaysSo() {
        FundStep step = shown(new FundStep());
        step.show(List.of(fund(3, "H1 FY26", false)), Map.of(1L, "CSP"), null, false, Map.of());
        assertTrue(step.none.isVisible());
        assertTrue(step.others.closed.isVisible());
    }
}
