package works.incentives.web.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import works.incentives.domain.account.AccountService;
import works.incentives.domain.account.InviteUser;
import works.incentives.domain.account.Invitation;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Role;
import works.incentives.domain.shared.Rule;
import works.incentives.web.i18n.Messages;

import java.util.List;
import java.util.function.Consumer;

/** Invite a colleague: user name, name and role; the server checks it all again. */
class InviteDialog extends Dialog {

    /** The form's values, bound field by field. */
    static final class Draft {
        String userName = "";
        String displayName = "";
        Role role;
    }

    final TextField userName = new TextField();
    final TextField displayName = new TextField();
    final Select<Role> role = new Select<>();
    private final Binder<Draft> binder = new Binder<>();

    InviteDialog(List<Role> assignable, Consumer<Invitation> invited, AccountService accounts) {
        setHeaderTitle(getTranslation("users.invite"));
        userName.setId("invite-user-name");
        userName.setLabel(getTranslation("users.userName"));
        boolean partnerSide = assignable.stream().allMatch(Role::isPartnerSide);
        userName.setHelperText(getTranslation(partnerSide ? "users.userName.helpSuffixed" : "users.userName.help"));
        displayName.setId("invite-display-name");
        displayName.setLabel(getTranslation("users.name"));
        role.setId("invite-role");
        role.setLabel(getTranslation("users.role"));
        role.setItems(assignable);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));

        binder.forField(userName).asRequired(getTranslation("validation.required"))
                .withValidator(v -> v.strip().matches("[A-Za-z0-9._@-]{3,60}"), getTranslation("rule.account.userNameInvalid"))
                .bind(d -> d.userName, (d, v) -> d.userName = v);
        binder.forField(displayName).asRequired(getTranslation("validation.required"))
                .bind(d -> d.displayName, (d, v) -> d.displayName = v);
        binder.forField(role).asRequired(getTranslation("validation.required"))
                .bind(d -> d.role, (d, v) -> d.role = v);
        Draft draft = new Draft();
        draft.role = assignable.get(0);
        binder.readBean(draft);

        Button send = new Button(getTranslation("users.invite.send"), e -> {
            Draft values = new Draft();
            if (!binder.writeBeanIfValid(values)) {
                return;
            }
            try {
                invited.accept(accounts.invite(new InviteUser(values.userName, values.displayName, values.role, null)));
                close();
            } catch (DomainRuleViolation refused) {
                TextField field = refused.rule() == Rule.ACCOUNT_DISPLAY_NAME_MISSING ? displayName : userName;
                field.setErrorMessage(Messages.of(this, refused));
                field.setInvalid(true);
            }
        });
        send.setId("invite-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        add(new FormLayout(userName, displayName, role));
        getFooter().add(cancel, send);
    }
}
