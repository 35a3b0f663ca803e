package works.incentives.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import works.incentives.domain.account.SignInFailures;

import java.time.Instant;

/**
 * Creates a sign-in failure row in a transaction of its own: a unique-key clash with another
 * node's insert then rolls back only this insert, not the sign-in (PostgreSQL aborts a whole
 * transaction after a failed statement).
 */
@ApplicationScoped
public class SignInFailureRows implements JpaSignInFailureRepository.NewRows {

    @PersistenceContext(unitName = "incentives")
    private EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insertIfAbsent(String key, Instant now) {
        em.persist(new SignInFailures(key, 0, now));
        em.flush();
    }
}
