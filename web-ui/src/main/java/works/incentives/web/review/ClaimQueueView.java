package works.incentives.web.review;

import works.incentives.web.i18n.CatalogueNames;
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
import works.incentives.domain.claim.ClaimCommands.ClaimRow;
import works.incentives.domain.claim.ClaimQuery;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.partner.PartnerService.PartnerView;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramService;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.security.Roles;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The claims waiting for reviewers, oldest deadline first: a lazy grid that asks the database for
 * one page at a time (offset, limit, order), filtered by status tab, program, period, activity type,
 * partner and deadline, with a count per status on each tab.
 */
@Route(value = "review/claims", layout = MainLayout.class)
@RolesAllowed(Roles.REVIEWER)
@StyleSheet("context://styles/review.css")
public class ClaimQueueView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ClaimRow> grid = new Grid<>();
    final QueueFilters filters;
    final StatusTabs<ClaimStatus> tabs;
    private final ClaimService claims;
    private final CurrentActor currentActor;
    private final Map<Long, String> partnerNames;
    private final ProgramAdminService catalogue;
    private final Map<Long, List<works.incentives.domain.program.ProgramCommands.ActivityTypeView>> typeNames =
            new java.util.HashMap<>();

    @Inject
    public ClaimQueueView(ClaimService claims, PartnerService partners, ProgramService programs,
                          ProgramAdminService catalogue, CurrentActor currentActor) {
        this.claims = claims;
        this.currentActor = currentActor;
        this.catalogue = catalogue;
        List<PartnerView> partnerList = partners.list(currentActor.require());
        this.partnerNames = partnerList.stream().collect(Collectors.toMap(PartnerView::id, PartnerView::name));
        addClassName("review-queue");
        H1 heading = new H1(getTranslation("review.claims.title"));
        heading.setId("claim-queue-heading");
        filters = new QueueFilters("claim", "review.filter.dueBefore", programs.listPrograms(), partnerList, catalogue,
                this::refresh);
        tabs = new StatusTabs<>("claim-tabs", ClaimQuery.reviewQueue().statuses(), Arrays.asList(ClaimStatus.values()),
                ClaimStatus::messageKey, statuses -> refresh());
        configureGrid();
        add(heading, filters, tabs, grid);
        setSizeFull();
        refresh();
    }

    private void configureGrid() {
        grid.setId("claim-queue");
        grid.addColumn(new ComponentRenderer<>(this::link)).setHeader(getTranslation("review.column.claim"))
                .setSortProperty("name").setFlexGrow(3);
        grid.addColumn(row -> partnerNames.getOrDefault(row.partnerId(), String.valueOf(row.partnerId())))
                .setHeader(getTranslation("review.column.partner")).setFlexGrow(2);
        grid.addColumn(row -> CatalogueNames.activityType(this, typesOf(row.programId()), row.activityTypeCode()))
                .setHeader(getTranslation("review.column.activityType")).setFlexGrow(2);
        grid.addColumn(row -> Facts.money(this, row.amount(), row.currencyCode()))
                .setHeader(getTranslation("review.column.amount")).setSortProperty("amount");
        grid.addColumn(row -> getTranslation(row.status().messageKey())).setHeader(getTranslation("review.column.status"));
        grid.addColumn(row -> Facts.date(this, row.claimDeadline())).setHeader(getTranslation("review.column.deadline"))
                .setSortProperty("deadline").setKey("deadline");
        grid.addColumn(row -> row.submittedAt() == null ? "" : Facts.date(this,
                        row.submittedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate()))
                .setHeader(getTranslation("review.column.submitted")).setSortProperty("submitted");
        grid.addColumn(row -> row.reviewer() == null ? "" : row.reviewer()).setHeader(getTranslation("review.column.reviewer"));
        grid.setMultiSort(false);
        grid.setPageSize(50);
        grid.setItems(query -> claims.findClaimsForReview(filter(), query.getOffset(), query.getLimit(),
                        sort(query.getSortOrders()), currentActor.require()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, claims.countClaims(filter(), currentActor.require())));
    }

    private RouterLink link(ClaimRow row) {
        RouterLink link = new RouterLink(row.name() == null ? "#" + row.id() : row.name(), ClaimReviewView.class,
                new RouteParameters("claimId", String.valueOf(row.id())));
        link.setId("claim-link-" + row.id());
        return link;
    }

    /** The filter as the user set it; the "open" tab is the review queue's statuses. */
    ClaimQuery filter() {
        Set<ClaimStatus> statuses = tabs == null ? ClaimQuery.reviewQueue().statuses() : tabs.selectedStatuses();
        return new ClaimQuery(filters.partnerId(), filters.programId(), null, statuses, null, filters.before(),
                filters.periodId(), filters.activityTypeCode());
    }

    /** The grid's sort order in the repository's terms; oldest deadline first when none is chosen. */
    static ClaimQuery.Sort sort(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return ClaimQuery.Sort.DEADLINE_SOONEST_FIRST;
        }
        boolean ascending = orders.get(0).getDirection() == SortDirection.ASCENDING;
        return switch (orders.get(0).getSorted()) {
            case "name" -> ascending ? ClaimQuery.Sort.NAME_A_TO_Z : ClaimQuery.Sort.NAME_Z_TO_A;
            case "amount" -> ascending ? ClaimQuery.Sort.AMOUNT_SMALLEST_FIRST : ClaimQuery.Sort.AMOUNT_LARGEST_FIRST;
            case "submitted" -> ascending ? ClaimQuery.Sort.SUBMITTED_OLDEST_FIRST : ClaimQuery.Sort.SUBMITTED_NEWEST_FIRST;
            default -> ascending ? ClaimQuery.Sort.DEADLINE_SOONEST_FIRST : ClaimQuery.Sort.DEADLINE_LATEST_FIRST;
        };
    }

    private void refresh() {
        if (tabs == null) {
            return;
        }
        tabs.showCounts(claims.countClaimsByStatus(filter(), currentActor.require()));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.claims.title") + " | " + getTranslation("app.name");
    }

    /** Each program's current catalogue, loaded once per page, to name admin-defined types. */
    private List<works.incentives.domain.program.ProgramCommands.ActivityTypeView> typesOf(long programId) {
        return typeNames.computeIfAbsent(programId, id -> {
            try {
                return catalogue.listActivityTypes(id);
            } catch (RuntimeException unavailable) {
                return List.of(); // the queue still lists the claim, with the type's standard name
            }
        });
    }
}
