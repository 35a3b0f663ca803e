package works.incentives.web.review;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import works.incentives.domain.claim.ClaimCommands.ClaimRow;
import works.incentives.domain.claim.ClaimQuery;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.shared.Actor;
import works.incentives.web.QueueFixtures;
import works.incentives.web.i18n.TranslationProvider;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The claim queue asks the service for pages (never everything), in deadline order, and shows counts per status. */
class ClaimQueueViewTest {

    final List<String> asked = new ArrayList<>();
    final List<ClaimQuery> filters = new ArrayList<>();

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", TranslationProvider.class.getName());
        MockVaadin.setup(new Routes().autoDiscoverViews("works.incentives.web.review"));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    /** The queue over the fake services (also the text scan's fixture). */
    ClaimQueueView show() {
        ClaimService claims = new ClaimService() {
            @Override
            public List<ClaimRow> findClaimsForReview(ClaimQuery filter, int offset, int limit, ClaimQuery.Sort sort, Actor actor) {
                asked.add(offset + "+" + limit + " " + sort);
                filters.add(filter);
                return LongStream.range(offset, Math.min(offset + limit, 1000)).mapToObj(i -> new ClaimRow(i, 1, 2, 3,
                        "Claim " + i, "DIGITAL_ADVERTISING", "USD", BigDecimal.TEN, ClaimStatus.SUBMITTED, Instant.EPOCH,
                        LocalDate.of(2027, 8, 14), null, null)).toList();
            }

            @Override
            public long countClaims(ClaimQuery filter, Actor actor) {
                return 1000;
            }

            @Override
            public Map<ClaimStatus, Long> countClaimsByStatus(ClaimQuery filter, Actor actor) {
                return Map.of(ClaimStatus.SUBMITTED, 990L, ClaimStatus.DISPUTED, 10L, ClaimStatus.PAID, 5L);
            }
        };
        ClaimQueueView view = new ClaimQueueView(claims, QueueFixtures.PARTNERS, QueueFixtures.PROGRAMS, new ProgramAdminService(null),
                () -> Optional.of(Actor.reviewer("rita")));
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void pagesComeFromTheServiceOldestDeadlineFirstAndNeverAllAtOnce() {
        ClaimQueueView view = show();
        assertEquals(1000, GridKt._size(view.grid));
        assertEquals("Claim 0", GridKt._get(view.grid, 0).name());
        assertTrue(asked.stream().allMatch(a -> a.endsWith("DEADLINE_SOONEST_FIRST")), asked.toString());
        assertTrue(asked.stream().map(a -> Integer.parseInt(a.substring(a.indexOf('+') + 1, a.indexOf(' '))))
                .allMatch(limit -> limit <= 100), asked.toString());
        assertEquals(ClaimQuery.reviewQueue().statuses(), filters.get(0).statuses());
    }

    @Test
    void tabsShowCountsPerStatusAndTheOpenTabSumsWhatWaitsForAReviewer() {
        ClaimQueueView view = show();
        assertEquals("1000", _get(com.vaadin.flow.component.html.Span.class, s -> s.withId("claim-tabs-open-count")).getText());
        assertEquals("5", _get(com.vaadin.flow.component.html.Span.class, s -> s.withId("claim-tabs-PAID-count")).getText());
        view.tabs.setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class, s -> s.withId("claim-tabs-DISPUTED")));
        filters.clear();
        GridKt._size(view.grid);
        GridKt._get(view.grid, 0);
        assertEquals(Set.of(ClaimStatus.DISPUTED), filters.get(filters.size() - 1).statuses());
    }

    @Test
    void aReviewerHasNoDraftTabBecauseDraftsAreThePartnersOwn() {
        show();
        assertTrue(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.tabs.Tab.class,
                s -> s.withId("claim-tabs-DRAFT")).isEmpty());
        _get(com.vaadin.flow.component.tabs.Tab.class, s -> s.withId("claim-tabs-SUBMITTED"));
    }

    /**
     * Issue 14 item 2: the export is the queue as shown (the date filter, the amount sort), in the
     * user's language (Traditional Chinese headers and states), UTF-8 with a byte order mark, read from
     * the service one page of 500 at a time, never all at once.
     */
    @Test
    void theExportIsTheFilteredSortedQueueInTheUsersLanguagePageByPage() throws java.io.IOException {
        UI.getCurrent().setLocale(java.util.Locale.TRADITIONAL_CHINESE);
        ClaimQueueView view = show();
        view.filters.before.setValue(LocalDate.of(2027, 9, 1));
        var amount = view.grid.getColumns().stream().filter(c -> c.getSortOrder(
                com.vaadin.flow.data.provider.SortDirection.ASCENDING).anyMatch(o -> o.getSorted().equals("amount")))
                .findFirst().orElseThrow();
        view.grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(amount,
                com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
        asked.clear();
        filters.clear();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        view.export.write(UI.getCurrent(), out);

        byte[] bytes = out.toByteArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                java.util.Arrays.copyOf(bytes, 3), "UTF-8 byte order mark first, for Excel");
        List<String> lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).substring(1).lines().toList();
        TranslationProvider texts = new TranslationProvider();
        java.util.Locale zh = java.util.Locale.TRADITIONAL_CHINESE;
        assertEquals(String.join(",", texts.getTranslation("review.column.claim", zh),
                texts.getTranslation("review.column.partner", zh), texts.getTranslation("review.column.activityType", zh)),
                String.join(",", List.of(lines.get(0).split(",")).subList(0, 3)), "headers in Traditional Chinese");
        assertEquals(1001, lines.size(), "a header and every row of the queue");
        assertTrue(lines.get(1).startsWith("Claim 0,Contoso,"), lines.get(1));
        assertTrue(lines.get(1).contains(texts.getTranslation(ClaimStatus.SUBMITTED.messageKey(), zh)), lines.get(1));
        assertEquals(List.of("0+500 AMOUNT_LARGEST_FIRST", "500+500 AMOUNT_LARGEST_FIRST",
                "1000+500 AMOUNT_LARGEST_FIRST"), asked, "the grid's sort, one page at a time");
        assertTrue(filters.stream().allMatch(f -> LocalDate.of(2027, 9, 1).equals(f.deadlineBefore())
                && f.statuses().equals(ClaimQuery.reviewQueue().statuses())), "the filter and tab shown: " + filters);
        assertEquals("claim-queue-" + LocalDate.of(2027, 1, 2) + ".csv", view.export.fileName(LocalDate.of(2027, 1, 2)));
    }
}
