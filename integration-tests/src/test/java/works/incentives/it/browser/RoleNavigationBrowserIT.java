package works.incentives.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import works.incentives.it.browser.pages.LoginPage;
import works.incentives.it.browser.pages.ShellPage;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each demo role signs in and sees its own navigation; a denied view stays denied by URL too. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleNavigationBrowserIT {

    @ArquillianResource
    URL base;

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser("en-US");
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    private ShellPage signInAs(String user) {
        browser.driver().manage().deleteAllCookies();
        new LoginPage(browser).open(base.toString()).signIn(user, HomeBrowserIT.DEMO_PASSWORD);
        return new ShellPage(browser);
    }

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(delimiter = ';', value = {
            "alex;Incentives user;Users",
            "ann;Incentives admin;",
            "rita;Reviewer;Users",
            "paul;Program admin;"})
    void eachRoleSeesItsNavigation(String user, String roleLabel, String hiddenEntry) {
        ShellPage shell = signInAs(user);
        assertTrue(shell.signedInUser().contains(roleLabel), shell.signedInUser());
        List<String> labels = shell.navigationLabels();
        assertTrue(labels.contains("Home"), labels::toString);
        if (hiddenEntry != null) {
            assertFalse(labels.contains(hiddenEntry), () -> user + " should not see " + hiddenEntry + ": " + labels);
        } else {
            assertTrue(labels.contains("Users"), () -> user + " should manage users: " + labels);
        }
    }

    @Test
    void aPartnerUserTypingTheUsersUrlDoesNotGetTheView() {
        ShellPage shell = signInAs("alex");
        shell.openRoute(base.toString(), "users");
        assertTrue(browser.findAll(org.openqa.selenium.By.id("users-grid")).isEmpty(), "alex sees the users view");
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndComeBackAfterwards() {
        browser.driver().manage().deleteAllCookies();
        browser.open(base.toString() + "users");
        LoginPage login = new LoginPage(browser).waitUntilShown();
        login.signIn("ann", HomeBrowserIT.DEMO_PASSWORD);
        browser.find(org.openqa.selenium.By.id("users-grid"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/users"), browser.driver().getCurrentUrl());
    }

    @Test
    void aWrongPasswordShowsAClearMessage() {
        browser.driver().manage().deleteAllCookies();
        LoginPage login = new LoginPage(browser).open(base.toString());
        login.signIn("ann", "not-the-password");
        assertTrue(browser.driver().getCurrentUrl().contains("error=invalid"));
        assertTrue(login.errorText().contains("user name or password is not right"), login.errorText());
    }

    @Test
    void signingOutEndsTheSession() {
        ShellPage shell = signInAs("rita");
        shell.signOut();
        new LoginPage(browser).waitUntilShown();
        browser.open(base.toString());
        assertTrue(new LoginPage(browser).waitUntilShown().isShown());
        assertEquals(1, browser.findAll(org.openqa.selenium.By.id("login-form")).size());
    }
}
