package works.incentives.web.home;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.program.ProgramSummary;
import works.incentives.web.layout.MainLayout;

/** The landing page: the programs partners work in. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class HomeView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final H1 heading = new H1();
    private final Paragraph intro = new Paragraph();
    final Grid<ProgramSummary> programs = new Grid<>();
    private final Grid.Column<ProgramSummary> nameColumn;
    private final Grid.Column<ProgramSummary> yearColumn;
    private final Grid.Column<ProgramSummary> currencyColumn;
    private final Grid.Column<ProgramSummary> preApprovalColumn;

    @Inject
    public HomeView(ProgramService programService) {
        heading.setId("home-heading");
        intro.setId("home-intro");
        programs.setId("program-grid");
        nameColumn = programs.addColumn(ProgramSummary::name).setSortable(true).setFlexGrow(3);
        yearColumn = programs.addColumn(p -> "FY" + String.format("%02d", p.programYear() % 100))
                .setComparator(ProgramSummary::programYear).setSortable(true);
        currencyColumn = programs.addColumn(ProgramSummary::currencyCode).setSortable(true);
        preApprovalColumn = programs.addColumn(p -> getTranslation(
                p.planPreApprovalRequired() ? "common.yes" : "common.no"));
        programs.setItems(programService.listPrograms());
        programs.setAllRowsVisible(true);
        add(heading, intro, programs);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("home.title"));
        intro.setText(getTranslation("home.intro"));
        nameColumn.setHeader(getTranslation("program.name"));
        yearColumn.setHeader(getTranslation("program.year"));
        currencyColumn.setHeader(getTranslation("program.currency"));
        preApprovalColumn.setHeader(getTranslation("program.preApproval"));
        programs.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " | " + getTranslation("app.name");
    }
}
