package works.incentives.web.job;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import works.incentives.domain.cluster.ScheduledJobs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A background job of one node (the subclass: a {@code @Singleton @Startup} EJB with bean-managed
 * transactions): a non-persistent interval timer calls {@link #pollOnce} every {@link #pollSeconds}
 * on every node; a failed poll is logged and the next one tries again. A daily job asks the shared
 * schedule in {@link #runDailyIfDue}, so only one node runs each day's run.
 */
public abstract class PollingJob {

    private static final Logger LOG = Logger.getLogger(PollingJob.class.getName());

    @Resource
    protected TimerService timers;

    /** The job's name, in the schedule and the log. */
    protected abstract String jobName();

    /** How often this node polls; zero or less: never (the job is off). */
    protected abstract long pollSeconds();

    /** One poll's work. */
    protected abstract void pollOnce();

    @PostConstruct
    void startPolling() {
        long seconds = pollSeconds();
        if (seconds > 0) {
            timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig(jobName(), false));
        }
    }

    @Timeout
    void poll() {
        try {
            pollOnce();
        } catch (RuntimeException failed) {
            // the database may be away for a moment; the next poll tries again
            LOG.log(Level.WARNING, jobName() + ": the poll failed, the next one tries again: " + failed, failed);
        }
    }

    /**
     * Runs {@code work} if the shared schedule gives this node the day's run at {@code runAt} (UTC):
     * how many items it changed, or -1 when the run was not due or another node took it. The log says
     * "{@code what} on node N: n item(s) changed".
     */
    protected static int runDailyIfDue(ScheduledJobs schedule, Clock clock, String job, String runAt, String what,
                                       IntSupplier work) {
        Instant now = clock.instant();
        String node = schedule.thisNode();
        if (!schedule.takeDueRun(job, node, now, ScheduledJobs.nextDaily(now, LocalTime.parse(runAt.strip())))) {
            return -1;
        }
        int changed = work.getAsInt();
        schedule.finished(job, node, clock.instant(), changed);
        LOG.info(() -> what + " on node " + node + ": " + changed + " item(s) changed");
        return changed;
    }
}
