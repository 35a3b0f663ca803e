package works.incentives.web.claim;

import works.incentives.domain.audit.HistoryView;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reviewer feedback from a claim's history, by the item it concerns ({@code "evidence:CODE"},
 * {@code "document:12"}, else {@code "claim"}), so each screen shows it on that item
 * (DOMAIN.md: feedback buried in a history page is a reason claims fail twice).
 */
final class ReviewerFeedback {

    static final Set<String> VENDOR_ROLES = Set.of("REVIEWER", "PROGRAM_ADMIN");

    private ReviewerFeedback() {
    }

    static Map<String, List<String>> byConcern(List<HistoryView> history) {
        return history.stream()
                .filter(h -> VENDOR_ROLES.contains(h.actorRole()))
                .filter(h -> h.details() != null && !h.details().isBlank())
                .collect(Collectors.groupingBy(h -> h.concerns() == null ? "claim" : h.concerns(),
                        Collectors.mapping(HistoryView::details, Collectors.toList())));
    }
}
