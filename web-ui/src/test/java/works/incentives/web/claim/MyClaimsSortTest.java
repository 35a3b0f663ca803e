package works.incentives.web.claim;

import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import org.junit.jupiter.api.Test;
import works.incentives.domain.claim.ClaimQuery;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "My claims" shows the newest claims first, as it says, unless the partner sorts by the deadline. */
class MyClaimsSortTest {

    @Test
    void newestFirstUnlessSortedByDeadline() {
        assertEquals(ClaimQuery.Sort.NEWEST_FIRST, MyClaimsView.sort(List.of()));
        assertEquals(ClaimQuery.Sort.DEADLINE_SOONEST_FIRST,
                MyClaimsView.sort(List.of(new QuerySortOrder("deadline", SortDirection.ASCENDING))));
    }
}
