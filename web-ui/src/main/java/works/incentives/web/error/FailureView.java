package works.incentives.web.error;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import works.incentives.domain.shared.DatabaseOutage;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The page shown when opening a view fails: with the database unreachable, "please try again
 * shortly" with a button that opens the same address again (HTTP 503); for anything else a
 * neutral sentence (HTTP 500). No exception class, message or stack trace reaches the page. It has
 * no layout, because the layout itself may need the database. More specific error views (route
 * not found, access denied) keep handling their own exceptions.
 */
@AnonymousAllowed
public class FailureView extends Div implements HasErrorParameter<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(FailureView.class.getName());

    final H1 title = new H1();
    final Paragraph text = new Paragraph();
    final Button retry = new Button();
    private String path = "";

    public FailureView() {
        setId("failure-view");
        getStyle().set("padding", "var(--lumo-space-l)");
        text.setId("failure-text");
        retry.setId("failure-retry");
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        retry.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().setLocation(
                path.isEmpty() ? "./" : path)));
        add(title, text, retry);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RuntimeException> parameter) {
        RuntimeException failure = parameter.getException();
        boolean outage = DatabaseOutage.causedBy(failure);
        if (outage) {
            LOG.warning(() -> "Database unavailable while opening " + event.getLocation().getPath() + ": " + failure);
        } else {
            LOG.log(Level.SEVERE, "Opening " + event.getLocation().getPath() + " failed", failure);
        }
        title.setText(getTranslation(outage ? "error.outage.title" : "error.failure.title"));
        text.setText(getTranslation(FailureText.key(failure)));
        retry.setText(getTranslation("error.outage.retry"));
        path = event.getLocation().getPathWithQueryParameters();
        return outage ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
