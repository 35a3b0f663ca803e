package works.incentives.web.plan;

import works.incentives.web.KaribuTest;

import org.junit.jupiter.api.Test;
import works.incentives.domain.plan.PlanCommands.PlanBasics;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BasicsAndFundStepTest extends KaribuTest {

    @Test
    void basicsRequireAnObjectiveAndShowCurrencyAndReviewerReadOnly() {
        BasicsStep step = shown(new BasicsStep());
        step.show(Fixtures.plan());
        step.objective.setValue("");
        assertFalse(step.commit());
        assertEquals("Say what the plan should achieve.", step.objective.getErrorMessage());
        assertEquals("USD", step.currency.getValue());
        assertTrue(step.currency.isReadOnly());
        assertFalse(step.reviewer.isVisible(), "no reviewer assigned yet");
        step.objective.setValue(" 400 leads ");
        assertTrue(step.commit());
        assertEquals(new PlanBasics("Cloud launch", "400 leads"), step.bean().command());
    }

    @Test
    void backDiscardsTypingButKeepsWhatWasSaved() {
        BasicsStep step = shown(new BasicsStep());
        step.show(Fixtures.plan());
        step.title.setValue("Typed but not saved");
        step.discard();
        assertEquals("Cloud launch", step.title.getValue());
    }

    @Test
    void theFundShowsBalancesDeadlineAndAnExpiryWarning() {
        FundStep step = shown(new FundStep());
        step.show(List.of(Fixtures.fund("26000", 30)), Map.of(1L, "CSP co-op FY27"), null, false);
        assertEquals("CSP co-op FY27 · H2 FY27 (USD)", step.fund.getItemLabelGenerator().apply(step.fund.getValue()));
        String facts = step.facts.getElement().getTextRecursively();
        assertTrue(facts.contains("$30,000"), facts);
        assertTrue(facts.contains("$26,000"), facts);
        assertTrue(facts.contains("Aug 14, 2027 (30 days left)"), facts);
        assertTrue(step.facts.warning.getText().contains("will expire unclaimed in 30 days"));
        assertTrue(step.commit());
    }

    @Test
    void noWarningWithTimeLeftAndTheFundIsFixedOnceTheDraftExists() {
        FundStep step = shown(new FundStep());
        step.show(List.of(Fixtures.fund("26000", 200)), Map.of(1L, "CSP"), 9L, true);
        assertFalse(FundFacts.expiresSoon(Fixtures.fund("26000", 200)));
        assertFalse(FundFacts.expiresSoon(Fixtures.fund("0", 10)));
        assertTrue(step.fund.isReadOnly());
        assertTrue(step.fixed.isVisible());
    }
}
