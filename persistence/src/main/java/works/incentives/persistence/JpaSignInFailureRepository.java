package works.incentives.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import works.incentives.domain.account.SignInFailureRepository;
import works.incentives.domain.account.SignInFailures;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Failed sign-ins counted by bulk updates, so nodes racing on the same key never lose a count:
 * the database's row lock orders them. A missing row is inserted in a transaction of its own
 * ({@link SignInFailureRows}); when another node inserted it first, the update simply runs again.
 */
@ApplicationScoped
public class JpaSignInFailureRepository implements SignInFailureRepository {

    /** Inserts a row with no failures yet, in a transaction of its own; may fail when it exists. */
    interface NewRows {
        void insertIfAbsent(String key, Instant now);
    }

    @PersistenceContext(unitName = "incentives")
    private EntityManager em;

    private NewRows newRows;

    public JpaSignInFailureRepository() {
        // for CDI
    }

    @Inject
    void setNewRows(SignInFailureRows rows) {
        this.newRows = rows;
    }

    JpaSignInFailureRepository(EntityManager em, NewRows newRows) {
        this.em = em;
        this.newRows = newRows;
    }

    @Override
    public Optional<SignInFailures> find(String key) {
        // scalar columns, not the entity: a managed instance read earlier in this transaction would
        // hide the counts the bulk updates wrote since
        return em.createQuery("select f.failures, f.lastFailure from SignInFailures f where f.key = :key", Object[].class)
                .setParameter("key", key).getResultStream().findFirst()
                .map(row -> new SignInFailures(key, (Integer) row[0], ((LocalDateTime) row[1]).toInstant(ZoneOffset.UTC)));
    }

    @Override
    public int recordFailure(String key, Instant now, Instant restartBefore) {
        if (increment(key, now, restartBefore) == 0) {
            try {
                newRows.insertIfAbsent(key, now);
            } catch (RuntimeException insertedMeanwhile) {
                // another node created the row between our update and our insert: count on it
            }
            if (increment(key, now, restartBefore) == 0) {
                throw new IllegalStateException("no sign-in failure row for " + key);
            }
        }
        // a scalar query reads the row as updated, not an entity this context may hold from before
        return em.createQuery("select f.failures from SignInFailures f where f.key = :key", Integer.class)
                .setParameter("key", key).getSingleResult();
    }

    /** Both statements lock the row until the transaction ends, so no other node counts in between. */
    private int increment(String key, Instant now, Instant restartBefore) {
        em.createQuery("update SignInFailures f set f.failures = 0 where f.key = :key and f.lastFailure < :restart")
                .setParameter("key", key).setParameter("restart", SignInFailures.utc(restartBefore)).executeUpdate();
        return em.createQuery("update SignInFailures f set f.failures = f.failures + 1, f.lastFailure = :now"
                        + " where f.key = :key")
                .setParameter("key", key).setParameter("now", SignInFailures.utc(now)).executeUpdate();
    }

    @Override
    public void clear(String key) {
        em.createQuery("delete from SignInFailures f where f.key = :key").setParameter("key", key).executeUpdate();
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        return em.createQuery("delete from SignInFailures f where f.lastFailure < :cutoff")
                .setParameter("cutoff", SignInFailures.utc(cutoff)).executeUpdate();
    }
}
