package works.incentives.web.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import works.incentives.web.component.ComponentTexts;
import works.incentives.domain.account.AccountService;
import works.incentives.domain.account.PasswordPolicy;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Rule;
import works.incentives.web.i18n.Messages;
import works.incentives.web.layout.MainLayout;

/**
 * Choose a new password: required of an invited user at first sign-in, open to everybody
 * otherwise. Each problem is shown next to the field it concerns.
 */
@Route(value = "change-password", layout = MainLayout.class)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField chosen = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Button save = new Button();
    private final AccountService accounts;

    @Inject
    public ChangePasswordView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("narrow-form");
        current.setId("current-password");
        chosen.setId("new-password");
        repeated.setId("repeat-password");
        save.setId("save-password");
        for (PasswordField field : new PasswordField[] {current, chosen, repeated}) {
            field.setWidthFull();
            field.setRequiredIndicatorVisible(true);
            ComponentTexts.passwordReveal(field);
        }
        current.setLabel(getTranslation("password.current"));
        chosen.setLabel(getTranslation("password.new"));
        chosen.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        repeated.setLabel(getTranslation("password.repeat"));
        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        boolean owed = Boolean.TRUE.equals(VaadinSession.getCurrent().getSession()
                .getAttribute(SignInFilter.MUST_CHANGE_PASSWORD));
        add(new H1(getTranslation("password.title")));
        if (owed) {
            Paragraph owedText = new Paragraph(getTranslation("password.owed"));
            owedText.setId("password-owed");
            add(owedText);
        }
        add(current, chosen, repeated, save);
    }

    void save() {
        for (PasswordField field : new PasswordField[] {current, chosen, repeated}) {
            field.setInvalid(false);
        }
        if (!chosen.getValue().equals(repeated.getValue())) {
            repeated.setErrorMessage(getTranslation("password.mismatch"));
            repeated.setInvalid(true);
            return;
        }
        try {
            accounts.changeOwnPassword(current.getValue().toCharArray(), chosen.getValue().toCharArray());
        } catch (DomainRuleViolation refused) {
            PasswordField field = refused.rule() == Rule.PASSWORD_CURRENT_WRONG ? current : chosen;
            field.setErrorMessage(Messages.of(this, refused));
            field.setInvalid(true);
            return;
        }
        VaadinSession.getCurrent().getSession().removeAttribute(SignInFilter.MUST_CHANGE_PASSWORD);
        Notification.show(getTranslation("password.changed"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " | " + getTranslation("app.name");
    }
}
