package works.incentives.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import works.incentives.domain.guidance.GuidanceSnippet;
import works.incentives.domain.guidance.GuidanceSnippetRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaGuidanceSnippetRepository implements GuidanceSnippetRepository {

    @PersistenceContext(unitName = "incentives")
    private EntityManager em;

    public JpaGuidanceSnippetRepository() {
        // for CDI
    }

    JpaGuidanceSnippetRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<GuidanceSnippet> findByKeyAndLanguage(String key, String language) {
        return em.createQuery("select s from GuidanceSnippet s where s.helpKey = :helpKey and s.language = :language",
                        GuidanceSnippet.class)
                .setParameter("helpKey", key)
                .setParameter("language", language)
                .getResultStream().findFirst();
    }

    @Override
    public List<GuidanceSnippet> findAll() {
        return em.createQuery("select s from GuidanceSnippet s order by s.helpKey, s.language", GuidanceSnippet.class)
                .getResultList();
    }

    @Override
    public GuidanceSnippet save(GuidanceSnippet snippet) {
        return Entities.save(em, snippet, snippet.getId());
    }

    @Override
    public void delete(GuidanceSnippet snippet) {
        em.remove(em.contains(snippet) ? snippet : em.merge(snippet));
    }
}
