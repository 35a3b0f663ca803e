package works.incentives.web.insight;

import works.incentives.domain.insight.InsightRepository.Backlog;
import works.incentives.domain.insight.InsightRepository.ReviewTimes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One reviewer's line for one kind of item: decisions and time in queue (history) beside what waits now. */
record ReviewerLine(String kind, String reviewer, long decisions, double averageSeconds, double longestSeconds,
                    long withinSla, long open, long overSla) {

    private record Key(String kind, String reviewer) {
    }

    /** The decisions and the backlog side by side, by kind (claims first) and reviewer (unassigned last). */
    static List<ReviewerLine> of(List<ReviewTimes> times, List<Backlog> backlog) {
        Map<Key, ReviewerLine> lines = new LinkedHashMap<>();
        for (ReviewTimes t : times) {
            lines.put(new Key(t.kind(), t.reviewer()), new ReviewerLine(t.kind(), t.reviewer(), t.decisions(),
                    t.averageSeconds(), t.longestSeconds(), t.withinSla(), 0, 0));
        }
        for (Backlog b : backlog) {
            Key key = new Key(b.kind(), b.reviewer());
            ReviewerLine line = lines.get(key);
            lines.put(key, line == null ? new ReviewerLine(b.kind(), b.reviewer(), 0, 0, 0, 0, b.open(), b.overSla())
                    : new ReviewerLine(line.kind(), line.reviewer(), line.decisions(), line.averageSeconds(),
                    line.longestSeconds(), line.withinSla(), b.open(), b.overSla()));
        }
        List<ReviewerLine> sorted = new ArrayList<>(lines.values());
        sorted.sort(Comparator.comparing(ReviewerLine::kind)
                .thenComparing(l -> l.reviewer() == null)
                .thenComparing(l -> Objects.requireNonNullElse(l.reviewer(), "")));
        return sorted;
    }
}
