package works.incentives.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: {@code HttpOnly} (no script reads it), {@code SameSite=Lax} (never sent
 * with another site's POST or frame, still sent when a user follows a link to us from a mail; Vaadin's
 * own requests are same-origin) and {@code Secure} when {@code incentives.public-https} says the
 * public URL is HTTPS (behind a TLS-terminating proxy the server itself may see plain HTTP).
 * SameSite is set in {@code WEB-INF/payara-web.xml}: Payara 6 ignores it here.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    public static final String PUBLIC_HTTPS = "incentives.public-https";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(publicHttps());
    }

    static boolean publicHttps() {
        return ConfigProvider.getConfig().getOptionalValue(PUBLIC_HTTPS, Boolean.class).orElse(false);
    }
}
