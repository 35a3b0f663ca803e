package works.incentives.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import works.incentives.domain.cluster.ScheduledJobs;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Job runs taken by conditional updates of {@code scheduled_job}: of the nodes asking at once, the
 * database's row lock lets one update change the row; the others then see the next run in the future
 * and change nothing. Each call commits in a transaction of its own.
 */
@ApplicationScoped
public class JpaScheduledJobs implements ScheduledJobs {

    @PersistenceContext(unitName = "incentives")
    private EntityManager em;

    public JpaScheduledJobs() {
        // for CDI
    }

    JpaScheduledJobs(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean takeDueRun(String job, String node, Instant now, Instant next) {
        int scheduled = em.createNativeQuery("UPDATE scheduled_job SET next_run_at = ? WHERE job_name = ? AND next_run_at IS NULL")
                .setParameter(1, utc(next)).setParameter(2, job).executeUpdate();
        if (scheduled == 1) {
            return false;
        }
        return em.createNativeQuery("UPDATE scheduled_job SET next_run_at = ?, last_node = ?, last_started_at = ?,"
                        + " last_finished_at = NULL, last_changed = NULL WHERE job_name = ? AND next_run_at <= ?")
                .setParameter(1, utc(next)).setParameter(2, node).setParameter(3, utc(now))
                .setParameter(4, job).setParameter(5, utc(now))
                .executeUpdate() == 1;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finished(String job, String node, Instant at, int changed) {
        em.createNativeQuery("UPDATE scheduled_job SET last_finished_at = ?, last_changed = ? WHERE job_name = ? AND last_node = ?")
                .setParameter(1, utc(at)).setParameter(2, changed).setParameter(3, job).setParameter(4, node)
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<JobRun> find(String job) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT next_run_at, last_node, last_started_at, last_finished_at, last_changed"
                + " FROM scheduled_job WHERE job_name = ?").setParameter(1, job).getResultList();
        return rows.stream().findFirst().map(row -> new JobRun(job, instant(row[0]), (String) row[1], instant(row[2]),
                instant(row[3]), row[4] == null ? null : ((Number) row[4]).intValue()));
    }

    @Override
    public String thisNode() {
        return NodeName.current();
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        LocalDateTime local = value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
        return local.toInstant(ZoneOffset.UTC);
    }
}
