package works.incentives.web.plan;

import works.incentives.web.KaribuTest;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import org.junit.jupiter.api.Test;
import works.incentives.domain.plan.PlanCommands.CampaignData;
import works.incentives.domain.shared.DateRange;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CampaignsStepTest extends KaribuTest {

    private final List<CampaignData> saved = new ArrayList<>();

    private CampaignsStep step() {
        CampaignsStep step = shown(new CampaignsStep());
        step.show(Fixtures.plan(Fixtures.campaign(11, "Webinars")), Fixtures.USAGE_START, Fixtures.USAGE_END, List.of());
        step.addSaveListener(e -> saved.add(e.data()));
        return step;
    }

    @Test
    void datePickersAreLimitedToTheUsagePeriodWhichIsShownBesideThem() {
        CampaignsStep step = step();
        ButtonKt._click(step.add);
        assertEquals(Fixtures.USAGE_START, step.form.start.getMin());
        assertEquals(Fixtures.USAGE_END, step.form.end.getMax());
        assertEquals("Usage period: Jan 1, 2027 – Jun 30, 2027", step.form.usage.getText());
    }

    @Test
    void aDateOutsideTheUsagePeriodIsRefusedNextToTheField() {
        CampaignsStep step = step();
        ButtonKt._click(step.add);
        step.form.name.setValue("Roadshow");
        step.form.start.setValue(LocalDate.of(2026, 12, 1));
        step.form.end.setValue(LocalDate.of(2027, 2, 1));
        ButtonKt._click(step.form.save);
        assertEquals(List.of(), saved);
        assertTrue(step.form.start.isInvalid());
        assertEquals("Choose a date inside the usage period Jan 1, 2027 – Jun 30, 2027.", step.form.start.getErrorMessage());
        assertFalse(step.form.end.isInvalid());
    }

    @Test
    void endBeforeStartAndMissingNameAreSaidNextToTheirFields() {
        CampaignsStep step = step();
        ButtonKt._click(step.add);
        step.form.start.setValue(LocalDate.of(2027, 3, 1));
        step.form.end.setValue(LocalDate.of(2027, 2, 1));
        ButtonKt._click(step.form.save);
        assertEquals("Enter the campaign name.", step.form.name.getErrorMessage());
        assertEquals("The end date lies before the start date.", step.form.end.getErrorMessage());
    }

    @Test
    void aValidCampaignIsHandedToTheViewAsACommand() {
        CampaignsStep step = step();
        ButtonKt._click(step.add);
        step.form.name.setValue(" Roadshow ");
        step.form.start.setValue(LocalDate.of(2027, 2, 1));
        step.form.end.setValue(LocalDate.of(2027, 3, 1));
        ButtonKt._click(step.form.save);
        assertEquals(List.of(new CampaignData("Roadshow", "", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 1))), saved);
    }

    @Test
    void nextWithAnOpenValidFormSavesItAndAnInvalidOneStops() {
        CampaignsStep step = step();
        ButtonKt._click(step.add);
        step.form.name.setValue("Roadshow");
        assertFalse(step.commit(), "dates missing");
        step.form.start.setValue(LocalDate.of(2027, 2, 1));
        step.form.end.setValue(LocalDate.of(2027, 3, 1));
        step.addSaveListener(e -> step.saved(Fixtures.campaign(12, "Roadshow")));
        assertTrue(step.commit());
        assertEquals(1, saved.size());
    }

    @Test
    void theServersRefusalOfTheDatesIsShownNextToTheDateField() {
        CampaignsStep step = step();
        ButtonKt._click(step.add);
        step.form.refuseDates("The campaign must lie inside the usage period.");
        assertTrue(step.form.start.isInvalid());
        assertEquals("The campaign must lie inside the usage period.", step.form.start.getErrorMessage());
    }

    @Test
    void aSavedCampaignTheServerFindsOutsideThePeriodStaysOpenWithTheMessage() {
        CampaignsStep step = shown(new CampaignsStep());
        Problem outside = Problem.of(Rule.PLAN_CAMPAIGN_OUTSIDE_USAGE_PERIOD, "campaign:11",
                DateRange.of(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31)),
                DateRange.of(Fixtures.USAGE_START, Fixtures.USAGE_END));
        step.show(Fixtures.plan(Fixtures.campaign(11, "Webinars")), Fixtures.USAGE_START, Fixtures.USAGE_END, List.of(outside));
        step.saved(Fixtures.campaign(11, "Webinars"));
        assertTrue(step.form.isVisible());
        assertTrue(step.form.start.getErrorMessage().contains("must lie inside the usage period"),
                step.form.start.getErrorMessage());
        assertTrue(step.list.getElement().getTextRecursively().contains("must lie inside the usage period"),
                "the problem is also shown on the campaign");
    }
}
