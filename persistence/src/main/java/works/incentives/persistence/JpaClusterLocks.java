package works.incentives.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import works.incentives.domain.cluster.ClusterLocks;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Locks as rows of {@code cluster_lock}: an UPDATE of the row locks it until the transaction ends, on
 * H2 and PostgreSQL alike; a second node's UPDATE waits for that, then finds what the first committed.
 */
@ApplicationScoped
public class JpaClusterLocks implements ClusterLocks {

    @PersistenceContext(unitName = "incentives")
    private EntityManager em;

    public JpaClusterLocks() {
        // for CDI
    }

    JpaClusterLocks(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdUntilCommit(String name) {
        int rows = em.createNativeQuery("UPDATE cluster_lock SET held_by = ?, taken_at = ? WHERE lock_name = ?")
                .setParameter(1, NodeName.current())
                .setParameter(2, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)))
                .setParameter(3, name)
                .executeUpdate();
        if (rows != 1) {
            throw new IllegalArgumentException("no cluster lock named " + name);
        }
    }
}
