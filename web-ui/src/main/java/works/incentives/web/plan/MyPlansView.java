package works.incentives.web.plan;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.plan.PlanCommands.PlanRow;
import works.incentives.domain.plan.PlanQuery;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.program.ProgramSummary;
import works.incentives.domain.shared.Actor;
import works.incentives.web.component.ColumnHeaders;
import works.incentives.web.component.CsvExport;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.security.Roles;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * "My plans": drafts to resume first, then every plan of the partner in a grid that pages,
 * sorts and filters on the server.
 */
@Route(value = "plans", layout = MainLayout.class)
@RolesAllowed({Roles.INCENTIVES_USER, Roles.INCENTIVES_ADMIN})
@StyleSheet("context://styles/plan.css")
public class MyPlansView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    /** Drafts listed above the grid; more are in the grid. */
    static final int DRAFTS_SHOWN = 10;

    private final PlanService plans;
    private final Actor actor;
    private final Map<Long, String> programNames;
    final H1 heading = new H1();
    final Button create = new Button(VaadinIcon.PLUS.create());
    final H2 draftsHeading = new H2();
    final DraftList drafts = new DraftList();
    final H2 allHeading = new H2();
    final Select<PlanStatus> statusFilter = new Select<>();
    final Grid<PlanRow> grid = new Grid<>();
    private final ColumnHeaders<PlanRow> headers = new ColumnHeaders<>();
    /** The grid as a CSV file, with the status filter and sort shown. */
    final CsvExport<PlanRow> export;

    @Inject
    public MyPlansView(CurrentActor currentActor, PlanService plans, ProgramService programs) {
        this.plans = plans;
        this.actor = currentActor.require();
        this.programNames = programs.listPrograms().stream()
                .collect(Collectors.toMap(ProgramSummary::id, ProgramSummary::name));
        setId("my-plans");
        heading.setId("my-plans-heading");
        create.setId("plans-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> UI.getCurrent().navigate("plans/new"));
        statusFilter.setId("plans-status-filter");
        statusFilter.setItems(Arrays.asList(PlanStatus.values()));
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("plans.allStatuses") : getTranslation(s.messageKey()));
        statusFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setId("plans-grid");
        export = new CsvExport<>("my-plans", () -> {
            PlanQuery filter = filter(sort(grid.getDataCommunicator().getBackEndSorting()));
            return (offset, limit) -> plans.findPlans(filter, offset, limit, actor);
        });
        headers.add(export.addTo(grid, "plans.column.title", PlanRow::title).setFlexGrow(3), "plans.column.title");
        headers.add(export.addTo(grid, "plans.column.program", r -> programNames.getOrDefault(r.programId(), ""))
                .setFlexGrow(2), "plans.column.program");
        headers.add(export.addTo(grid, "plans.column.status", r -> getTranslation(r.status().messageKey())),
                "plans.column.status");
        headers.add(export.addTo(grid, "plans.column.total", r -> Formats.money(r.plannedTotal(), r.currencyCode(),
                getLocale())).setAutoWidth(true), "plans.column.total");
        headers.add(export.addTo(grid, "plans.column.submitted", r -> r.submittedAt() == null ? "–"
                        : Formats.date(r.submittedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(), getLocale()))
                .setSortable(true).setSortProperty("submitted"), "plans.column.submitted");
        grid.addComponentColumn(this::openButton);
        grid.setItems(query -> fetch(query.getOffset(), query.getLimit(), query.getSortOrders()),
                query -> (int) plans.countPlans(filter(null), actor));
        grid.setPageSize(25);
        HorizontalLayout listTools = new HorizontalLayout(statusFilter, export.link("plans-export"));
        listTools.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new HorizontalLayout(heading, create), draftsHeading, drafts, allHeading, listTools, grid);
        drafts.show(plans.findPlans(new PlanQuery(actor.partnerId(), null, Set.of(PlanStatus.DRAFT), null, null),
                0, DRAFTS_SHOWN, actor), programNames);
    }

    private Stream<PlanRow> fetch(int offset, int limit, List<QuerySortOrder> sortOrders) {
        return plans.findPlans(filter(sort(sortOrders)), offset, limit, actor).stream();
    }

    static PlanQuery.Sort sort(List<QuerySortOrder> orders) {
        if (orders == null || orders.isEmpty()) {
            return PlanQuery.Sort.ID;
        }
        QuerySortOrder first = orders.get(0);
        if ("submitted".equals(first.getSorted())) {
            return first.getDirection() == SortDirection.ASCENDING
                    ? PlanQuery.Sort.SUBMITTED_OLDEST_FIRST : PlanQuery.Sort.SUBMITTED_NEWEST_FIRST;
        }
        return PlanQuery.Sort.ID;
    }

    private PlanQuery filter(PlanQuery.Sort sort) {
        PlanStatus status = statusFilter.getValue();
        return new PlanQuery(actor.partnerId(), null, status == null ? Set.of() : Set.of(status), null, sort);
    }

    private Button openButton(PlanRow row) {
        boolean draft = row.status() == PlanStatus.DRAFT;
        Button open = new Button(getTranslation(draft ? "drafts.resume" : "plans.open"), e -> UI.getCurrent()
                .navigate(draft ? DraftList.resumeRoute(row.id()) : "plans/" + row.id()));
        open.setId("plans-open-" + row.id());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return open;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("plans.title"));
        create.setText(getTranslation("plans.new"));
        draftsHeading.setText(getTranslation("plans.drafts"));
        allHeading.setText(getTranslation("plans.all"));
        statusFilter.setLabel(getTranslation("plans.statusFilter"));
        drafts.render();
        grid.getDataProvider().refreshAll();
        headers.show(this);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.title") + " | " + getTranslation("app.name");
    }
}
