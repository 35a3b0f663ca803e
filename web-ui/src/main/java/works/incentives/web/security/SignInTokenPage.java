package works.incentives.web.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.WrappedSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Puts the session's {@link SignInToken} into every bootstrap page as
 * {@code <meta name="sign-in-token">}, so that scripts and plain HTTP clients sign in the way the
 * login view's form does (read the page, post with the token). Only pages of this origin can
 * read it; a page elsewhere cannot.
 */
@ApplicationScoped
public class SignInTokenPage {

    static final String META_NAME = "sign-in-token";

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            WrappedSession session = page.getVaadinRequest().getWrappedSession();
            page.getDocument().head().appendElement("meta").attr("name", META_NAME)
                    .attr("content", SignInToken.of(session::getAttribute, session::setAttribute));
        });
    }
}
