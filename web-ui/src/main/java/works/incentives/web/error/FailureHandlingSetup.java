package works.incentives.web.error;

import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Every Vaadin session reports unexpected failures through {@link FailureErrorHandler}. */
@ApplicationScoped
public class FailureHandlingSetup {

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new FailureErrorHandler()));
    }
}
