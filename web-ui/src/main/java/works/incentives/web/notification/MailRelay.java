package works.incentives.web.notification;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import works.incentives.domain.access.ActingAs;
import works.incentives.domain.cluster.ScheduledJobs;
import works.incentives.domain.notification.NotificationRepository.OutgoingEmail;
import works.incentives.domain.notification.NotificationService;
import works.incentives.domain.notification.NotificationView;
import works.incentives.domain.shared.Actor;
import works.incentives.web.job.PollingJob;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the e-mail copies of notifications, after the transactions that created them committed:
 * every {@code incentives.mail.poll-seconds} each node takes a few waiting copies (each copy is taken
 * by one node: {@link NotificationService#takeEmails}), sends them in the recipient's language and
 * marks them sent; a failure leaves the copy for a later attempt. Does nothing while mail is off.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class MailRelay extends PollingJob {

    static final Actor SYSTEM = Actor.programAdmin("system");

    /** Copies one poll takes. */
    static final int BATCH = 20;

    private static final Logger LOG = Logger.getLogger(MailRelay.class.getName());

    private NotificationService notifications;
    private MailSettings mail;
    private ScheduledJobs schedule;

    @Inject
    @ConfigProperty(name = "incentives.mail.poll-seconds", defaultValue = "30")
    long pollSeconds;

    protected MailRelay() {
        // for the container
    }

    @Inject
    public MailRelay(NotificationService notifications, MailSettings mail, ScheduledJobs schedule) {
        this.notifications = notifications;
        this.mail = mail;
        this.schedule = schedule;
    }

    @Override
    protected String jobName() {
        return "mail-relay";
    }

    /** Off (no timer) while mail is off. */
    @Override
    protected long pollSeconds() {
        return mail.isOn() ? Math.max(1, pollSeconds) : 0;
    }

    @Override
    protected void pollOnce() {
        relay();
    }

    /** Sends what is waiting, a batch at a time; how many went out. */
    public int relay() {
        return ActingAs.call(SYSTEM, () -> {
            int sent = 0;
            List<OutgoingEmail> batch;
            do {
                batch = notifications.takeEmails(schedule.thisNode(), BATCH, SYSTEM);
                for (OutgoingEmail email : batch) {
                    sent += send(email) ? 1 : 0;
                }
            } while (batch.size() == BATCH);
            return sent;
        });
    }

    private boolean send(OutgoingEmail email) {
        long id = email.notification().id();
        try {
            Transport.send(message(email));
            notifications.emailSent(id, SYSTEM);
            return true;
        } catch (MessagingException | RuntimeException failed) {
            LOG.log(Level.WARNING, "Mail relay: notification " + id + " not sent, tried again later: " + failed);
            notifications.emailFailed(id, SYSTEM);
            return false;
        }
    }

    MimeMessage message(OutgoingEmail email) throws MessagingException {
        NotificationView n = email.notification();
        Locale locale = NotificationTexts.locale(email.language());
        StringBuilder text = new StringBuilder(NotificationTexts.body(n, locale)).append("\n\n");
        mail.link(NotificationTexts.route(n)).ifPresent(link ->
                text.append(NotificationTexts.text("notification.mail.link", locale, link)).append("\n\n"));
        text.append("-- \n").append(NotificationTexts.text("notification.mail.footer", locale)).append('\n');
        MimeMessage message = new MimeMessage(mail.session());
        message.setFrom(new InternetAddress(mail.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(email.email(), true));
        message.setSubject(NotificationTexts.title(n, locale), StandardCharsets.UTF_8.name());
        message.setText(text.toString(), StandardCharsets.UTF_8.name());
        message.setHeader("Content-Language", locale.toLanguageTag());
        return message;
    }
}
