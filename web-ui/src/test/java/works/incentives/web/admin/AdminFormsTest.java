package works.incentives.web.admin;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.program.ActivityCategory;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramCommands.CreateProgram;
import works.incentives.domain.program.ProgramCommands.DefineActivityType;
import works.incentives.domain.program.ProgramCommands.EvidenceRequirementData;
import works.incentives.domain.program.ProgramCommands.ProgramView;
import works.incentives.domain.shared.Actor;
import works.incentives.web.i18n.TranslationProvider;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The program admin's forms and catalogue panel, fed with DTOs: what they fire, refuse and show. */
class AdminFormsTest {

    static final ProgramView PROGRAM = new ProgramView(7, 0, "CSP co-op FY27", 2027, "USD", true,
            LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30), 45, 90, 10, 30, new BigDecimal("1500"), null);
    static final CurrentActor ADAM = () -> Optional.of(Actor.programAdmin("adam"));

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", TranslationProvider.class.getName());
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void aNewActivityTypeNeedsACodeCategoryDisplayNameAndAtLeastOneRequirement() {
        ActivityTypeForm form = new ActivityTypeForm(7, "USD");
        List<DefineActivityType> saved = new ArrayList<>();
        form.addSaveListener(e -> saved.add(e.command()));
        form.evidence.rows.get(0).remove.click();
        form.code.setValue("podcast");
        form.save();
        assertEquals(List.of(), saved);
        assertTrue(form.code.isInvalid());
        assertTrue(form.category.isInvalid());
        assertTrue(form.displayName.isInvalid());
        assertEquals("Add at least one evidence requirement.", form.evidence.error.getText());
    }

    @Test
    void aCompleteFormFiresTheCommandWithDisplayNameTwoRequirementsANewMetricAndCaps() {
        ActivityTypeForm form = new ActivityTypeForm(7, "USD");
        List<DefineActivityType> saved = new ArrayList<>();
        form.addSaveListener(e -> saved.add(e.command()));
        form.code.setValue("PODCAST_SPONSORSHIP");
        form.category.setValue(ActivityCategory.DEMAND_GENERATION);
        form.displayName.setValue(" Podcast sponsorship ");
        form.displayNameZh.setValue("Podcast 贊助");
        EvidenceRequirementsEditor.Row first = form.evidence.rows.get(0);
        first.code.setValue("EPISODE_LINK");
        first.description.setValue("Link to the episode");
        first.example.setValue("https://pod.example/42");
        EvidenceRequirementsEditor.Row second = form.evidence.addRow();
        second.code.setValue("AD_SCRIPT");
        second.description.setValue("The ad read script");
        second.mandatory.setValue(false);
        form.metrics.select("ESTIMATED_REACH");
        form.addMetric("downloads per episode");
        form.perPeriodCap.setValue(new BigDecimal("5000"));
        form.save();
        assertEquals(List.of(), saved, "the Chinese names are missing");
        assertTrue(second.descriptionZh.isInvalid());
        assertTrue(_get(form.metricNames, TextField.class, spec -> spec.withId("metric-name-zh-DOWNLOADS_PER_EPISODE"))
                .isInvalid());

        first.descriptionZh.setValue("節目連結");
        second.descriptionZh.setValue("廣告腳本");
        _get(form.metricNames, TextField.class, spec -> spec.withId("metric-name-DOWNLOADS_PER_EPISODE"))
                .setValue("Downloads per episode");
        _get(form.metricNames, TextField.class, spec -> spec.withId("metric-name-zh-DOWNLOADS_PER_EPISODE"))
                .setValue("每集下載次數");
        form.save();

        assertEquals(1, saved.size());
        DefineActivityType command = saved.get(0);
        assertEquals("Podcast sponsorship", command.displayName());
        assertEquals("Podcast 贊助", command.displayNameZh());
        assertEquals(List.of(new EvidenceRequirementData("EPISODE_LINK", "Link to the episode", "https://pod.example/42", true,
                        "節目連結", null),
                new EvidenceRequirementData("AD_SCRIPT", "The ad read script", null, false, "廣告腳本", null)), command.evidence());
        assertEquals(Set.of("ESTIMATED_REACH", "DOWNLOADS_PER_EPISODE"), Set.copyOf(command.metrics()));
        assertEquals(List.of(new works.incentives.domain.program.ProgramCommands.MetricData("DOWNLOADS_PER_EPISODE",
                "Downloads per episode", "每集下載次數")), command.metricNames());
        assertEquals(new BigDecimal("5000"), command.perPeriodCap());
        assertNull(command.perClaimCap());
    }

    @Test
    void duplicateRequirementCodesAndImpossibleCapsAreMarkedNotSent() {
        ActivityTypeForm form = new ActivityTypeForm(7, "USD");
        List<DefineActivityType> saved = new ArrayList<>();
        form.addSaveListener(e -> saved.add(e.command()));
        form.code.setValue("PODCAST");
        form.category.setValue(ActivityCategory.DEMAND_GENERATION);
        form.displayName.setValue("Podcast");
        for (EvidenceRequirementsEditor.Row row : List.of(form.evidence.rows.get(0), form.evidence.addRow())) {
            row.code.setValue("LINK");
            row.description.setValue("Link");
        }
        form.earnedSharePercent.setValue(new BigDecimal("150"));
        form.earnedShareFloor.setValue(new BigDecimal("3000"));
        form.maxPersons.setValue(3);
        form.save();
        assertEquals(List.of(), saved);
        assertTrue(form.evidence.rows.get(1).code.isInvalid());
        assertFalse(form.evidence.rows.get(0).code.isInvalid());
        assertTrue(form.earnedSharePercent.isInvalid());
        assertTrue(form.maxPersons.isInvalid());
    }

    /** Issue 15: the fiscal-year hint is the year typed, not a fixed example. */
    @Test
    void theFiscalYearHintFollowsTheYearTyped() {
        ProgramForm form = new ProgramForm();
        form.programYear.setValue(2031);
        assertEquals("Fiscal year FY31: Jul 1, 2030 to Jun 30, 2031", form.programYear.getHelperText());
        form.programYear.setValue(1999);
        assertEquals("Fiscal year: FY27 runs from 1 July 2026 to 30 June 2027", form.programYear.getHelperText(),
                "a year out of range: the general rule");
    }

    @Test
    void aNewProgramStartsWithTheRealProgramsDeadlineRules() {
        ProgramForm form = new ProgramForm();
        List<CreateProgram> saved = new ArrayList<>();
        form.addSaveListener(e -> saved.add(e.command()));
        form.name.setValue("  Modern Work co-op ");
        form.programYear.setValue(2027);
        form.rebateThreshold.setValue(new BigDecimal("1500"));
        form.save();
        assertEquals(List.of(new CreateProgram("Modern Work co-op", 2027, "USD", true, 45, 90, 10, 30,
                new BigDecimal("1500"), null)), saved);
        form.disputeWindowDays.setValue(0);
        form.save();
        assertEquals(1, saved.size());
        assertTrue(form.disputeWindowDays.isInvalid());
    }

    @Test
    void aFundingPeriodFormFillsHalfYearsAndShowsTheClaimDeadlineOfTheProgramsRule() {
        FundingPeriodForm form = new FundingPeriodForm(PROGRAM);
        form.fillHalfYears(LocalDate.of(2026, 7, 1));
        assertEquals(LocalDate.of(2026, 12, 31), form.earningEnd.getValue());
        assertEquals(LocalDate.of(2027, 1, 1), form.usageStart.getValue());
        assertEquals(LocalDate.of(2027, 6, 30), form.usageEnd.getValue());
        assertEquals("Claims due by Aug 14, 2027 (45 days after the usage period ends).", form.claimDeadline.getText());
    }

    @Test
    void theCatalogueShowsTranslatedStandardNamesAndTheAdminsDisplayNameAndOffersTheStandardCatalogueOnlyWhenEmpty() {
        List<ActivityTypeView> types = new ArrayList<>();
        ProgramAdminService admin = new ProgramAdminService() {
            @Override
            public List<ActivityTypeView> listActivityTypes(long programId) {
                return List.copyOf(types);
            }
        };
        ActivityCataloguePanel panel = new ActivityCataloguePanel(admin, ADAM, PROGRAM);
        UI.getCurrent().add(panel);
        assertTrue(panel.install.isVisible());

        types.add(new ActivityTypeView(1, "SYNDICATED_CONTENT", ActivityCategory.DEMAND_GENERATION,
                "activityType.SYNDICATED_CONTENT", null, List.of(new EvidenceRequirementData("URL_OR_SCREENSHOTS",
                "The content URL", null, true)), List.of("RESULTS_SUMMARY"), null, new BigDecimal("18750"), null,
                null, null, null, false, true));
        types.add(new ActivityTypeView(2, "PODCAST", ActivityCategory.DEMAND_GENERATION, "activityType.PODCAST", null,
                List.of(new EvidenceRequirementData("LINK", "Link", null, true),
                        new EvidenceRequirementData("SCRIPT", "Script", null, false)),
                List.of("DOWNLOADS"), null, null, null, null, null, null, false, true, "Podcast sponsorship"));
        panel.refresh();
        assertFalse(panel.install.isVisible());
        var name = panel.typesGrid.getColumns().get(1);
        assertEquals("Syndicated content", GridKt.getPresentationValue(name, GridKt._get(panel.typesGrid, 0)));
        assertEquals("Podcast sponsorship", GridKt.getPresentationValue(name, GridKt._get(panel.typesGrid, 1)));
        assertEquals("2", GridKt.getPresentationValue(panel.typesGrid.getColumns().get(3), GridKt._get(panel.typesGrid, 1)));
        assertEquals("Downloads", GridKt.getPresentationValue(panel.typesGrid.getColumns().get(4), GridKt._get(panel.typesGrid, 1)),
                "an unnamed old metric shows its code made readable, never the raw code");
        assertEquals("$18,750.00 per period", panel.caps(types.get(0)));
    }
}
