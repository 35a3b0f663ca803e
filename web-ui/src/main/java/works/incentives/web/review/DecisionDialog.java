package works.incentives.web.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import works.incentives.web.component.DateField;
import works.incentives.domain.claim.RejectionReason;
import works.incentives.web.component.TextLimit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.function.Consumer;

/**
 * One dialog for every decision: the page says which fields the decision needs (comment, reason
 * code, concerned item, approved limit, payment reference and date) and gets a {@link Decision}.
 * Required fields are checked here only to spare a round trip; the services check them again.
 */
class DecisionDialog extends Dialog {

    final TextArea comment = new TextArea();
    final Select<RejectionReason> reason = new Select<>();
    final Select<String> target = new Select<>();
    final BigDecimalField limit = new BigDecimalField();
    final TextField reference = new TextField();
    final DatePicker paidOn = new DateField();
    final Button confirm = new Button();
    private final VerticalLayout fields = new VerticalLayout();
    private boolean commentRequired;

    DecisionDialog(String title, String confirmText) {
        setId("decision-dialog");
        setHeaderTitle(title);
        comment.setId("decision-comment");
        comment.setLabel(getTranslation("review.decision.comment"));
        comment.setWidthFull();
        TextLimit.comment(comment);
        reason.setId("decision-reason");
        reason.setLabel(getTranslation("review.decision.reason"));
        reason.setItems(Arrays.asList(RejectionReason.values()));
        reason.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        target.setId("decision-target");
        target.setLabel(getTranslation("review.decision.target"));
        target.setWidthFull();
        limit.setId("decision-limit");
        limit.setLabel(getTranslation("review.decision.limit"));
        limit.setHelperText(getTranslation("review.decision.limitHelp"));
        reference.setId("decision-reference");
        reference.setLabel(getTranslation("review.decision.reference"));
        reference.setMaxLength(works.incentives.domain.shared.FreeText.REFERENCE_MAX_LENGTH);
        paidOn.setId("decision-paid-on");
        paidOn.setLabel(getTranslation("review.decision.paidOn"));
        fields.setPadding(false);
        add(fields);

        confirm.setId("decision-confirm");
        confirm.setText(confirmText);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("review.decision.cancel"), e -> close());
        cancel.setId("decision-cancel");
        getFooter().add(cancel, confirm);
    }

    DecisionDialog note(String text) {
        Paragraph note = new Paragraph(text);
        note.setId("decision-note");
        fields.add(note);
        return this;
    }

    DecisionDialog withComment(boolean required) {
        commentRequired = required;
        comment.setRequiredIndicatorVisible(required);
        fields.add(comment);
        return this;
    }

    DecisionDialog withReason() {
        reason.setRequiredIndicatorVisible(true);
        reason.setValue(RejectionReason.OTHER);
        fields.addComponentAsFirst(reason);
        return this;
    }

    /** @param targets the items the comment may be pinned to, in order: value (service form) to label */
    DecisionDialog withTarget(LinkedHashMap<String, String> targets) {
        target.setItems(targets.keySet());
        target.setItemLabelGenerator(targets::get);
        target.setValue(targets.keySet().iterator().next());
        fields.add(target);
        return this;
    }

    DecisionDialog withLimit() {
        fields.add(limit);
        return this;
    }

    DecisionDialog withPayment(LocalDate today) {
        reference.setRequiredIndicatorVisible(true);
        paidOn.setRequiredIndicatorVisible(true);
        paidOn.setValue(today);
        fields.add(reference, paidOn);
        return this;
    }

    DecisionDialog onConfirm(Consumer<Decision> decided) {
        confirm.addClickListener(e -> {
            if (commentRequired && comment.getValue().isBlank()) {
                comment.setInvalid(true);
                comment.setErrorMessage(getTranslation("review.decision.commentRequired"));
                return;
            }
            if (reference.isRequiredIndicatorVisible() && (reference.getValue().isBlank() || paidOn.getValue() == null)) {
                reference.setInvalid(reference.getValue().isBlank());
                reference.setErrorMessage(getTranslation("review.decision.paymentRequired"));
                return;
            }
            close();
            decided.accept(new Decision(blankToNull(comment.getValue()), reason.getValue(), target.getValue(),
                    limit.getValue(), blankToNull(reference.getValue()), paidOn.getValue()));
        });
        return this;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
