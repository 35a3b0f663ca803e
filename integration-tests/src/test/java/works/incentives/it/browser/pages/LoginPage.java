package works.incentives.it.browser.pages;

import org.openqa.selenium.By;
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
        return waitUntilShown();
    }

    public LoginPage waitUntilShown() {
        browser.find(FORM);
        return this;
    }

    /** Signs in and waits for the page the application answers with (where the user goes, or the form again). */
    public void signIn(String userName, String password) {
        fill(USER, userName);
        fill(PASSWORD, password);
        browser.clickToNewPage(SUBMIT);
    }

    /** The form posts natively: nothing goes to the server before the submit. */
    private void fill(By input, String text) {
        var field = browser.find(input);
        field.clear();
        field.sendKeys(text);
    }

    public String errorText() {
        return browser.find(By.cssSelector("#login-form [part='error-message'], #login-form vaadin-login-form-wrapper"))
                .getText();
    }

    public boolean isShown() {
        return !browser.findAll(FORM).isEmpty();
    }
}
