package works.incentives.web.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.partner.PartnerService.PartnerView;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramSummary;
import works.incentives.domain.shared.Actor;
import works.incentives.web.component.CsvExport;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A review queue, one per kind of item (plans, claims): a lazy grid that asks the database for one
 * page at a time (offset, limit, order), filtered by status tab, program, period, activity type,
 * partner and a date, with a count per status on each tab. A kind's view says what it lists: its
 * query, its columns, and its sort orders.
 *
 * @param <R> a row of the queue
 * @param <S> the status of an item
 * @param <Q> the repository's query
 */
abstract class ReviewQueueView<R, S extends Enum<S>, Q> extends VerticalLayout implements HasDynamicTitle {

    /**
     * What one kind of queue is.
     *
     * @param kind      "plan" or "claim": the prefix of element ids
     * @param titleKey  the heading's text
     * @param beforeKey the date filter's label
     * @param open      the statuses of the "open" tab (what waits for a reviewer)
     * @param statuses  the statuses with a tab of their own (drafts get none: they are the partner's own)
     * @param labelKey  a status's name
     */
    record Kind<S extends Enum<S>>(String kind, String titleKey, String beforeKey, Set<S> open, List<S> statuses,
                                   Function<S, String> labelKey) {
    }

    final Grid<R> grid = new Grid<>();
    /** The queue as a CSV file, with the filter, tab and sort shown. */
    final CsvExport<R> export;
    final QueueFilters filters;
    final StatusTabs<S> tabs;
    private final Kind<S> kind;
    private final CurrentActor currentActor;
    private final Map<Long, String> partnerNames;

    ReviewQueueView(Kind<S> kind, List<PartnerView> partners, List<ProgramSummary> programs,
                    ProgramAdminService catalogue, CurrentActor currentActor) {
        this.kind = kind;
        this.currentActor = currentActor;
        this.partnerNames = partners.stream().collect(Collectors.toMap(PartnerView::id, PartnerView::name));
        addClassName("review-queue");
        H1 heading = new H1(getTranslation(kind.titleKey()));
        heading.setId(kind.kind() + "-queue-heading");
        filters = new QueueFilters(kind.kind(), kind.beforeKey(), programs, partners, catalogue, this::refresh);
        tabs = new StatusTabs<>(kind.kind() + "-tabs", kind.open(), kind.statuses(), kind.labelKey(),
                statuses -> refresh());
        grid.setId(kind.kind() + "-queue");
        grid.setMultiSort(false);
        grid.setPageSize(50);
        export = new CsvExport<>(kind.kind() + "-queue", () -> {
            Q filter = filter();
            List<QuerySortOrder> sort = grid.getDataCommunicator().getBackEndSorting();
            Actor actor = currentActor.require();
            return (offset, limit) -> page(filter, sort, offset, limit, actor).toList();
        });
        HorizontalLayout top = new HorizontalLayout(heading, export.link(kind.kind() + "-queue-export"));
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(top, filters, tabs, grid);
        setSizeFull();
    }

    /** The filter as the user set it; the "open" tab is the review queue's statuses. */
    abstract Q filter();

    /** One page of rows of the filter in the grid's sort order (reads no component: exports call it too). */
    abstract Stream<R> page(Q filter, List<QuerySortOrder> sort, int offset, int limit, Actor actor);

    abstract long count(Q filter, Actor actor);

    abstract Map<S, Long> countByStatus(Q filter, Actor actor);

    /** The selected tab's statuses; the "open" ones before the tabs exist. */
    Set<S> statuses() {
        return tabs == null ? kind.open() : tabs.selectedStatuses();
    }

    /** Called once the kind has added its columns: the grid pages through the queue from now on. */
    void start() {
        grid.setItems(query -> page(filter(), query.getSortOrders(), query.getOffset(), query.getLimit(), currentActor.require()),
                query -> (int) Math.min(Integer.MAX_VALUE, count(filter(), currentActor.require())));
        refresh();
    }

    /** The item's name, linked to its review page, sortable by {@code sortProperty}. */
    void linkColumn(String headerKey, String sortProperty, Function<R, String> name, Function<R, Long> id,
                    Class<? extends Component> reviewView) {
        export.column(headerKey, row -> name.apply(row) == null ? "#" + id.apply(row) : name.apply(row));
        grid.addColumn(new ComponentRenderer<>(row -> {
            Long itemId = id.apply(row);
            String text = name.apply(row);
            RouterLink link = new RouterLink(text == null ? "#" + itemId : text, reviewView,
                    new RouteParameters(kind.kind() + "Id", String.valueOf(itemId)));
            link.setId(kind.kind() + "-link-" + itemId);
            return link;
        })).setHeader(getTranslation(headerKey)).setSortProperty(sortProperty).setFlexGrow(3);
    }

    void partnerColumn(Function<R, Long> partnerId) {
        column("review.column.partner", row -> partnerNames.getOrDefault(partnerId.apply(row),
                String.valueOf(partnerId.apply(row)))).setFlexGrow(2);
    }

    /** A column of the grid and of its export. */
    Grid.Column<R> column(String headerKey, ValueProvider<R, String> value) {
        return export.addTo(grid, headerKey, value).setHeader(getTranslation(headerKey));
    }

    void statusColumn(Function<R, S> status) {
        column("review.column.status", row -> getTranslation(kind.labelKey().apply(status.apply(row))));
    }

    void submittedAndReviewerColumns(Function<R, Instant> submittedAt, Function<R, String> reviewer) {
        column("review.column.submitted", row -> submittedAt.apply(row) == null ? "" : Facts.date(this,
                submittedAt.apply(row).atZone(ZoneId.systemDefault()).toLocalDate())).setSortProperty("submitted");
        column("review.column.reviewer", row -> reviewer.apply(row) == null ? "" : reviewer.apply(row));
    }

    /** Whether the grid's first sort order is ascending, and by what; null when none is chosen. */
    static String sortedBy(List<QuerySortOrder> orders) {
        return orders.isEmpty() ? null : orders.get(0).getSorted();
    }

    static boolean ascending(List<QuerySortOrder> orders) {
        return orders.isEmpty() || orders.get(0).getDirection() == SortDirection.ASCENDING;
    }

    private void refresh() {
        if (tabs == null) {
            return;
        }
        tabs.showCounts(countByStatus(filter(), currentActor.require()));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(kind.titleKey()) + " | " + getTranslation("app.name");
    }
}
