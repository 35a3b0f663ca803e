package works.incentives.domain.audit;

import java.util.List;

/** Appends to and reads the history; there is deliberately no update or delete. */
public interface HistoryRepository {

    void append(HistoryEntry entry);

    /** The subject's history, oldest first. */
    List<HistoryEntry> findBySubject(HistoryEntry.SubjectType type, long subjectId);
}
