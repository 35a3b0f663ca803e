package works.incentives.web.claim;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.web.component.TextLimit;
import works.incentives.web.plan.Formats;

import java.time.LocalDate;
import java.util.function.Consumer;

/** Disputing a rejection within the program's window: until when, and the partner admin's reason. */
class ClaimDisputeForm extends Div {

    final Paragraph disputeUntil = new Paragraph();
    final TextArea disputeText = new TextArea();
    final Button dispute = new Button(VaadinIcon.GAVEL.create());

    /** @param send sends the reason, never blank */
    ClaimDisputeForm(Consumer<String> send) {
        addClassName("claim-dispute-form");
        disputeUntil.setId("claim-dispute-until");
        disputeText.setId("claim-dispute-text");
        disputeText.setWidthFull();
        TextLimit.comment(disputeText);
        dispute.setId("claim-dispute");
        dispute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dispute.addClickListener(e -> {
            if (disputeText.getValue().isBlank()) {
                disputeText.setErrorMessage(getTranslation("claim.page.dispute.required"));
                disputeText.setInvalid(true);
                return;
            }
            send.accept(disputeText.getValue().strip());
        });
        add(disputeUntil, disputeText, dispute);
    }

    /** @param disputeBy the last day to dispute a rejection, or null when unknown */
    void show(ClaimView claim, LocalDate disputeBy, LocalDate today, boolean admin) {
        ClaimStatus s = claim.status();
        boolean disputeOpen = s == ClaimStatus.REJECTED && (disputeBy == null || !today.isAfter(disputeBy));
        disputeUntil.setVisible(s == ClaimStatus.REJECTED && disputeBy != null);
        if (disputeBy != null) {
            disputeUntil.setText(getTranslation(disputeOpen ? "claim.page.disputeUntil" : "claim.page.disputeClosed",
                    Formats.date(disputeBy, getLocale()), ClaimDeadlines.daysLeft(this, today, disputeBy)));
        }
        disputeText.setLabel(getTranslation("claim.page.dispute.label"));
        disputeText.setHelperText(getTranslation("claim.page.dispute.helper"));
        disputeText.setVisible(disputeOpen && admin);
        dispute.setText(getTranslation("claim.page.dispute"));
        dispute.setVisible(disputeOpen && admin);
    }

    void clear() {
        disputeText.clear();
    }
}
