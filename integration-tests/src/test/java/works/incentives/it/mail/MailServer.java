package works.incentives.it.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;

/**
 * The SMTP server the deployed application sends its notification e-mails to (GreenMail, in the
 * test JVM): arquillian.xml points {@code incentives.mail.host/port} at it. Started by the first test
 * that needs it, stopped with the JVM. Lives outside the deployed packages: only client-side test
 * code uses it.
 */
public final class MailServer {

    /** The port arquillian.xml configures as {@code incentives.mail.port}. */
    public static final int PORT = 18226;

    private static GreenMail server;

    private MailServer() {
    }

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
    }

    /** A received e-mail: recipient, subject, text. */
    public record Mail(String to, String subject, String text) {
    }

    /** Waits (up to the timeout, returning as soon as they are there) for the e-mails sent to {@code to}. */
    public static List<Mail> await(String to, int count, long timeoutMillis) throws MessagingException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        List<Mail> found = List.of();
        while (System.currentTimeMillis() < deadline) {
            found = received(to);
            if (found.size() >= count) {
                return found;
            }
            server.waitForIncomingEmail(Math.max(1, deadline - System.currentTimeMillis()), server.getReceivedMessages().length + 1);
        }
        return received(to);
    }

    private static List<Mail> received(String to) throws MessagingException {
        List<Mail> mails = new java.util.ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(to))) {
                mails.add(new Mail(to, message.getSubject(), GreenMailUtil.getBody(message)));
            }
        }
        return mails;
    }
}
