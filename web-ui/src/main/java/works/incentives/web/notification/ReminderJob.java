package works.incentives.web.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import works.incentives.domain.access.ActingAs;
import works.incentives.domain.cluster.ScheduledJobs;
import works.incentives.domain.notification.NotificationService;
import works.incentives.domain.shared.Actor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every day at {@code incentives.jobs.reminders-at} (UTC): reminders of draft claims about to expire
 * and of funds about to expire unclaimed ({@link NotificationService#remind}). Once across nodes: the
 * run is taken through the shared schedule's database lease (row {@value #JOB} of
 * {@code scheduled_job}), as the claim expiry's is; and a run repeated anyway adds nothing, because
 * each reminder exists once per recipient, item and threshold.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class ReminderJob {

    /** The job's row in the shared schedule (V34). */
    public static final String JOB = "notification-reminders";

    static final Actor SYSTEM = Actor.programAdmin("system");

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    private NotificationService notifications;
    private ScheduledJobs schedule;
    private Clock clock;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "incentives.jobs.poll-seconds", defaultValue = "60")
    long pollSeconds;

    @Inject
    @ConfigProperty(name = "incentives.jobs.reminders-at", defaultValue = "06:00")
    String runAt;

    protected ReminderJob() {
        // for the container
    }

    @Inject
    public ReminderJob(NotificationService notifications, ScheduledJobs schedule, Clock clock) {
        this.notifications = notifications;
        this.schedule = schedule;
        this.clock = clock;
    }

    @PostConstruct
    void startPolling() {
        long every = Math.max(1, pollSeconds) * 1000;
        timers.createIntervalTimer(every, every, new TimerConfig(JOB, false));
    }

    @Timeout
    void poll() {
        try {
            runIfDue();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Reminders: the run failed and is taken again tomorrow: " + failed, failed);
        }
    }

    /** Creates the day's reminders if this node takes the due run; how many, or -1 when not this node's run. */
    public int runIfDue() {
        Instant started = clock.instant();
        String node = schedule.thisNode();
        Instant next = ScheduledJobs.nextDaily(started, LocalTime.parse(runAt.strip()));
        if (!schedule.takeDueRun(JOB, node, started, next)) {
            return -1;
        }
        int created = ActingAs.call(SYSTEM, () -> notifications.remind(SYSTEM));
        schedule.finished(JOB, node, clock.instant(), created);
        LOG.info(() -> "Reminders on node " + node + ": " + created + " notification(s) created");
        return created;
    }
}
