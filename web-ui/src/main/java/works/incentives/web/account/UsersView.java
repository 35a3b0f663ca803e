package works.incentives.web.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import works.incentives.domain.account.AccountService;
import works.incentives.domain.account.Invitation;
import works.incentives.domain.account.UserSummary;
import works.incentives.domain.shared.Role;
import works.incentives.web.component.Feedback;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.security.Roles;

import java.util.Arrays;
import java.util.List;

/**
 * The users an admin manages: a partner's incentives admin sees their colleagues, a program
 * admin the vendor-side users. Invite, change role, deactivate, reactivate, reset a password.
 */
@Route(value = "users", layout = MainLayout.class)
@RolesAllowed({Roles.INCENTIVES_ADMIN, Roles.PROGRAM_ADMIN})
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<UserSummary> users = new Grid<>();
    final Button invite = new Button();
    private final AccountService accounts;
    private final List<Role> assignable;

    @Inject
    public UsersView(AccountService accounts) {
        this.accounts = accounts;
        UserSummary me = accounts.me();
        this.assignable = Arrays.stream(Role.values())
                .filter(r -> r.isPartnerSide() == me.role().isPartnerSide()).toList();

        users.setId("users-grid");
        users.addColumn(UserSummary::displayName).setHeader(getTranslation("users.name")).setSortable(true).setFlexGrow(2);
        users.addColumn(UserSummary::userName).setHeader(getTranslation("users.userName")).setSortable(true);
        users.addColumn(new ComponentRenderer<>(this::roleSelect)).setHeader(getTranslation("users.role")).setFlexGrow(2);
        users.addColumn(this::status).setHeader(getTranslation("users.status")).setSortable(true);
        users.addColumn(new ComponentRenderer<>(this::actions)).setHeader(getTranslation("users.actions")).setFlexGrow(2);
        users.setAllRowsVisible(true);

        invite.setId("invite-user");
        invite.setText(getTranslation("users.invite"));
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(e -> new InviteDialog(assignable, this::invited, accounts).open());

        add(new H1(getTranslation("users.title")), invite, users);
        refresh();
    }

    private void refresh() {
        users.setItems(accounts.listManagedUsers());
    }

    private void invited(Invitation invitation) {
        refresh();
        new TemporaryPasswordDialog(invitation).open();
    }

    private String status(UserSummary user) {
        if (!user.active()) {
            return getTranslation("users.status.deactivated");
        }
        if (user.locked()) {
            return getTranslation("users.status.locked");
        }
        return getTranslation(user.mustChangePassword() ? "users.status.invited" : "users.status.active");
    }

    private Select<Role> roleSelect(UserSummary user) {
        Select<Role> role = new Select<>();
        role.setItems(assignable);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(user.role());
        role.setAriaLabel(getTranslation("users.role"));
        role.addValueChangeListener(e -> {
            if (e.isFromClient() && Feedback.attempt(this,
                    () -> accounts.changeRole(user.id(), user.version(), e.getValue())) != null) {
                Feedback.success(getTranslation("users.roleChanged", user.displayName()));
            }
            refresh();
        });
        return role;
    }

    private HorizontalLayout actions(UserSummary user) {
        Button toggle = new Button(getTranslation(user.active() ? "users.deactivate" : "users.reactivate"));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, user.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        toggle.addClickListener(e -> {
            Feedback.attempt(this, () -> user.active()
                    ? accounts.deactivate(user.id(), user.version())
                    : accounts.reactivate(user.id(), user.version()));
            refresh();
        });
        Button reset = new Button(getTranslation("users.resetPassword"));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.addClickListener(e -> {
            Invitation reissued = Feedback.attempt(this, () -> accounts.resetPassword(user.id(), user.version()));
            refresh();
            if (reissued != null) {
                new TemporaryPasswordDialog(reissued).open();
            }
        });
        return new HorizontalLayout(toggle, reset);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " | " + getTranslation("app.name");
    }
}
