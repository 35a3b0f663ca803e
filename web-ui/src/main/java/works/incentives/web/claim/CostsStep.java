package works.incentives.web.claim;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import works.incentives.web.component.DateField;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimCommands.InvoiceData;
import works.incentives.domain.claim.ClaimCommands.SelfCertificationData;
import works.incentives.domain.shared.Problem;
import works.incentives.web.component.wizard.WizardStep;
import works.incentives.web.guidance.GuidanceLink;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * Step 3: the cost proof. Work bought from a third party is proven by its invoice; in-house work
 * by a self-certification whose answers become a printable report stored with the claim. A claim
 * has one or the other, so choosing one replaces the other when saved.
 */
public class CostsStep extends WizardStep implements LocaleChangeObserver {

    /** The two ways to prove costs. */
    public enum Mode { INVOICE, SELF_CERTIFICATION }

    static final List<String> QUESTION_KEYS = List.of("claim.costs.q.work", "claim.costs.q.people", "claim.costs.q.cost");

    final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    final Div invoiceForm = new Div();
    final TextField invoiceNumber = new TextField();
    final TextField vendor = new TextField();
    final DatePicker invoiceDate = new DateField();
    final BigDecimalField invoiceAmount = new BigDecimalField();
    final TextField currency = new TextField();
    final Paragraph invoiceFileHint = new Paragraph();
    final Div selfForm = new Div();
    final List<TextArea> answers = List.of(new TextArea(), new TextArea(), new TextArea());
    final TextField certifiedBy = new TextField();
    final DatePicker certifiedOn = new DateField();
    final Anchor printable = new Anchor();
    final Div problems = new Div();
    private ClaimView claim;

