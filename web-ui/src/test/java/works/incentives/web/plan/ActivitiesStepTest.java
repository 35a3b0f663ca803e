package works.incentives.web.plan;

import works.incentives.web.KaribuTest;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import org.junit.jupiter.api.Test;
import works.incentives.domain.plan.PlanCommands.ActivityData;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivitiesStepTest extends KaribuTest {

    private final List<ActivityData> saved = new ArrayList<>();
    private final PlanView plan = Fixtures.plan(Fixtures.campaign(11, "Webinars", Fixtures.ads(31, "12000")),
            Fixtures.campaign(12, "Roadshow"));

    private ActivitiesStep step(String available) {
        ActivitiesStep step = shown(new ActivitiesStep());
        step.show(plan, Fixtures.TYPES, new BigDecimal(available), List.of());
        step.addSaveListener(e -> saved.add(e.data()));
        return step;
    }

    @Test
    void theRunningTotalFollowsTheTypedAmountAndWarnsWhenOverTheFund() {
        ActivitiesStep step = step("20000");
        assertEquals("Planned $12,000.00 of $20,000.00 available in the fund", step.budget.total.getText());
        assertFalse(step.budget.warning.isVisible());
        step.open(plan.campaigns().get(1), null);
        step.form.amount.setValue(new BigDecimal("9000"));
        assertEquals("Planned $21,000.00 of $20,000.00 available in the fund", step.budget.total.getText());
        assertTrue(step.budget.warning.isVisible());
        assertTrue(step.budget.warning.getText().startsWith("The plan is $1,000.00 over"), step.budget.warning.getText());
        step.form.amount.setValue(new BigDecimal("8000"));
        assertFalse(step.budget.warning.isVisible());
    }

    @Test
    void anAmountAboveWhatTheFundHasLeftIsRefusedNextToTheField() {
        ActivitiesStep step = step("20000");
        step.open(plan.campaigns().get(1), null);
        step.form.type.setValue(Fixtures.SEMINARS);
        step.form.countries.setValue(Set.of("TW"));
        step.form.amount.setValue(new BigDecimal("8000.01"));
        step.form.metricFields.fields.get("REGISTERED_GUESTS").setValue("80");
        ButtonKt._click(step.form.save);
        assertEquals(List.of(), saved);
        assertEquals("This is more than the fund has left for this activity: at most $8,000.00.", step.form.amount.getErrorMessage());
    }

    @Test
    void editingAnActivityLeavesItsOwnAmountInTheRoom() {
        ActivitiesStep step = step("20000");
        step.open(plan.campaigns().get(0), plan.campaigns().get(0).activities().get(0));
        step.form.amount.setValue(new BigDecimal("20000"));
        assertFalse(step.budget.isOver());
        assertTrue(step.form.save());
        assertEquals(new BigDecimal("20000"), saved.get(0).plannedAmount());
    }

    @Test
    void theTypesRulesAndOneFieldPerMetricAppearWhenTheTypeIsChosen() {
        ActivitiesStep step = step("20000");
        step.open(plan.campaigns().get(1), null);
        step.form.type.setValue(Fixtures.SYNDICATED);
        String rules = step.form.rules.getElement().getTextRecursively();
        assertTrue(rules.contains("Category: Demand generation"), rules);
        assertTrue(rules.contains("URL or screenshots"), rules);
        assertTrue(rules.contains("Results summary"), rules);
        assertTrue(rules.contains("At most $18,750.00 per usage period"), rules);
        assertEquals(Set.of("RESULTS_SUMMARY"), step.form.metricFields.fields.keySet());
        assertEquals("Results summary", step.form.metricFields.fields.get("RESULTS_SUMMARY").getLabel());

        step.form.type.setValue(Fixtures.SEMINARS);
        assertEquals(Set.of("REGISTERED_GUESTS"), step.form.metricFields.fields.keySet());
        assertTrue(step.form.rules.getElement().getTextRecursively().contains("Alcohol in catering is not eligible."));
    }

    @Test
    void aMissingMetricIsSaidNextToItsFieldAndAValidActivityBecomesACommand() {
        ActivitiesStep step = step("20000");
        step.open(plan.campaigns().get(1), null);
        step.form.type.setValue(Fixtures.DIGITAL_ADS);
        step.form.countries.setValue(Set.of("TW", "HK"));
        step.form.amount.setValue(new BigDecimal("3000"));
        ButtonKt._click(step.form.save);
        assertEquals("Plan the metric Click-through summary: claims must report it.",
                step.form.metricFields.fields.get("CLICK_THROUGH_SUMMARY").getErrorMessage());
        step.form.metricFields.fields.get("CLICK_THROUGH_SUMMARY").setValue("1.5% CTR");
        ButtonKt._click(step.form.save);
        assertEquals(List.of(new ActivityData(21, Set.of("TW", "HK"), new BigDecimal("3000"),
                Map.of("CLICK_THROUGH_SUMMARY", "1.5% CTR"), "")), saved);
    }

    @Test
    void countriesShowTheirNamesInTheUserLanguage() {
        ActivitiesStep step = step("20000");
        assertEquals("Taiwan (TW)", step.form.countries.getItemLabelGenerator().apply("TW"));
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.TRADITIONAL_CHINESE);
        assertEquals("台灣 (TW)", step.form.countries.getItemLabelGenerator().apply("TW"));
    }

    @Test
    void problemsAreShownOnTheActivityAndCampaignTheyConcern() {
        ActivitiesStep step = shown(new ActivitiesStep());
        step.show(plan, Fixtures.TYPES, new BigDecimal("20000"), List.of(
                Problem.of(Rule.PLAN_ACTIVITY_METRIC_MISSING, "activity:31/metric:CLICK_THROUGH_SUMMARY", "CLICK_THROUGH_SUMMARY"),
                Problem.of(Rule.PLAN_CAMPAIGN_NO_ACTIVITY, "campaign:12", "Roadshow")));
        assertTrue(step.campaignList.getChildren().toList().get(0).getElement().getTextRecursively()
                .contains("must plan the metric CLICK_THROUGH_SUMMARY"));
        assertTrue(step.campaignList.getChildren().toList().get(1).getElement().getTextRecursively()
                .contains("The campaign \"Roadshow\" needs at least one activity."));
    }

    /** The server says what the syndicated-content cap leaves, summed over the partner's plans for the period. */
    @Test
    void theAmountShowsWhatThePeriodCapLeavesAndIsFlaggedAsTypedWhenOverIt() {
        ActivitiesStep step = step("40000");
        List<Long> askedFor = new ArrayList<>();
        step.capLeftFrom(activityId -> {
            askedFor.add(activityId);
            return Map.of("SYNDICATED_CONTENT", new BigDecimal("8750"));
        });
        step.open(plan.campaigns().get(1), null);
        assertEquals(java.util.Arrays.asList((Long) null), askedFor, "a new activity: nothing of its own to leave out");
        step.form.type.setValue(Fixtures.SYNDICATED);
        assertTrue(step.form.amount.getHelperText().contains("leaves $8,750.00 for this activity"),
                step.form.amount.getHelperText());
        step.form.amount.setValue(new BigDecimal("9000"));
        assertTrue(step.form.amount.isInvalid(), "flagged while typing, before Save");
        assertEquals("This is more than the type's per-period cap leaves for this activity: at most $8,750.00.",
                step.form.amount.getErrorMessage());
        step.form.amount.setValue(new BigDecimal("8750"));
        assertFalse(step.form.amount.isInvalid());

        step.form.amount.setValue(new BigDecimal("9000"));
        step.form.type.setValue(Fixtures.DIGITAL_ADS);
        assertFalse(step.form.amount.isInvalid(), "a type without a period cap: no cap to exceed");
        assertEquals("", step.form.amount.getHelperText() == null ? "" : step.form.amount.getHelperText());
    }

    @Test
    void aCapUsedUpByOtherActivitiesSaysByHowMuchInBothLanguages() {
        ActivitiesStep step = step("20000");
        step.capLeftFrom(activityId -> Map.of("SYNDICATED_CONTENT", new BigDecimal("-250")));
        step.open(plan.campaigns().get(0), plan.campaigns().get(0).activities().get(0));
        assertFalse(step.form.amount.isInvalid(), "digital ads have no period cap");
        step.form.type.setValue(Fixtures.SYNDICATED);
        assertTrue(step.form.amount.isInvalid(), "the USD 12,000 already entered is flagged at once");
        assertTrue(step.form.amount.getHelperText().contains("used up") && step.form.amount.getHelperText()
                .contains("$250.00 over"), step.form.amount.getHelperText());
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.TRADITIONAL_CHINESE);
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.TRADITIONAL_CHINESE);
        assertTrue(step.form.amount.getHelperText().contains("上限已被"), step.form.amount.getHelperText());
    }
}
