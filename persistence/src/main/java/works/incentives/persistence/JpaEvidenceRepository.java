package works.incentives.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import works.incentives.domain.evidence.EvidenceContent;
import works.incentives.domain.evidence.EvidenceDocument;
import works.incentives.domain.evidence.EvidenceRepository;

import java.util.Optional;

@ApplicationScoped
public class JpaEvidenceRepository implements EvidenceRepository {

    @PersistenceContext(unitName = "incentives")
    private EntityManager em;

    public JpaEvidenceRepository() {
        // for CDI
    }

    JpaEvidenceRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public EvidenceDocument save(EvidenceDocument document) {
        EvidenceDocument saved = Entities.save(em, document, document.getId());
        em.flush();
        return saved;
    }

    @Override
    public Optional<EvidenceDocument> findById(long documentId) {
        return Optional.ofNullable(em.find(EvidenceDocument.class, documentId));
    }

    @Override
    public void saveContent(EvidenceContent content) {
        // the bytes reference the document row: make sure it is written first
        em.flush();
        em.persist(content);
    }

    @Override
    public Optional<EvidenceContent> findContent(long documentId) {
        return Optional.ofNullable(em.find(EvidenceContent.class, documentId));
    }
}
