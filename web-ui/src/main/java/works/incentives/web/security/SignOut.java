package works.incentives.web.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

/** Ends the session: the HTTP session is invalidated and the browser goes to the login view. */
public final class SignOut {

    private SignOut() {
    }

    public static void now() {
        UI ui = UI.getCurrent();
        String contextPath = VaadinRequest.getCurrent() == null ? "" : VaadinRequest.getCurrent().getContextPath();
        ui.getPage().setLocation(contextPath + "/login");
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
