package works.incentives.web.claim;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import org.junit.jupiter.api.Test;
import works.incentives.domain.claim.ClaimCommands.ClaimRow;
import works.incentives.domain.claim.ClaimQuery;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.shared.Actor;
import works.incentives.web.KaribuTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "My claims" exported: the signed-in partner's own claims only (the query carries its organization
 * and the service gets its actor, which scopes again on the server), with the status filter and the
 * deadline sort shown.
 */
class MyClaimsExportTest extends KaribuTest {

    private final List<ClaimQuery> filters = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private final List<ClaimQuery.Sort> sorts = new ArrayList<>();

    @Test
    void theExportHoldsThePartnersOwnFilteredSortedClaims() throws IOException {
        Actor ann = Actor.partnerAdmin("ann", 7);
        ClaimService claims = new ClaimService() {
            @Override
            public List<ClaimRow> findClaimsForReview(ClaimQuery filter, int offset, int limit, ClaimQuery.Sort sort,
                                                      Actor actor) {
                filters.add(filter);
                actors.add(actor);
                sorts.add(sort);
                return offset > 0 ? List.of() : List.of(new ClaimRow(1, 7, 2, 3, "=cmd|' /C calc'!A0", "DIGITAL_ADVERTISING",
                        "USD", new BigDecimal("1234.5"), ClaimStatus.SUBMITTED, Instant.parse("2027-03-01T10:00:00Z"),
                        LocalDate.of(2027, 8, 14), null, null));
            }

            @Override
            public long countClaims(ClaimQuery filter, Actor actor) {
                return 1;
            }
        };
        MyClaimsView view = shown(new MyClaimsView(() -> Optional.of(ann), claims,
                Clock.fixed(Instant.parse("2027-03-05T09:00:00Z"), ZoneOffset.UTC)));
        view.statusFilter.setValue(ClaimStatus.SUBMITTED);
        view.grid.sort(List.of(new GridSortOrder<>(view.grid.getColumns().stream().filter(c -> c.getSortOrder(
                SortDirection.ASCENDING).anyMatch(o -> o.getSorted().equals("deadline"))).findFirst().orElseThrow(),
                SortDirection.ASCENDING)));
        filters.clear();
        actors.clear();
        sorts.clear();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        view.export.write(UI.getCurrent(), out);

        List<String> lines = new String(out.toByteArray(), StandardCharsets.UTF_8).lines().toList();
        assertEquals("\uFEFFClaim,Activity type,Status,Amount,Deadline,Submitted", lines.get(0));
        assertTrue(lines.get(1).startsWith("'=cmd|' /C calc'!A0,Digital advertising,Submitted,\""),
                "a formula-looking name is shown as text: " + lines.get(1));
        assertTrue(lines.get(1).contains("1,234.50"), "money in the user's format: " + lines.get(1));
        assertEquals(2, lines.size());
        assertTrue(filters.stream().allMatch(f -> f.partnerId() == 7 && f.statuses().equals(Set.of(ClaimStatus.SUBMITTED))),
                filters.toString());
        assertTrue(actors.stream().allMatch(ann::equals), "the service scopes by the signed-in actor: " + actors);
        assertTrue(sorts.stream().allMatch(ClaimQuery.Sort.DEADLINE_SOONEST_FIRST::equals), sorts.toString());
    }
}
