package works.incentives.web.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramCommands.ProgramView;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.program.ProgramSummary;
import works.incentives.web.component.Feedback;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.security.Roles;

/**
 * A program admin's programs: the list, and a new program with its deadline rules. Opening a
 * program leads to {@link ProgramDetailView} (periods and catalogue). Rebuilt on a language
 * switch so every text follows the session language.
 */
@Route(value = "admin/programs", layout = MainLayout.class)
@RolesAllowed(Roles.PROGRAM_ADMIN)
@StyleSheet("context://styles/admin.css")
public class ProgramsView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    final Grid<ProgramSummary> programsGrid = new Grid<>();
    private final ProgramService programList;
    private final ProgramAdminService admin;
    private final CurrentActor currentActor;

    @Inject
    public ProgramsView(ProgramService programList, ProgramAdminService admin, CurrentActor currentActor) {
        this.programList = programList;
        this.admin = admin;
        this.currentActor = currentActor;
        addClassName("admin-view");
        programsGrid.setId("programs-grid");
        programsGrid.setAllRowsVisible(true);
        programsGrid.addItemClickListener(e -> open(e.getItem().id()));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        programsGrid.removeAllColumns();
        programsGrid.addColumn(ProgramSummary::name).setHeader(getTranslation("admin.program.name"))
                .setSortable(true).setFlexGrow(3);
        programsGrid.addColumn(p -> getTranslation("admin.program.fiscalYear", String.format("%02d", p.programYear() % 100)))
                .setHeader(getTranslation("admin.program.year")).setComparator(ProgramSummary::programYear).setSortable(true);
        programsGrid.addColumn(ProgramSummary::currencyCode).setHeader(getTranslation("admin.program.currency"));
        programsGrid.addColumn(p -> getTranslation(p.planPreApprovalRequired() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("admin.program.preApproval"));
        Button create = new Button(getTranslation("admin.programs.create"), e -> create());
        create.setId("create-program");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("admin.programs.title")), create, programsGrid);
        refresh();
    }

    void refresh() {
        programsGrid.setItems(programList.listPrograms());
    }

    private void create() {
        Dialog dialog = new Dialog();
        dialog.setId("program-dialog");
        dialog.setHeaderTitle(getTranslation("admin.programs.create"));
        ProgramForm form = new ProgramForm();
        form.addSaveListener(e -> {
            ProgramView created = Feedback.attempt(this, () -> admin.createProgram(e.command(), currentActor.require()));
            if (created != null) {
                dialog.close();
                Feedback.success(getTranslation("admin.programs.created", created.name()));
                open(created.id());
            }
        });
        Button save = new Button(getTranslation("admin.common.save"), e -> form.save());
        save.setId("program-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void open(long programId) {
        getUI().ifPresent(ui -> ui.navigate(ProgramDetailView.class,
                new RouteParameters(ProgramDetailView.PROGRAM_ID, String.valueOf(programId))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.programs.title") + " | " + getTranslation("app.name");
    }
}
