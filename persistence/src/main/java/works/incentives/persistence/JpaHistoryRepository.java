package works.incentives.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import works.incentives.domain.audit.HistoryEntry;
import works.incentives.domain.audit.HistoryRepository;

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
}
