package works.incentives.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import works.incentives.it.browser.pages.HomePage;
import works.incentives.it.browser.pages.LoginPage;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The home view in a real Chromium: the demo program is listed; the language switch works. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomeBrowserIT {

    @ArquillianResource
    URL base;

    static final String DEMO_PASSWORD = "coop-demo-2027";

    private Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = new Browser("en-US");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void homeListsTheDemoProgramAndSwitchesToTraditionalChinese() {
        new LoginPage(browser).open(base.toString()).signIn("ann", DEMO_PASSWORD);
        HomePage home = new HomePage(browser).open(base.toString());
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
        home.open(base.toString());
        assertEquals("共同行銷方案", home.heading());
    }

    @Test
    void aChineseBrowserStartsInTraditionalChinese() {
        browser.close();
        browser = new Browser("zh-TW");
        new LoginPage(browser).open(base.toString()).signIn("alex", DEMO_PASSWORD);
        HomePage home = new HomePage(browser).open(base.toString());
        assertEquals("共同行銷方案", home.heading());
    }
}
