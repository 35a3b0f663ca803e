package works.incentives.web.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every view is denied unless it says who may see it ({@code @PermitAll}, {@code @RolesAllowed},
 * {@code @AnonymousAllowed}); anonymous users go to the login view and come back after signing
 * in. An invited user who still owes a password change sees nothing else.
 */
@ApplicationScoped
public class AccessControlSetup {

    void onServiceInit(@Observes ServiceInitEvent event) {
        NavigationAccessControl accessControl = new NavigationAccessControl();
        accessControl.setLoginView(LoginView.class);
        event.getSource().addUIInitListener(init -> {
            init.getUI().addBeforeEnterListener(accessControl);
            init.getUI().addBeforeEnterListener(AccessControlSetup::requirePasswordChange);
        });
    }

    private static void requirePasswordChange(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        boolean owed = session != null && session.getSession() != null
                && Boolean.TRUE.equals(session.getSession().getAttribute(SignInFilter.MUST_CHANGE_PASSWORD));
        Class<?> target = event.getNavigationTarget();
        if (owed && target != ChangePasswordView.class && target != LoginView.class) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
