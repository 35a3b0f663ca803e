package works.incentives.it.browser;

import org.junit.jupiter.api.Test;
import works.incentives.it.browser.pages.HomePage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The home view in a real Chromium: the demo program is listed; the language switch works. */
class HomeBrowserIT extends BrowserTestBase {

    @Test
    void homeListsTheDemoProgramAndSwitchesToTraditionalChinese() {
        signIn("ann");
        HomePage home = new HomePage(browser).open(base());
        assertEquals("Co-op programs", home.heading());
        assertEquals("Incentives Workbench", home.appTitle());
        assertEquals("600", home.appTitleFontWeight(), "styles/app.css is not applied");
        assertTrue(home.programGridTexts().stream().anyMatch(t -> t.startsWith("Cloud Solution Provider co-op FY")),
                () -> "demo program not listed: " + home.programGridTexts());
        browser.screenshot("home-en");

        home.switchLanguage("繁體中文").waitForHeading("共同行銷方案");
        assertEquals("獎勵工作台", home.appTitle());
        assertTrue(home.navigationText().contains("首頁"), home.navigationText());
        assertTrue(home.programGridTexts().contains("方案年度"), () -> "grid headers not translated: "
                + home.programGridTexts());
        browser.screenshot("home-zh-TW");

        // the choice survives navigation: a fresh load in the same session stays Chinese
        home.open(base());
        assertEquals("共同行銷方案", home.heading());
        signOutByForgetting(); // the session speaks Chinese now: no other test may inherit it
    }

    @Test
    void aChineseBrowserStartsInTraditionalChinese() {
        try (Browser chinese = browserSignedIn("alex", "zh-TW")) {
            assertEquals("共同行銷方案", new HomePage(chinese).open(base()).heading());
        }
    }
}
