package works.incentives.web.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import works.incentives.domain.notification.Notifier;

import java.util.Optional;
import java.util.Properties;

/**
 * The mail session, from MicroProfile Config (system properties, environment variables such as
 * {@code INCENTIVES_MAIL_HOST}, or {@code microprofile-config.properties}); README: Notifications.
 * E-mail is off unless {@value Notifier#MAIL_HOST_KEY} is set: nothing is sent by default.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = Notifier.MAIL_HOST_KEY)
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "incentives.mail.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "incentives.mail.from", defaultValue = "incentives@localhost")
    String from;

    /** STARTTLS, required when on (the default); {@code incentives.mail.ssl} for SMTPS (port 465) instead. */
    @Inject
    @ConfigProperty(name = "incentives.mail.starttls", defaultValue = "true")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "incentives.mail.ssl", defaultValue = "false")
    boolean ssl;

    @Inject
    @ConfigProperty(name = "incentives.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "incentives.mail.password")
    Optional<String> password;

    /** The application's address as users reach it, for the links in e-mails (none: no link). */
    @Inject
    @ConfigProperty(name = "incentives.mail.base-url")
    Optional<String> baseUrl;

    public MailSettings() {
        // for CDI
    }

    /** Settings given directly (tests). */
    public MailSettings(String host, int port, String from, boolean startTls, String baseUrl) {
        this.host = Optional.ofNullable(host);
        this.port = port;
        this.from = from;
        this.startTls = startTls;
        this.user = Optional.empty();
        this.password = Optional.empty();
        this.baseUrl = Optional.ofNullable(baseUrl);
    }

    public boolean isOn() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String from() {
        return from;
    }

    /** The link to a route of the application, when the base address is configured. */
    public Optional<String> link(String route) {
        return baseUrl.filter(u -> !u.isBlank()).map(u -> (u.endsWith("/") ? u : u + "/") + route);
    }

    public Session session() {
        Properties props = new Properties();
        String protocol = ssl ? "smtps" : "smtp";
        props.put("mail.transport.protocol", protocol);
        props.put("mail." + protocol + ".host", host.orElseThrow());
        props.put("mail." + protocol + ".port", String.valueOf(port));
        props.put("mail." + protocol + ".connectiontimeout", "10000");
        props.put("mail." + protocol + ".timeout", "20000");
        props.put("mail." + protocol + ".writetimeout", "20000");
        if (startTls && !ssl) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        if (user.isPresent()) {
            props.put("mail." + protocol + ".auth", "true");
            String name = user.get();
            String secret = password.orElse("");
            return Session.getInstance(props, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(name, secret);
                }
            });
        }
        return Session.getInstance(props);
    }
}
