package works.incentives.web.admin;

import works.incentives.web.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;

import com.vaadin.flow.component.UI;


import org.junit.jupiter.api.Test;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramCommands.CreateFundingPeriod;
import works.incentives.domain.program.ProgramCommands.FundingPeriodView;
import works.incentives.domain.program.ProgramCommands.UpdateFundingPeriod;
import works.incentives.domain.shared.Actor;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static works.incentives.web.admin.AdminFormsTest.ADAM;
import static works.incentives.web.admin.AdminFormsTest.PROGRAM;

/** Funding periods with their claim window: defaulted from the rule, set to published dates, edited, deactivated (issue 10). */
class FundingPeriodAdminTest extends KaribuTest {

    /** H1 FY27 with Partner Center's published window: usage Jan 1 - Jun 30, claims from Feb 15 to Aug 14. */
    static final FundingPeriodView PUBLISHED = new FundingPeriodView(100, 7, "H1 FY27", LocalDate.of(2026, 7, 1),
            LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), LocalDate.of(2027, 8, 14),
            LocalDate.of(2027, 2, 15), true, 3);


    @Test
    void aNewPeriodsClaimWindowFollowsTheProgramsRuleUntilTheAdminSetsThePublishedDates() {
        FundingPeriodForm form = new FundingPeriodForm(PROGRAM);
        List<CreateFundingPeriod> saved = new ArrayList<>();
        form.addSaveListener(e -> saved.add(e.command()));
        form.name.setValue("H1 FY27");
        form.earningStart.setValue(LocalDate.of(2026, 7, 1));
        form.fillHalfYears(LocalDate.of(2026, 7, 1));
        assertEquals(LocalDate.of(2027, 1, 1), form.claimOpens.getValue(), "opens with the usage period");
        assertEquals(LocalDate.of(2027, 8, 14), form.claimCloses.getValue(), "closes 45 days after it ends");

        form.claimOpens.setValue(LocalDate.of(2026, 12, 1));
        form.save();
        assertEquals(List.of(), saved);
        assertTrue(form.claimOpens.isInvalid());
        assertEquals("Claims cannot open before the usage period starts", form.claimOpens.getErrorMessage());

        form.claimOpens.setValue(LocalDate.of(2027, 2, 15));
        form.save();
        assertEquals(1, saved.size());
        assertEquals(LocalDate.of(2027, 2, 15), saved.get(0).claimOpens());
        assertEquals(LocalDate.of(2027, 8, 14), saved.get(0).claimCloses());
    }

    @Test
    void anExistingPeriodIsEditedWithItsVersionAndShowsItsPublishedWindow() {
        FundingPeriodForm form = new FundingPeriodForm(PROGRAM, PUBLISHED);
        assertEquals(LocalDate.of(2027, 2, 15), form.claimOpens.getValue());
        assertEquals(LocalDate.of(2027, 8, 14), form.claimCloses.getValue());
        List<UpdateFundingPeriod> saved = new ArrayList<>();
        form.addSaveListener(e -> {
            assertNull(e.command());
            saved.add(e.update());
        });
        form.name.setValue("H1 FY27 (US)");
        form.claimCloses.setValue(LocalDate.of(2027, 6, 1));
        form.save();
        assertEquals(List.of(), saved);
        assertEquals("Claims cannot close before the usage period ends or before they open",
                form.claimCloses.getErrorMessage());
        form.claimCloses.setValue(LocalDate.of(2027, 8, 31));
        form.save();
        assertEquals(new UpdateFundingPeriod(100, 3, "H1 FY27 (US)", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), LocalDate.of(2027, 2, 15), LocalDate.of(2027, 8, 31)),
                saved.get(0));
    }

    @Test
    void thePanelShowsEachClaimWindowAndDeactivatesAPeriod() {
        List<FundingPeriodView> periods = new ArrayList<>(List.of(PUBLISHED));
        List<String> calls = new ArrayList<>();
        ProgramAdminService admin = new ProgramAdminService() {
            @Override
            public List<FundingPeriodView> listFundingPeriods(long programId) {
                return List.copyOf(periods);
            }

            @Override
            public FundingPeriodView setFundingPeriodActive(long periodId, long version, boolean active, Actor actor) {
                calls.add(periodId + "@" + version + ":" + active + " by " + actor.userName());
                FundingPeriodView p = periods.get(0);
                periods.set(0, new FundingPeriodView(p.id(), p.programId(), p.name(), p.earningStart(), p.earningEnd(),
                        p.usageStart(), p.usageEnd(), p.claimDeadline(), p.claimOpens(), active, version + 1));
                return periods.get(0);
            }
        };
        FundingPeriodsPanel panel = new FundingPeriodsPanel(admin, ADAM, PROGRAM);
        UI.getCurrent().add(panel);
        assertEquals("Feb 15, 2027 – Aug 14, 2027",
                GridKt.getPresentationValue(panel.periodsGrid.getColumns().get(3), GridKt._get(panel.periodsGrid, 0)));
        assertEquals("Active",
                GridKt.getPresentationValue(panel.periodsGrid.getColumns().get(4), GridKt._get(panel.periodsGrid, 0)));
        panel.setActive(PUBLISHED, false);
        assertEquals(List.of("100@3:false by adam"), calls);
        assertEquals("Deactivated: not offered for new plans",
                GridKt.getPresentationValue(panel.periodsGrid.getColumns().get(4), GridKt._get(panel.periodsGrid, 0)));
        FundingPeriodForm form = panel.openForm(PUBLISHED);
        assertEquals("H1 FY27", form.name.getValue());
    }
}
