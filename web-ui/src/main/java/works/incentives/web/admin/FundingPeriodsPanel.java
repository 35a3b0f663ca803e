package works.incentives.web.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramCommands.FundingPeriodView;
import works.incentives.domain.program.ProgramCommands.ProgramView;
import works.incentives.web.component.Feedback;

/** A program's funding periods with their windows and claim deadline, and adding one. */
class FundingPeriodsPanel extends VerticalLayout {

    final Grid<FundingPeriodView> periodsGrid = new Grid<>();
    final Button add = new Button();
    private final ProgramAdminService admin;
    private final CurrentActor currentActor;
    private final ProgramView program;

    FundingPeriodsPanel(ProgramAdminService admin, CurrentActor currentActor, ProgramView program) {
        this.admin = admin;
        this.currentActor = currentActor;
        this.program = program;
        setPadding(false);
        periodsGrid.setId("periods-grid");
        periodsGrid.setAllRowsVisible(true);
        periodsGrid.addColumn(FundingPeriodView::name).setHeader(getTranslation("admin.period.name")).setFlexGrow(2);
        periodsGrid.addColumn(p -> range(p.earningStart(), p.earningEnd())).setHeader(getTranslation("admin.period.earning"))
                .setFlexGrow(3);
        periodsGrid.addColumn(p -> range(p.usageStart(), p.usageEnd())).setHeader(getTranslation("admin.period.usage"))
                .setFlexGrow(3);
        periodsGrid.addColumn(p -> AdminFormat.date(p.claimDeadline(), getLocale()))
                .setHeader(getTranslation("admin.period.claimDeadline")).setFlexGrow(2);
        add.setText(getTranslation("admin.period.add"));
        add.setId("add-period");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openForm());
        add(add, periodsGrid);
        refresh();
    }

    private String range(java.time.LocalDate start, java.time.LocalDate end) {
        return getTranslation("admin.common.range", AdminFormat.date(start, getLocale()), AdminFormat.date(end, getLocale()));
    }

    void refresh() {
        periodsGrid.setItems(admin.listFundingPeriods(program.id()));
    }

    private void openForm() {
        Dialog dialog = new Dialog();
        dialog.setId("period-dialog");
        dialog.setHeaderTitle(getTranslation("admin.period.add"));
        FundingPeriodForm form = new FundingPeriodForm(program);
        form.addSaveListener(e -> {
            if (Feedback.attempt(this, () -> admin.addFundingPeriod(e.command(), currentActor.require())) != null) {
                dialog.close();
                refresh();
            }
        });
        Button save = new Button(getTranslation("admin.common.save"), e -> form.save());
        save.setId("period-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
