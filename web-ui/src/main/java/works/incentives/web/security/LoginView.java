package works.incentives.web.security;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import works.incentives.web.component.ComponentTexts;
import works.incentives.web.demo.DemoAccounts;
import works.incentives.web.layout.LanguageSwitch;

import java.util.List;

/**
 * The sign-in page. The form posts to {@code j_security_check?token=...} ({@link SignInFilter};
 * the session's {@link SignInToken} against login CSRF), which comes back here with
 * {@code ?error=invalid|locked|expired} when sign-in fails.
 */
@Route("login")
@StyleSheet("context://styles/app.css")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    final LoginForm form = new LoginForm();
    private final H1 product = new H1();
    private final Div demo = new Div();
    private final DemoAccounts demoAccounts;
    private String error;

    @Inject
    public LoginView(DemoAccounts demoAccounts) {
        this.demoAccounts = demoAccounts;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        product.addClassName("login-product");
        form.setId("login-form");
        WrappedSession session = VaadinSession.getCurrent().getSession();
        form.setAction("j_security_check?" + SignInToken.PARAMETER + "="
                + SignInToken.of(session::getAttribute, session::setAttribute));
        form.setForgotPasswordButtonVisible(false);
        demo.setId("demo-accounts");
        demo.addClassName("demo-accounts");
        add(new LanguageSwitch(), product, form, demo);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> errors = event.getLocation().getQueryParameters().getParameters().get("error");
        error = errors == null || errors.isEmpty() ? null : errors.get(0);
        applyTexts();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        applyTexts();
    }

    private void applyTexts() {
        product.setText(getTranslation("app.name"));
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.userName"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        String reason = switch (error == null ? "" : error) {
            case "locked" -> "login.error.locked";
            case "expired" -> "login.error.expired";
            default -> "login.error.invalid";
        };
        i18n.getErrorMessage().setMessage(getTranslation(reason));
        i18n.getErrorMessage().setUsername(getTranslation("login.required.userName"));
        i18n.getErrorMessage().setPassword(getTranslation("login.required.password"));
        form.setI18n(i18n);
        ComponentTexts.passwordReveal(form);
        form.setError(error != null);
        showDemoAccounts();
    }

    private void showDemoAccounts() {
        demo.removeAll();
        if (!demoAccounts.enabled()) {
            demo.setVisible(false);
            return;
        }
        demo.add(new H2(getTranslation("login.demo.title")),
                new Paragraph(getTranslation("login.demo.password", DemoAccounts.PASSWORD)));
        for (DemoAccounts.Account account : demoAccounts.accounts()) {
            String role = getTranslation("role." + account.role().name());
            demo.add(new Paragraph(account.partnerName() == null
                    ? getTranslation("login.demo.account", account.userName(), role)
                    : getTranslation("login.demo.accountOfPartner", account.userName(), role, account.partnerName())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}
