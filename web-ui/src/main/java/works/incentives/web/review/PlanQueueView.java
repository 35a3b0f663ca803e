package works.incentives.web.review;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.partner.PartnerService.PartnerView;
import works.incentives.domain.plan.PlanCommands.PlanRow;
import works.incentives.domain.plan.PlanQuery;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramService;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.security.Roles;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plans waiting for reviewers, longest waiting first (a plan's clock runs from its submission):
 * a lazy grid paging in the database, filtered by status tab, program, period, activity type,
 * partner and submission date, with a count per status on each tab.
 */
@Route(value = "review/plans", layout = MainLayout.class)
@RolesAllowed(Roles.REVIEWER)
@StyleSheet("context://styles/review.css")
public class PlanQueueView extends VerticalLayout implements HasDynamicTitle {

    final Grid<PlanRow> grid = new Grid<>();
    final QueueFilters filters;
    final StatusTabs<PlanStatus> tabs;
    private final PlanService plans;
    private final CurrentActor currentActor;
    private final Map<Long, String> partnerNames;

    @Inject
    public PlanQueueView(PlanService plans, PartnerService partners, ProgramService programs,
                         ProgramAdminService catalogue, CurrentActor currentActor) {
        this.plans = plans;
        this.currentActor = currentActor;
        List<PartnerView> partnerList = partners.list(currentActor.require());
        this.partnerNames = partnerList.stream().collect(Collectors.toMap(PartnerView::id, PartnerView::name));
        addClassName("review-queue");
        H1 heading = new H1(getTranslation("review.plans.title"));
        heading.setId("plan-queue-heading");
        filters = new QueueFilters("plan", "review.filter.submittedBefore", programs.listPrograms(), partnerList,
                catalogue, this::refresh);
        // no draft tab: drafts are the partner's own (issue 11)
        tabs = new StatusTabs<>("plan-tabs", PlanQuery.reviewQueue().statuses(),
                Arrays.stream(PlanStatus.values()).filter(s -> s != PlanStatus.DRAFT).toList(),
                PlanStatus::messageKey, statuses -> refresh());
        configureGrid();
        add(heading, filters, tabs, grid);
        setSizeFull();
        refresh();
    }

    private void configureGrid() {
        grid.setId("plan-queue");
        grid.addColumn(new ComponentRenderer<>(this::link)).setHeader(getTranslation("review.column.plan"))
                .setSortProperty("title").setFlexGrow(3);
        grid.addColumn(row -> partnerNames.getOrDefault(row.partnerId(), String.valueOf(row.partnerId())))
                .setHeader(getTranslation("review.column.partner")).setFlexGrow(2);
        grid.addColumn(row -> Facts.money(this, row.plannedTotal(), row.currencyCode()))
                .setHeader(getTranslation("review.column.plannedTotal"));
        grid.addColumn(row -> Facts.money(this, row.approvedLimit(), row.currencyCode()))
                .setHeader(getTranslation("review.column.approvedLimit"));
        grid.addColumn(row -> getTranslation(row.status().messageKey())).setHeader(getTranslation("review.column.status"));
        grid.addColumn(row -> row.submittedAt() == null ? "" : Facts.date(this,
                        row.submittedAt().atZone(ZoneId.systemDefault()).toLocalDate()))
                .setHeader(getTranslation("review.column.submitted")).setSortProperty("submitted");
        grid.addColumn(row -> row.reviewer() == null ? "" : row.reviewer()).setHeader(getTranslation("review.column.reviewer"));
        grid.setMultiSort(false);
        grid.setPageSize(50);
        grid.setItems(query -> plans.findPlans(filter().withSort(sort(query.getSortOrders())), query.getOffset(),
                        query.getLimit(), currentActor.require()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, plans.countPlans(filter(), currentActor.require())));
    }

    private RouterLink link(PlanRow row) {
        RouterLink link = new RouterLink(row.title() == null ? "#" + row.id() : row.title(), PlanReviewView.class,
                new RouteParameters("planId", String.valueOf(row.id())));
        link.setId("plan-link-" + row.id());
        return link;
    }

    PlanQuery filter() {
        Set<PlanStatus> statuses = tabs == null ? PlanQuery.reviewQueue().statuses() : tabs.selectedStatuses();
        return new PlanQuery(filters.partnerId(), filters.programId(), filters.periodId(), filters.activityTypeCode(),
                statuses, null, filters.before(), PlanQuery.Sort.SUBMITTED_OLDEST_FIRST);
    }

    /** The grid's sort order in the repository's terms; longest waiting first when none is chosen. */
    static PlanQuery.Sort sort(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return PlanQuery.Sort.SUBMITTED_OLDEST_FIRST;
        }
        boolean ascending = orders.get(0).getDirection() == SortDirection.ASCENDING;
        return switch (orders.get(0).getSorted()) {
            case "title" -> ascending ? PlanQuery.Sort.TITLE_A_TO_Z : PlanQuery.Sort.TITLE_Z_TO_A;
            default -> ascending ? PlanQuery.Sort.SUBMITTED_OLDEST_FIRST : PlanQuery.Sort.SUBMITTED_NEWEST_FIRST;
        };
    }

    private void refresh() {
        if (tabs == null) {
            return;
        }
        tabs.showCounts(plans.countPlansByStatus(filter(), currentActor.require()));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.plans.title") + " | " + getTranslation("app.name");
    }
}
