package works.incentives.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import works.incentives.it.browser.Browser;

/** The sign-in view: Vaadin's login form posting to j_security_check. */
public class LoginPage {

    private static final By FORM = By.id("login-form");
    private static final By USER = By.cssSelector("#login-form input[name='username']");
    private static final By PASSWORD = By.cssSelector("#login-form input[name='password']");
    private static final By SUBMIT = By.cssSelector("#login-form vaadin-button[slot='submit'], #login-form vaadin-button");

    private final Browser browser;

    public LoginPage(Browser browser) {
        this.browser = browser;
    }

    public LoginPage open(String baseUrl) {
        browser.open(baseUrl + "login");
        browser.find(FORM);
        return this;
    }

    public LoginPage waitUntilShown() {
        browser.find(FORM);
        return this;
    }

    /** Signs in and waits for the page the application sends the user to. */
    public void signIn(String userName, String password) {
        WebElement user = browser.find(USER);
        user.clear();
        user.sendKeys(userName);
        WebElement secret = browser.find(PASSWORD);
        secret.clear();
        secret.sendKeys(password);
        browser.click(SUBMIT);
        browser.waitForVaadin();
    }

    public String errorText() {
        return browser.find(By.cssSelector("#login-form [part='error-message'], #login-form vaadin-login-form-wrapper"))
                .getText();
    }

    public boolean isShown() {
        return !browser.findAll(FORM).isEmpty();
    }
}
