package works.incentives.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import works.incentives.domain.audit.HistoryEntry;
import works.incentives.domain.audit.HistoryRepository;
import works.incentives.domain.audit.SubmissionRequest;

import java.util.List;

@ApplicationScoped
public class JpaHistoryRepository implements HistoryRepository {

    @PersistenceContext(unitName = "incentives")
    private EntityManager em;

    public JpaHistoryRepository() {
        // for CDI
    }

    JpaHistoryRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void append(HistoryEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<HistoryEntry> findBySubject(HistoryEntry.SubjectType type, long subjectId) {
        return em.createQuery("select h from HistoryEntry h where h.subjectType = :type and h.subjectId = :id"
                        + " order by h.at, h.id", HistoryEntry.class)
                .setParameter("type", type.name()).setParameter("id", subjectId).getResultList();
    }

    @Override
    public List<SubmissionRequest> findSubmissionRequests(HistoryEntry.SubjectType type, long partnerId,
                                                          java.util.Collection<? extends Enum<?>> openStatuses, int limit) {
        String item = switch (type) {
            case PLAN -> "i.title from Plan i";
            case CLAIM -> "i.name from Claim i";
            default -> throw new IllegalArgumentException("no submission for " + type);
        };
        List<Object[]> rows = em.createQuery("select i.id, h.actorName, h.at, " + item + ", HistoryEntry h"
                        + " where h.subjectType = :type and h.subjectId = i.id and h.action = :action"
                        + " and h.partnerId = :partner and i.partnerId = :partner and i.status in :statuses"
                        + " order by h.at desc, h.id desc", Object[].class)
                .setParameter("type", type.name()).setParameter("action", SubmissionRequest.ACTION)
                .setParameter("partner", partnerId).setParameter("statuses", openStatuses)
                .setMaxResults(limit * 4).getResultList();
        java.util.Map<Long, SubmissionRequest> latest = new java.util.LinkedHashMap<>();
        for (Object[] row : rows) {
            latest.putIfAbsent((Long) row[0], new SubmissionRequest((Long) row[0], (String) row[3], (String) row[1],
                    (java.time.Instant) row[2]));
        }
        return latest.values().stream().limit(limit).toList();
    }
}
