package works.incentives.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import works.incentives.it.browser.pages.LoginPage;

import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * What every browser test shares: one Chromium for the whole test class (in English), and
 * sign-ins that cost something only when the user changes. A test that needs a second person at
 * the same time opens a second browser with {@link #browserSignedIn}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTestBase {

    /** The demo sign-ins' password (demo mode is on in the test server). */
    static final String DEMO_PASSWORD = "coop-demo-2027";

    /** The date format the English date pickers read and show. */
    static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    /** The date format the Traditional Chinese date pickers read and show (and every zh-TW screen writes). */
    static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    /** The class's browser, started before its first test and closed after its last. */
    static Browser browser;

    private static String signedInAs;

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser("en-US");
        signedInAs = null;
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    String base() {
        return base.toString();
    }

    /**
     * Signs in as {@code user}, unless the browser's session already is theirs: then nothing
     * happens, and the browser stays where it is. Whether it signed in.
     */
    boolean signIn(String user) {
        if (user.equals(signedInAs)) {
            return false;
        }
        signInAfresh(user);
        return true;
    }

    /** A new session for {@code user}, whoever was signed in before: for what a fresh session must show. */
    void signInAfresh(String user) {
        signOutByForgetting();
        new LoginPage(browser).open(base()).signIn(user, DEMO_PASSWORD);
        signedInAs = user;
    }

    /** Forgets the session (its cookie), as a closed browser does: the next page starts signed out. */
    void signOutByForgetting() {
        browser.forgetSession();
        signedInAs = null;
    }

    /** A second browser, in its own session, signed in as {@code user}; the caller closes it. */
    Browser browserSignedIn(String user, String language) {
        Browser other = new Browser(language);
        try {
            new LoginPage(other).open(base()).signIn(user, DEMO_PASSWORD);
            return other;
        } catch (RuntimeException | Error e) {
            other.close();
            throw e;
        }
    }

    /** DemoData's periods: the usage half-year around today and the one after it (no plan yet). */
    record NextPeriod(String name, LocalDate usageStart, LocalDate usageEnd) {
        static NextPeriod of(LocalDate today) {
            LocalDate usageStart = today.getMonthValue() <= 6 ? today.withDayOfYear(1) : LocalDate.of(today.getYear(), 7, 1);
            LocalDate nextStart = usageStart.plusMonths(6);
            int fiscalYear = usageStart.getMonthValue() >= 7 ? usageStart.getYear() + 1 : usageStart.getYear();
            String name = (usageStart.getMonthValue() >= 7 ? "H1" : "H2") + " FY" + (fiscalYear % 100);
            return new NextPeriod(name, nextStart, nextStart.plusMonths(6).minusDays(1));
        }
    }
}
