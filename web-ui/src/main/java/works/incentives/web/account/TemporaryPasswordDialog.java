package works.incentives.web.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import works.incentives.domain.account.Invitation;

/** Shows a temporary password once; the user must replace it at first sign-in. */
class TemporaryPasswordDialog extends Dialog {

    TemporaryPasswordDialog(Invitation invitation) {
        setHeaderTitle(getTranslation("users.temporary.title"));
        Span password = new Span(invitation.temporaryPassword());
        password.setId("temporary-password");
        password.addClassName("temporary-password");
        add(new Paragraph(getTranslation("users.temporary.text", invitation.user().displayName(),
                invitation.user().userName())), password);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }
}
