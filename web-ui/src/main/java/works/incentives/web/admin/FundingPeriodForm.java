package works.incentives.web.admin;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import works.incentives.domain.program.ProgramCommands.CreateFundingPeriod;
import works.incentives.domain.program.ProgramCommands.ProgramView;

import java.time.LocalDate;

/**
 * A funding period: earning window and the usage window after it. Picking the earning start of
 * an empty form fills in the real programs' half-years (earn six months, use the next six), and
 * the claim deadline the program's rule gives is shown as the admin types, so nobody computes
 * "usage end + 45 days" by hand. The server still checks the windows.
 */
class FundingPeriodForm extends FormLayout {

    final TextField name = new TextField();
    final DatePicker earningStart = new DatePicker();
    final DatePicker earningEnd = new DatePicker();
    final DatePicker usageStart = new DatePicker();
    final DatePicker usageEnd = new DatePicker();
    final Span claimDeadline = new Span();
    private final ProgramView program;

    FundingPeriodForm(ProgramView program) {
        this.program = program;
        name.setId("period-name");
        name.setLabel(getTranslation("admin.period.name"));
        name.setPlaceholder(getTranslation("admin.period.name.placeholder"));
        name.setMaxLength(100);
        name.setRequired(true);
        earningStart.setId("period-earning-start");
        earningStart.setLabel(getTranslation("admin.period.earningStart"));
        earningEnd.setId("period-earning-end");
        earningEnd.setLabel(getTranslation("admin.period.earningEnd"));
        usageStart.setId("period-usage-start");
        usageStart.setLabel(getTranslation("admin.period.usageStart"));
        usageEnd.setId("period-usage-end");
        usageEnd.setLabel(getTranslation("admin.period.usageEnd"));
        claimDeadline.setId("period-claim-deadline");
        earningStart.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && earningEnd.isEmpty() && usageStart.isEmpty()
                    && usageEnd.isEmpty()) {
                fillHalfYears(e.getValue());
            }
        });
        usageEnd.addValueChangeListener(e -> showDeadline());
        add(name, earningStart, earningEnd, usageStart, usageEnd, claimDeadline);
        setColspan(name, 2);
        setColspan(claimDeadline, 2);
        showDeadline();
    }

    void fillHalfYears(LocalDate start) {
        earningEnd.setValue(start.plusMonths(6).minusDays(1));
        usageStart.setValue(start.plusMonths(6));
        usageEnd.setValue(start.plusMonths(12).minusDays(1));
    }

    private void showDeadline() {
        claimDeadline.setText(usageEnd.isEmpty() ? getTranslation("admin.period.deadlineRule", program.claimDeadlineDays())
                : getTranslation("admin.period.deadlinePreview", AdminFormat.date(
                        usageEnd.getValue().plusDays(program.claimDeadlineDays()), getLocale()),
                        program.claimDeadlineDays()));
    }

    void save() {
        boolean ok = require(!name.isEmpty() && !name.getValue().isBlank(), name);
        for (DatePicker date : new DatePicker[] {earningStart, earningEnd, usageStart, usageEnd}) {
            ok &= require(!date.isEmpty(), date);
        }
        if (ok) {
            ok = require(!earningEnd.getValue().isBefore(earningStart.getValue()), earningEnd)
                    & require(usageStart.getValue().isAfter(earningEnd.getValue()), usageStart)
                    & require(!usageEnd.getValue().isBefore(usageStart.getValue()), usageEnd);
        }
        if (ok) {
            fireEvent(new SaveEvent(this, new CreateFundingPeriod(program.id(), name.getValue().strip(),
                    earningStart.getValue(), earningEnd.getValue(), usageStart.getValue(), usageEnd.getValue())));
        }
    }

    private boolean require(boolean valid, HasValidation field) {
        field.setInvalid(!valid);
        field.setErrorMessage(valid ? null : getTranslation(field == usageStart
                ? "admin.period.usageAfterEarning" : "admin.validation.invalid"));
        return valid;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<FundingPeriodForm> {
        private final CreateFundingPeriod command;

        SaveEvent(FundingPeriodForm source, CreateFundingPeriod command) {
            super(source, false);
            this.command = command;
        }

        CreateFundingPeriod command() {
            return command;
        }
    }
}
