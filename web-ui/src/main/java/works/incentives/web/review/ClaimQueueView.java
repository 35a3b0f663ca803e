package works.incentives.web.review;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.claim.ClaimCommands.ClaimRow;
import works.incentives.domain.claim.ClaimQuery;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.shared.Actor;
import works.incentives.web.i18n.CatalogueNames;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.security.Roles;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The claims waiting for reviewers, oldest deadline first, filtered by status tab, program, period,
 * activity type, partner and deadline.
 */
@Route(value = "review/claims", layout = MainLayout.class)
@RolesAllowed(Roles.REVIEWER)
@StyleSheet("context://styles/review.css")
public class ClaimQueueView extends ReviewQueueView<ClaimRow, ClaimStatus, ClaimQuery> {

    private static final Kind<ClaimStatus> CLAIMS = new Kind<>("claim", "review.claims.title",
            "review.filter.dueBefore", ClaimQuery.reviewQueue().statuses(),
            Arrays.stream(ClaimStatus.values()).filter(s -> s != ClaimStatus.DRAFT).toList(), ClaimStatus::messageKey);
    private final ClaimService claims;
    private final ProgramAdminService catalogue;
    private final Map<Long, List<ActivityTypeView>> typeNames = new HashMap<>();

    @Inject
    public ClaimQueueView(ClaimService claims, PartnerService partners, ProgramService programs,
                          ProgramAdminService catalogue, CurrentActor currentActor) {
        super(CLAIMS, partners.list(currentActor.require()), programs.listPrograms(), catalogue, currentActor);
        this.claims = claims;
        this.catalogue = catalogue;
        linkColumn("review.column.claim", "name", ClaimRow::name, ClaimRow::id, ClaimReviewView.class);
        partnerColumn(ClaimRow::partnerId);
        column("review.column.activityType", row -> CatalogueNames.activityType(this, typesOf(row.programId()),
                row.activityTypeCode())).setFlexGrow(2);
        column("review.column.amount", row -> Facts.money(this, row.amount(), row.currencyCode())).setAutoWidth(true)
                .setSortProperty("amount");
        statusColumn(ClaimRow::status);
        column("review.column.deadline", row -> Facts.date(this, row.claimDeadline()))
                .setSortProperty("deadline").setKey("deadline");
        submittedAndReviewerColumns(ClaimRow::submittedAt, ClaimRow::reviewer);
        start();
    }

    @Override
    ClaimQuery filter() {
        return new ClaimQuery(filters.partnerId(), filters.programId(), null, statuses(), null, filters.before(),
                filters.periodId(), filters.activityTypeCode());
    }

    @Override
    Stream<ClaimRow> page(ClaimQuery filter, List<QuerySortOrder> sort, int offset, int limit, Actor actor) {
        return claims.findClaimsForReview(filter, offset, limit, sort(sort), actor).stream();
    }

    @Override
    long count(ClaimQuery filter, Actor actor) {
        return claims.countClaims(filter, actor);
    }

    @Override
    Map<ClaimStatus, Long> countByStatus(ClaimQuery filter, Actor actor) {
        return claims.countClaimsByStatus(filter, actor);
    }

    /** The grid's sort order in the repository's terms; oldest deadline first when none is chosen. */
    static ClaimQuery.Sort sort(List<QuerySortOrder> orders) {
        boolean ascending = ascending(orders);
        String by = sortedBy(orders);
        return switch (by == null ? "deadline" : by) {
            case "name" -> ascending ? ClaimQuery.Sort.NAME_A_TO_Z : ClaimQuery.Sort.NAME_Z_TO_A;
            case "amount" -> ascending ? ClaimQuery.Sort.AMOUNT_SMALLEST_FIRST : ClaimQuery.Sort.AMOUNT_LARGEST_FIRST;
            case "submitted" -> ascending ? ClaimQuery.Sort.SUBMITTED_OLDEST_FIRST : ClaimQuery.Sort.SUBMITTED_NEWEST_FIRST;
            default -> ascending ? ClaimQuery.Sort.DEADLINE_SOONEST_FIRST : ClaimQuery.Sort.DEADLINE_LATEST_FIRST;
        };
    }

    /** Each program's current catalogue, loaded once per page, to name admin-defined types. */
    private List<ActivityTypeView> typesOf(long programId) {
        return typeNames.computeIfAbsent(programId, id -> {
            try {
                return catalogue.listActivityTypes(id);
            } catch (RuntimeException unavailable) {
                return List.of(); // the queue still lists the claim, with the type's standard name
            }
        });
    }
}
