package works.incentives.web.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramCommands.FundingPeriodView;
import works.incentives.domain.program.ProgramCommands.ProgramView;
import works.incentives.web.component.Feedback;

import java.time.LocalDate;

/**
 * A program's funding periods with their windows and claim window; adding one, correcting one
 * (name, dates, claim window) and deactivating one, which takes it out of new plans and leaves
 * existing plans and claims as they are.
 */
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
        periodsGrid.addColumn(p -> range(p.claimOpens(), p.claimDeadline()))
                .setHeader(getTranslation("admin.period.claimWindow")).setFlexGrow(3);
        periodsGrid.addColumn(p -> getTranslation(p.active() ? "admin.period.active" : "admin.period.inactive"))
                .setHeader(getTranslation("admin.period.status")).setFlexGrow(1);
        periodsGrid.addComponentColumn(this::actions).setFlexGrow(2);
        add.setText(getTranslation("admin.period.add"));
        add.setId("add-period");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openForm(null));
        add(add, periodsGrid);
        refresh();
    }

    private String range(LocalDate start, LocalDate end) {
        return getTranslation("admin.common.range", AdminFormat.date(start, getLocale()), AdminFormat.date(end, getLocale()));
    }

    private HorizontalLayout actions(FundingPeriodView period) {
        Button edit = new Button(getTranslation("admin.period.edit"), e -> openForm(period));
        edit.setId("period-edit-" + period.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button toggle = new Button(getTranslation(period.active() ? "admin.period.deactivate" : "admin.period.reactivate"),
                e -> setActive(period, !period.active()));
        toggle.setId("period-toggle-" + period.id());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return new HorizontalLayout(edit, toggle);
    }

    void setActive(FundingPeriodView period, boolean active) {
        if (Feedback.attempt(this, () -> admin.setFundingPeriodActive(period.id(), period.version(), active,
                currentActor.require())) != null) {
            Feedback.success(getTranslation(active ? "admin.period.reactivated" : "admin.period.deactivated", period.name()));
        }
        refresh();
    }

    void refresh() {
        periodsGrid.setItems(admin.listFundingPeriods(program.id()));
    }

    /** {@code editing}: the period to correct, or null to add one. */
    FundingPeriodForm openForm(FundingPeriodView editing) {
        Dialog dialog = new Dialog();
        dialog.setId("period-dialog");
        dialog.setHeaderTitle(getTranslation(editing == null ? "admin.period.add" : "admin.period.editTitle"));
        FundingPeriodForm form = new FundingPeriodForm(program, editing);
        form.addSaveListener(e -> {
            Object saved = Feedback.attempt(this, () -> e.update() == null
                    ? admin.addFundingPeriod(e.command(), currentActor.require())
                    : admin.updateFundingPeriod(e.update(), currentActor.require()));
            if (saved != null) {
                dialog.close();
            }
            refresh();
        });
        Button save = new Button(getTranslation("admin.common.save"), e -> form.save());
        save.setId("period-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
        return form;
    }
}
