package works.incentives.web.admin;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import works.incentives.domain.program.Program;
import works.incentives.domain.program.ProgramCommands.CreateProgram;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.stream.Stream;

/**
 * The fields of a new program with the real programs' deadline rules filled in (45, 90, 10,
 * 30 days), so an admin only changes what differs. Fires {@link SaveEvent} with a valid command;
 * the view owns the service call. Fields are package-private so unit tests can fill them.
 */
class ProgramForm extends FormLayout {

    final TextField name = new TextField();
    final IntegerField programYear = new IntegerField();
    final ComboBox<String> currency = new ComboBox<>();
    final Checkbox preApproval = new Checkbox();
    final IntegerField claimDeadlineDays = days(Program.DEFAULT_CLAIM_DEADLINE_DAYS);
    final IntegerField planResubmissionDays = days(Program.DEFAULT_PLAN_RESUBMISSION_DAYS);
    final IntegerField answerBusinessDays = days(Program.DEFAULT_ANSWER_BUSINESS_DAYS);
    final IntegerField disputeWindowDays = days(Program.DEFAULT_DISPUTE_WINDOW_DAYS);
    final BigDecimalField rebateThreshold = new BigDecimalField();

    ProgramForm() {
        AdminFields.labelled(name, "program-name", "admin.program.name");
        name.setRequired(true);
        name.setMaxLength(200);
        AdminFields.labelled(programYear, "program-year", "admin.program.year");
        programYear.setMin(2000);
        programYear.setMax(2100);
        programYear.setStepButtonsVisible(true);
        programYear.setValueChangeMode(ValueChangeMode.EAGER);
        programYear.addValueChangeListener(e -> showYearHelp());
        programYear.setValue(LocalDate.now().getMonthValue() >= 7 ? LocalDate.now().getYear() + 1 : LocalDate.now().getYear());
        showYearHelp();
        AdminFields.labelled(currency, "program-currency", "admin.program.currency");
        currency.setItems(Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList());
        currency.setValue("USD");
        AdminFields.labelled(preApproval, "program-pre-approval", "admin.program.preApproval");
        preApproval.setValue(true);
        AdminFields.labelled(claimDeadlineDays, "program-claim-deadline-days", "admin.program.claimDeadlineDays");
        AdminFields.labelled(planResubmissionDays, "program-plan-resubmission-days", "admin.program.planResubmissionDays");
        AdminFields.labelled(answerBusinessDays, "program-answer-business-days", "admin.program.answerBusinessDays");
        AdminFields.labelled(disputeWindowDays, "program-dispute-window-days", "admin.program.disputeWindowDays");
        AdminFields.labelled(rebateThreshold, "program-rebate-threshold", "admin.program.rebateThreshold");
        rebateThreshold.setHelperText(getTranslation("admin.program.rebateThreshold.help"));
        rebateThreshold.setValue(BigDecimal.ZERO);
        add(name, programYear, currency, preApproval, claimDeadlineDays, planResubmissionDays, answerBusinessDays,
                disputeWindowDays, rebateThreshold);
        setColspan(name, 2);
    }

    /** The fiscal year of the year typed, as the program will have it (1 July to 30 June); the general rule while none is. */
    void showYearHelp() {
        Integer year = programYear.getValue();
        if (year == null || year < 2000 || year > 2100) {
            programYear.setHelperText(getTranslation("admin.program.year.help"));
            return;
        }
        programYear.setHelperText(getTranslation("admin.program.year.helpFor", String.format("%02d", year % 100),
                AdminFormat.date(LocalDate.of(year - 1, 7, 1), getLocale()),
                AdminFormat.date(LocalDate.of(year, 6, 30), getLocale())));
    }

    /** Fills the form with a program to edit; its year and currency stay (funds are counted in them). */
    void edit(works.incentives.domain.program.ProgramCommands.ProgramView program) {
        name.setValue(program.name());
        programYear.setValue(program.programYear());
        programYear.setReadOnly(true);
        currency.setValue(program.currencyCode());
        currency.setReadOnly(true);
        preApproval.setValue(program.planPreApprovalRequired());
        claimDeadlineDays.setValue(program.claimDeadlineDays());
        planResubmissionDays.setValue(program.planResubmissionDays());
        answerBusinessDays.setValue(program.answerBusinessDays());
        disputeWindowDays.setValue(program.disputeWindowDays());
        rebateThreshold.setValue(program.rebateThreshold());
    }

    private static IntegerField days(int defaultValue) {
        IntegerField field = new IntegerField();
        field.setMin(1);
        field.setMax(3650);
        field.setValue(defaultValue);
        field.setStepButtonsVisible(true);
        return field;
    }

    /** Marks what is missing or out of range and fires {@link SaveEvent} only when all is well. */
    void save() {
        boolean ok = require(!name.isEmpty() && !name.getValue().isBlank(), name);
        ok &= require(programYear.getValue() != null && programYear.getValue() >= 2000
                && programYear.getValue() <= 2100, programYear);
        ok &= require(!currency.isEmpty(), currency);
        for (IntegerField days : Stream.of(claimDeadlineDays, planResubmissionDays, answerBusinessDays,
                disputeWindowDays).toList()) {
            ok &= require(days.getValue() != null && days.getValue() >= 1, days);
        }
        ok &= require(rebateThreshold.getValue() == null || rebateThreshold.getValue().signum() >= 0, rebateThreshold);
        if (ok) {
            fireEvent(new SaveEvent(this, new CreateProgram(name.getValue().strip(), programYear.getValue(),
                    currency.getValue(), preApproval.getValue(), claimDeadlineDays.getValue(),
                    planResubmissionDays.getValue(), answerBusinessDays.getValue(), disputeWindowDays.getValue(),
                    rebateThreshold.getValue(), null)));
        }
    }

    private boolean require(boolean valid, com.vaadin.flow.component.HasValidation field) {
        field.setInvalid(!valid);
        field.setErrorMessage(valid ? null : getTranslation("admin.validation.invalid"));
        return valid;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** A complete, checked program command. */
    static final class SaveEvent extends ComponentEvent<ProgramForm> {
        private final CreateProgram command;

        SaveEvent(ProgramForm source, CreateProgram command) {
            super(source, false);
            this.command = command;
        }

        CreateProgram command() {
            return command;
        }
    }
}
