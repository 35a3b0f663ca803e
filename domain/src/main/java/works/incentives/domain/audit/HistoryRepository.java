package works.incentives.domain.audit;

import java.util.List;

/** Appends to and reads the history; there is deliberately no update or delete. */
public interface HistoryRepository {

    void append(HistoryEntry entry);

    /** The subject's history, oldest first. */
    List<HistoryEntry> findBySubject(HistoryEntry.SubjectType type, long subjectId);

    /**
     * The partner's plans (or claims) in one of {@code openStatuses} that were handed over for
     * submission ({@link SubmissionRequest#ACTION}), latest hand-over first, each once; at most
     * {@code limit}. One statement.
     */
    List<SubmissionRequest> findSubmissionRequests(HistoryEntry.SubjectType type, long partnerId,
                                                   java.util.Collection<? extends Enum<?>> openStatuses, int limit);
}
