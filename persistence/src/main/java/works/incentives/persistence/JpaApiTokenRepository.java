package works.incentives.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import works.incentives.domain.apitoken.ApiToken;
import works.incentives.domain.apitoken.ApiTokenRepository;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "incentives")
    private EntityManager em;

    public JpaApiTokenRepository() {
        // for CDI
    }

    JpaApiTokenRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public ApiToken save(ApiToken token) {
        ApiToken saved = Entities.save(em, token, token.getId());
        em.flush(); // the caller answers with the new version
        return saved;
    }

    @Override
    public Optional<ApiToken> findById(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public Optional<ApiToken> findByHash(String tokenHash) {
        return em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public List<ApiToken> findByUser(String userName) {
        return em.createQuery("select t from ApiToken t where t.userName = :user order by t.id desc", ApiToken.class)
                .setParameter("user", userName).getResultList();
    }

    @Override
    public void recordUse(long id, Instant now, Instant notBefore) {
        // native: a JPQL bulk update would move the version (EclipseLink does), and a revocation in
        // the UI right after a call would then be refused as "changed by someone else"
        em.createNativeQuery("UPDATE api_token SET last_used_at = ?1 WHERE id = ?2"
                        + " AND (last_used_at IS NULL OR last_used_at < ?3)")
                .setParameter(1, utc(now)).setParameter(2, id).setParameter(3, utc(notBefore))
                .executeUpdate();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
