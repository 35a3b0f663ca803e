package works.incentives.web.review;

import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import org.junit.jupiter.api.Test;
import works.incentives.domain.claim.ClaimQuery;
import works.incentives.domain.plan.PlanQuery;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The grids' sort orders become the repositories' orders; no order means oldest deadline / longest waiting first. */
class QueueSortTest {

    private static List<QuerySortOrder> by(String property, SortDirection direction) {
        return List.of(new QuerySortOrder(property, direction));
    }

    @Test
    void claimQueueSortsByDeadlineSoonestFirstUnlessTheReviewerChoosesAnotherOrder() {
        assertEquals(ClaimQuery.Sort.DEADLINE_SOONEST_FIRST, ClaimQueueView.sort(List.of()));
        assertEquals(ClaimQuery.Sort.DEADLINE_LATEST_FIRST, ClaimQueueView.sort(by("deadline", SortDirection.DESCENDING)));
        assertEquals(ClaimQuery.Sort.AMOUNT_SMALLEST_FIRST, ClaimQueueView.sort(by("amount", SortDirection.ASCENDING)));
        assertEquals(ClaimQuery.Sort.AMOUNT_LARGEST_FIRST, ClaimQueueView.sort(by("amount", SortDirection.DESCENDING)));
        assertEquals(ClaimQuery.Sort.NAME_Z_TO_A, ClaimQueueView.sort(by("name", SortDirection.DESCENDING)));
        assertEquals(ClaimQuery.Sort.SUBMITTED_OLDEST_FIRST, ClaimQueueView.sort(by("submitted", SortDirection.ASCENDING)));
    }

    @Test
    void planQueueSortsLongestWaitingFirstUnlessTheReviewerChoosesAnotherOrder() {
        assertEquals(PlanQuery.Sort.SUBMITTED_OLDEST_FIRST, PlanQueueView.sort(List.of()));
        assertEquals(PlanQuery.Sort.SUBMITTED_NEWEST_FIRST, PlanQueueView.sort(by("submitted", SortDirection.DESCENDING)));
        assertEquals(PlanQuery.Sort.TITLE_A_TO_Z, PlanQueueView.sort(by("title", SortDirection.ASCENDING)));
    }
}
