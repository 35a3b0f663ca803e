package works.incentives.domain.audit;

import java.time.Instant;

/** One history line as the UI shows it. */
public record HistoryView(long id, String action, String fromStatus, String toStatus, String actorName,
                          String actorRole, Instant at, String concerns, String details) {

    public static HistoryView of(HistoryEntry e) {
        return new HistoryView(e.getId() == null ? 0 : e.getId(), e.getAction(), e.getFromStatus(), e.getToStatus(),
                e.getActorName(), e.getActorRole(), e.getAt(), e.getConcerns(), e.getDetails());
    }
}
