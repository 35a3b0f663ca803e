package works.incentives.web.review;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.plan.PlanCommands.PlanRow;
import works.incentives.domain.plan.PlanQuery;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.shared.Actor;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.security.Roles;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The plans waiting for reviewers, longest waiting first (a plan's clock runs from its submission),
 * filtered by status tab, program, period, activity type, partner and submission date.
 */
@Route(value = "review/plans", layout = MainLayout.class)
@RolesAllowed(Roles.REVIEWER)
@StyleSheet("context://styles/review.css")
public class PlanQueueView extends ReviewQueueView<PlanRow, PlanStatus, PlanQuery> {

    private static final Kind<PlanStatus> PLANS = new Kind<>("plan", "review.plans.title",
            "review.filter.submittedBefore", PlanQuery.reviewQueue().statuses(),
            Arrays.stream(PlanStatus.values()).filter(s -> s != PlanStatus.DRAFT).toList(), PlanStatus::messageKey);
    private final PlanService plans;

    @Inject
    public PlanQueueView(PlanService plans, PartnerService partners, ProgramService programs,
                         ProgramAdminService catalogue, CurrentActor currentActor) {
        super(PLANS, partners.list(currentActor.require()), programs.listPrograms(), catalogue, currentActor);
        this.plans = plans;
        linkColumn("review.column.plan", "title", PlanRow::title, PlanRow::id, PlanReviewView.class);
        partnerColumn(PlanRow::partnerId);
        column("review.column.plannedTotal", row -> Facts.money(this, row.plannedTotal(), row.currencyCode())).setAutoWidth(true);
        column("review.column.approvedLimit", row -> Facts.money(this, row.approvedLimit(), row.currencyCode()))
                .setAutoWidth(true);
        statusColumn(PlanRow::status);
        submittedAndReviewerColumns(PlanRow::submittedAt, PlanRow::reviewer);
        start();
    }

    @Override
    PlanQuery filter() {
        return new PlanQuery(filters.partnerId(), filters.programId(), filters.periodId(), filters.activityTypeCode(),
                statuses(), null, filters.before(), PlanQuery.Sort.SUBMITTED_OLDEST_FIRST);
    }

    @Override
    Stream<PlanRow> page(PlanQuery filter, List<QuerySortOrder> sort, int offset, int limit, Actor actor) {
        return plans.findPlans(filter.withSort(sort(sort)), offset, limit, actor).stream();
    }

    @Override
    long count(PlanQuery filter, Actor actor) {
        return plans.countPlans(filter, actor);
    }

    @Override
    Map<PlanStatus, Long> countByStatus(PlanQuery filter, Actor actor) {
        return plans.countPlansByStatus(filter, actor);
    }

    /** The grid's sort order in the repository's terms; longest waiting first when none is chosen. */
    static PlanQuery.Sort sort(List<QuerySortOrder> orders) {
        boolean ascending = ascending(orders);
        return "title".equals(sortedBy(orders))
                ? (ascending ? PlanQuery.Sort.TITLE_A_TO_Z : PlanQuery.Sort.TITLE_Z_TO_A)
                : (ascending ? PlanQuery.Sort.SUBMITTED_OLDEST_FIRST : PlanQuery.Sort.SUBMITTED_NEWEST_FIRST);
    }
}
