package works.incentives.it.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import works.incentives.it.browser.pages.LoginPage;
import works.incentives.it.browser.pages.ShellPage;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each demo role signs in and sees its own navigation; a denied view stays denied by URL too. */
class RoleNavigationBrowserIT extends BrowserTestBase {

    /** The shell of the page a user lands on (home, when the session was already theirs). */
    private ShellPage signInAs(String user) {
        ShellPage shell = new ShellPage(browser);
        if (!signIn(user)) {
            shell.openRoute(base(), "");
        }
        return shell;
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
        shell.openRoute(base(), "users");
        assertTrue(browser.findAll(By.id("users-grid")).isEmpty(), "alex sees the users view");
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndComeBackAfterwards() {
        signOutByForgetting();
        browser.open(base() + "users");
        LoginPage login = new LoginPage(browser).waitUntilShown();
        login.signIn("ann", DEMO_PASSWORD);
        browser.find(By.id("users-grid"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/users"), browser.driver().getCurrentUrl());
    }

    @Test
    void aWrongPasswordShowsAClearMessage() {
        signOutByForgetting();
        LoginPage login = new LoginPage(browser).open(base());
        login.signIn("ann", "not-the-password");
        assertTrue(browser.driver().getCurrentUrl().contains("error=invalid"));
        assertTrue(login.errorText().contains("user name or password is not right"), login.errorText());
    }

    @Test
    void signingOutEndsTheSession() {
        ShellPage shell = signInAs("rita");
        shell.signOut();
        signOutByForgetting(); // (nobody is signed in now, for the next test's sign-in)
        new LoginPage(browser).waitUntilShown();
        browser.open(base());
        assertTrue(new LoginPage(browser).waitUntilShown().isShown());
        assertEquals(1, browser.findAll(By.id("login-form")).size());
    }
}
