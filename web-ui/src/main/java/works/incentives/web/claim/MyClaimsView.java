package works.incentives.web.claim;

import works.incentives.web.i18n.CatalogueNames;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.claim.ClaimCommands.ClaimRow;
import works.incentives.domain.claim.ClaimQuery;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.shared.Actor;
import works.incentives.web.component.ColumnHeaders;
import works.incentives.web.component.CsvExport;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.plan.Formats;
import works.incentives.web.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * "My claims": every claim of the partner in a grid that pages and filters in the database,
 * with the days left before each draft's claim deadline or answer date, and drafts to resume.
 */
@Route(value = "claims", layout = MainLayout.class)
@RolesAllowed({Roles.INCENTIVES_USER, Roles.INCENTIVES_ADMIN})
@StyleSheet("context://styles/plan.css")
@StyleSheet("context://styles/claim.css")
public class MyClaimsView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    private final ClaimService claims;
    private final Actor actor;
    private final Clock clock;
    final H1 heading = new H1();
    final Button create = new Button(VaadinIcon.PLUS.create());
    final Select<ClaimStatus> statusFilter = new Select<>();
    final Grid<ClaimRow> grid = new Grid<>();
    private final ColumnHeaders<ClaimRow> headers = new ColumnHeaders<>();
    /** The grid as a CSV file, with the status filter and sort shown. */
    final CsvExport<ClaimRow> export;

    @Inject
    public MyClaimsView(CurrentActor currentActor, ClaimService claims, Clock clock) {
        this.claims = claims;
        this.actor = currentActor.require();
        this.clock = clock;
        setId("my-claims");
        heading.setId("my-claims-heading");
        create.setId("claims-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> UI.getCurrent().navigate("claims/new"));
        statusFilter.setId("claims-status-filter");
        statusFilter.setItems(Arrays.asList(ClaimStatus.values()));
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("claims.allStatuses") : getTranslation(s.messageKey()));
        statusFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setId("claims-grid");
        export = new CsvExport<>("my-claims", () -> {
            ClaimQuery filter = filter();
            ClaimQuery.Sort sort = sort(grid.getDataCommunicator().getBackEndSorting());
            return (offset, limit) -> claims.findClaimsForReview(filter, offset, limit, sort, actor);
        });
        headers.add(export.addTo(grid, "claims.column.name", ClaimRow::name).setFlexGrow(3), "claims.column.name");
        headers.add(export.addTo(grid, "claims.column.type", r -> CatalogueNames.activityType(this, r.activityTypeCode()))
                .setFlexGrow(2), "claims.column.type");
        headers.add(export.addTo(grid, "claims.column.status", r -> getTranslation(r.status().messageKey())),
                "claims.column.status");
        headers.add(export.addTo(grid, "claims.column.amount", r -> Formats.money(r.amount(), r.currencyCode(),
                getLocale())).setAutoWidth(true), "claims.column.amount");
        headers.add(export.addTo(grid, "claims.column.deadline", this::deadline).setSortable(true)
                .setSortProperty("deadline").setFlexGrow(2), "claims.column.deadline");
        headers.add(export.addTo(grid, "claims.column.submitted", r -> r.submittedAt() == null ? "–"
                : Formats.date(r.submittedAt().atZone(ZoneOffset.UTC).toLocalDate(), getLocale())),
                "claims.column.submitted");
        grid.addComponentColumn(this::openButton);
        grid.setItems(query -> fetch(query.getOffset(), query.getLimit(), query.getSortOrders()),
                query -> (int) Math.min(Integer.MAX_VALUE, claims.countClaims(filter(), actor)));
        HorizontalLayout listTools = new HorizontalLayout(statusFilter, export.link("claims-export"));
        listTools.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new HorizontalLayout(heading, create), listTools, grid);
    }

    private Stream<ClaimRow> fetch(int offset, int limit, List<QuerySortOrder> sortOrders) {
        return claims.findClaimsForReview(filter(), offset, limit, sort(sortOrders), actor).stream();
    }

    /** Sorting by the deadline column puts the soonest first; otherwise the newest claims come first. */
    static ClaimQuery.Sort sort(List<QuerySortOrder> orders) {
        if (orders != null && !orders.isEmpty() && "deadline".equals(orders.get(0).getSorted())) {
            return ClaimQuery.Sort.DEADLINE_SOONEST_FIRST;
        }
        return ClaimQuery.Sort.NEWEST_FIRST;
    }

    ClaimQuery filter() {
        ClaimStatus status = statusFilter.getValue();
        return new ClaimQuery(actor.partnerId(), null, null, status == null ? Set.of() : Set.of(status), null, null);
    }

    /** The date that matters for the row: the answer date when action is required, the claim deadline for drafts. */
    String deadline(ClaimRow row) {
        LocalDate today = LocalDate.now(clock);
        if (row.status() == ClaimStatus.ACTION_REQUIRED && row.answerDueOn() != null) {
            return getTranslation("claims.answerBy", Formats.date(row.answerDueOn(), getLocale()),
                    ClaimDeadlines.daysLeft(this, today, row.answerDueOn()));
        }
        if (row.status() == ClaimStatus.DRAFT && row.claimDeadline() != null) {
            return getTranslation("claim.deadline.value", Formats.date(row.claimDeadline(), getLocale()),
                    ClaimDeadlines.daysLeft(this, today, row.claimDeadline()));
        }
        return "–";
    }

    private Button openButton(ClaimRow row) {
        boolean draft = row.status() == ClaimStatus.DRAFT;
        Button open = new Button(getTranslation(draft ? "claims.resume" : "claims.open"), e -> UI.getCurrent()
                .navigate(draft ? "claims/" + row.id() + "/edit" : ClaimSteps.page(row.id())));
        open.setId("claims-open-" + row.id());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return open;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("claims.title"));
        create.setText(getTranslation("claims.new"));
        statusFilter.setLabel(getTranslation("claims.statusFilter"));
        grid.getDataProvider().refreshAll();
        headers.show(this);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("claims.title") + " | " + getTranslation("app.name");
    }
}