    public CostsStep() {
        super(ClaimSteps.COSTS, "claim.step.");
        mode.setId("claim-costs-mode");
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("claim.costs.mode." + m.name()));
        mode.addValueChangeListener(e -> showForm());
        invoiceNumber.setId("invoice-number");
        invoiceNumber.setMaxLength(100);
        vendor.setId("invoice-vendor");
        vendor.setMaxLength(200);
        invoiceDate.setId("invoice-date");
        invoiceAmount.setId("invoice-amount");
        currency.setId("invoice-currency");
        currency.setMaxLength(3);
        currency.setPattern("[A-Za-z]{3}");
        invoiceForm.setId("claim-invoice-form");
        invoiceForm.addClassName("claim-form");
        invoiceFileHint.setId("invoice-file-hint");
        invoiceForm.add(invoiceNumber, vendor, invoiceDate, invoiceAmount, currency, invoiceFileHint);
        for (int i = 0; i < answers.size(); i++) {
            answers.get(i).setId("self-answer-" + i);
            answers.get(i).setWidthFull();
            answers.get(i).setMaxLength(1200);
            selfForm.add(answers.get(i));
        }
        certifiedBy.setId("self-certified-by");
        certifiedOn.setId("self-certified-on");
        printable.setId("self-certification-print");
        printable.setTarget(AnchorTarget.BLANK);
        selfForm.setId("claim-self-form");
        selfForm.addClassName("claim-form");
        selfForm.add(certifiedBy, certifiedOn, printable);
        problems.setId("claim-costs-problems");
        problems.addClassName("claim-problems-inline");
        add(mode, problems, invoiceForm, selfForm);
    }

    public void show(ClaimView shown, String userName, LocalDate today, List<Problem> found) {
        this.claim = shown;
        InvoiceData invoice = shown.invoice();
        SelfCertificationData self = shown.selfCertification();
        invoiceNumber.setValue(invoice == null || invoice.number() == null ? "" : invoice.number());
        vendor.setValue(invoice == null || invoice.vendor() == null ? "" : invoice.vendor());
        invoiceDate.setValue(invoice == null ? null : invoice.date());
        invoiceAmount.setValue(invoice == null ? null : invoice.amount());
        currency.setValue(invoice == null || invoice.currencyCode() == null ? shown.currencyCode() : invoice.currencyCode());
        List<String> stored = SelfCertificationText.answers(self == null ? null : self.answers(), answers.size());
        for (int i = 0; i < answers.size(); i++) {
            answers.get(i).setValue(stored.get(i));
        }
        certifiedBy.setValue(self == null || self.certifiedBy() == null ? userName : self.certifiedBy());
        certifiedOn.setValue(self == null || self.certifiedOn() == null ? today : self.certifiedOn());
        printable.setHref("claims/" + shown.id() + "/self-certification");
        printable.setVisible(self != null);
        mode.setValue(self != null ? Mode.SELF_CERTIFICATION : Mode.INVOICE);
        problems.removeAll();
        found.stream().filter(p -> ClaimSteps.COSTS.equals(ClaimSteps.stepOf(p)))
                .forEach(p -> problems.add(ClaimProblemText.of(this, p)));
        showLabels();
        showForm();
    }

    private void showForm() {
        invoiceForm.setVisible(mode.getValue() != Mode.SELF_CERTIFICATION);
        selfForm.setVisible(mode.getValue() == Mode.SELF_CERTIFICATION);
    }

    @Override
    public boolean commit() {
        if (mode.getValue() == Mode.INVOICE && !currency.getValue().isBlank()) {
            try {
                Currency.getInstance(currency.getValue().strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException notIso) {
                currency.setErrorMessage(getTranslation("claim.costs.currency.invalid"));
                currency.setInvalid(true);
                return false;
            }
        }
        currency.setInvalid(false);
        return true;
    }

    @Override
    public void discard() {
        if (claim != null) {
            show(claim, certifiedBy.getValue(), certifiedOn.getValue(), List.of());
        }
    }

    /** What to save: the invoice, when that is the chosen proof and anything of it was entered; else null. */
    public InvoiceData invoice() {
        if (mode.getValue() != Mode.INVOICE || (invoiceNumber.isEmpty() && vendor.isEmpty()
                && invoiceDate.isEmpty() && invoiceAmount.isEmpty())) {
            return null;
        }
        return new InvoiceData(blankToNull(invoiceNumber.getValue()), blankToNull(vendor.getValue()),
                invoiceDate.getValue(), invoiceAmount.getValue(),
                currency.getValue().isBlank() ? null : currency.getValue().strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** What to save: the self-certification, when that is the chosen proof and anything was answered; else null. */
    public SelfCertificationData selfCertification() {
        if (mode.getValue() != Mode.SELF_CERTIFICATION || answers.stream().allMatch(a -> a.getValue().isBlank())) {
            return null;
        }
        List<String> questions = QUESTION_KEYS.stream().map(this::getTranslation).toList();
        return new SelfCertificationData(SelfCertificationText.compose(questions,
                answers.stream().map(TextArea::getValue).toList()), blankToNull(certifiedBy.getValue()), certifiedOn.getValue());
    }

    /** The server refused the invoice or certification: say why above the form. */
    public void refuse(String message) {
        problems.removeAll();
        problems.add(ClaimProblemText.line(message, "invoice"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void showLabels() {
        mode.setLabel(getTranslation("claim.costs.mode"));
        invoiceNumber.setLabel(getTranslation("claim.costs.invoice.number"));
        invoiceNumber.setHelperText(getTranslation("claim.costs.invoice.number.helper"));
        vendor.setLabel(getTranslation("claim.costs.invoice.vendor"));
        invoiceDate.setLabel(getTranslation("claim.costs.invoice.date"));
        invoiceAmount.setLabel(getTranslation("claim.costs.invoice.amount"));
        invoiceAmount.setHelperText(getTranslation("claim.costs.invoice.amount.helper"));
        currency.setLabel(getTranslation("claim.costs.invoice.currency"));
        invoiceFileHint.setText(getTranslation("claim.costs.invoice.fileHint"));
        for (int i = 0; i < answers.size(); i++) {
            answers.get(i).setLabel(getTranslation(QUESTION_KEYS.get(i)));
        }
        certifiedBy.setLabel(getTranslation("claim.costs.self.certifiedBy"));
        certifiedOn.setLabel(getTranslation("claim.costs.self.certifiedOn"));
        printable.setText(getTranslation("claim.costs.self.print"));
        Mode chosen = mode.getValue();
        mode.getDataProvider().refreshAll();
        mode.setValue(chosen);
    }

    @Override
    public void focus(String concerns) {
        if (mode.getValue() == Mode.SELF_CERTIFICATION) {
            answers.get(0).focus();
        } else {
            invoiceNumber.focus();
        }
    }

    @Override
    public List<GuidanceLink> guidance() {
        return List.of(ClaimGuidance.COSTS, ClaimGuidance.WHY_REJECTED);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        showLabels();
    }
}
