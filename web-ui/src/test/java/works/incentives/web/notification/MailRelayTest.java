package works.incentives.web.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import works.incentives.domain.access.ActingAs;
import works.incentives.domain.notification.NotificationKind;
import works.incentives.domain.notification.NotificationRepository.OutgoingEmail;
import works.incentives.domain.notification.NotificationService;
import works.incentives.domain.notification.NotificationView;
import works.incentives.domain.shared.Actor;
import works.incentives.web.ScheduleStub;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The relay sends what the service hands it, in the recipient's language, to a real SMTP server
 * (GreenMail), as the system; a copy the server refuses is handed back for a later attempt.
 */
class MailRelayTest {

    static final int SMTP_PORT = 18225;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    /** Hands out the waiting copies once, records what became of them. */
    static class Outbox extends NotificationService {
        final List<OutgoingEmail> waiting = new ArrayList<>();
        final List<Long> sent = new ArrayList<>();
        final List<Long> failed = new ArrayList<>();
        final List<Actor> actingAs = new ArrayList<>();

        @Override
        public List<OutgoingEmail> takeEmails(String node, int limit, Actor system) {
            actingAs.add(ActingAs.current().orElse(null));
            List<OutgoingEmail> batch = List.copyOf(waiting);
            waiting.clear();
            return batch;
        }

        @Override
        public void emailSent(long notificationId, Actor system) {
            sent.add(notificationId);
        }

        @Override
        public void emailFailed(long notificationId, Actor system) {
            failed.add(notificationId);
        }
    }

    static OutgoingEmail email(long id, String address, String language) {
        return new OutgoingEmail(new NotificationView(id, NotificationKind.CLAIM_SENT_BACK, NotificationKind.CLAIM_SENT_BACK
                .subject(), 42, "Booth photos", LocalDate.of(2027, 3, 12), null, null, null, "Show the partner logo",
                Instant.parse("2027-03-05T10:00:00Z"), false), address, language);
    }

    MailRelay relay(Outbox outbox) {
        return new MailRelay(outbox, new MailSettings("127.0.0.1", SMTP_PORT, "incentives@example.com", false,
                "https://incentives.example.com/"), new ScheduleStub());
    }

    @Test
    void theRelaySendsEachCopyInTheRecipientsLanguageAndMarksItSent() throws Exception {
        Outbox outbox = new Outbox();
        outbox.waiting.add(email(1, "paula@partner.example", "en"));
        outbox.waiting.add(email(2, "wei@partner.example", "zh-TW"));
        assertEquals(2, relay(outbox).relay());
        assertEquals(List.of(1L, 2L), outbox.sent);
        assertEquals(Actor.programAdmin("system"), outbox.actingAs.get(0));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(2, received.length);
        MimeMessage english = received[0];
        assertEquals("paula@partner.example", english.getAllRecipients()[0].toString());
        assertEquals("Claim \"Booth photos\" sent back: answer by Mar 12, 2027", english.getSubject());
        String body = (String) english.getContent();
        assertTrue(body.contains("A partner admin must answer by Mar 12, 2027"), body);
        assertTrue(body.contains("Note: Show the partner logo"), body);
        assertTrue(body.contains("https://incentives.example.com/claims/42"), body);
        MimeMessage chinese = received[1];
        assertEquals("申請「Booth photos」已退回：請於 2027年3月12日 前回覆", chinese.getSubject());
        assertTrue(((String) chinese.getContent()).contains("合作夥伴管理員須於 2027年3月12日 前回覆"));
    }

    @Test
    void aCopyTheServerRefusesIsHandedBackForALaterAttempt() {
        Outbox outbox = new Outbox();
        outbox.waiting.add(email(3, "not an address", "en"));
        assertEquals(0, relay(outbox).relay());
        assertEquals(List.of(3L), outbox.failed);
        assertEquals(List.of(), outbox.sent);
    }
}
