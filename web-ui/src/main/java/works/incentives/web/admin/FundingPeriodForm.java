package works.incentives.web.admin;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import works.incentives.web.component.DateField;
import works.incentives.domain.program.ProgramCommands.CreateFundingPeriod;
import works.incentives.domain.program.ProgramCommands.FundingPeriodView;
import works.incentives.domain.program.ProgramCommands.ProgramView;
import works.incentives.domain.program.ProgramCommands.UpdateFundingPeriod;

import java.time.LocalDate;

/**
 * A funding period: earning window, the usage window after it, and the claim window in which
 * proofs of execution are accepted. Picking the earning start of an empty form fills in the real
 * programs' half-years (earn six months, use the next six); the claim window follows the program's
 * rule (opens with the usage period, closes the rule's days after it ends) until the admin sets
 * it, e.g. to a vendor's published dates. Opened on an existing period it edits it. The server
 * still checks every window.
 */
class FundingPeriodForm extends FormLayout {

    final TextField name = new TextField();
    final DatePicker earningStart = new DateField();
    final DatePicker earningEnd = new DateField();
    final DatePicker usageStart = new DateField();
    final DatePicker usageEnd = new DateField();
    final DatePicker claimOpens = new DateField();
    final DatePicker claimCloses = new DateField();
    final Span claimDeadline = new Span();
    private final ProgramView program;
    private final FundingPeriodView editing;
    private boolean windowSetByHand;

    FundingPeriodForm(ProgramView program) {
        this(program, null);
    }

    /** {@code editing}: the period to correct, or null for a new one. */
    FundingPeriodForm(ProgramView program, FundingPeriodView editing) {
        this.program = program;
        this.editing = editing;
        AdminFields.labelled(name, "period-name", "admin.period.name");
        name.setPlaceholder(getTranslation("admin.period.name.placeholder"));
        name.setMaxLength(100);
        name.setRequired(true);
        AdminFields.labelled(earningStart, "period-earning-start", "admin.period.earningStart");
        AdminFields.labelled(earningEnd, "period-earning-end", "admin.period.earningEnd");
        AdminFields.labelled(usageStart, "period-usage-start", "admin.period.usageStart");
        AdminFields.labelled(usageEnd, "period-usage-end", "admin.period.usageEnd");
        AdminFields.labelled(claimOpens, "period-claim-opens", "admin.period.claimOpens");
        AdminFields.labelled(claimCloses, "period-claim-closes", "admin.period.claimCloses");
        claimCloses.setHelperText(getTranslation("admin.period.claimWindow.helper"));
        claimDeadline.setId("period-claim-deadline");
        earningStart.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && earningEnd.isEmpty() && usageStart.isEmpty()
                    && usageEnd.isEmpty()) {
                fillHalfYears(e.getValue());
            }
        });
        usageStart.addValueChangeListener(e -> followRule());
        usageEnd.addValueChangeListener(e -> followRule());
        claimOpens.addValueChangeListener(e -> windowSetByHand |= e.isFromClient());
        claimCloses.addValueChangeListener(e -> windowSetByHand |= e.isFromClient());
        add(name, earningStart, earningEnd, usageStart, usageEnd, claimOpens, claimCloses, claimDeadline);
        setColspan(name, 2);
        setColspan(claimDeadline, 2);
        if (editing != null) {
            name.setValue(editing.name());
            earningStart.setValue(editing.earningStart());
            earningEnd.setValue(editing.earningEnd());
            usageStart.setValue(editing.usageStart());
            usageEnd.setValue(editing.usageEnd());
            claimOpens.setValue(editing.claimOpens());
            claimCloses.setValue(editing.claimDeadline());
            windowSetByHand = true;
        }
        followRule();
    }

    void fillHalfYears(LocalDate start) {
        earningEnd.setValue(start.plusMonths(6).minusDays(1));
        usageStart.setValue(start.plusMonths(6));
        usageEnd.setValue(start.plusMonths(12).minusDays(1));
    }

    /** Shows the program's rule and, unless the admin set the window by hand, applies it. */
    private void followRule() {
        if (!windowSetByHand) {
            claimOpens.setValue(usageStart.getValue());
            claimCloses.setValue(usageEnd.isEmpty() ? null : usageEnd.getValue().plusDays(program.claimDeadlineDays()));
        }
        claimDeadline.setText(usageEnd.isEmpty() ? getTranslation("admin.period.deadlineRule", program.claimDeadlineDays())
                : getTranslation("admin.period.deadlinePreview", AdminFormat.date(
                        usageEnd.getValue().plusDays(program.claimDeadlineDays()), getLocale()),
                        program.claimDeadlineDays()));
    }

    void save() {
        boolean ok = require(!name.isEmpty() && !name.getValue().isBlank(), name, null);
        for (DatePicker date : new DatePicker[] {earningStart, earningEnd, usageStart, usageEnd, claimOpens, claimCloses}) {
            ok &= require(!date.isEmpty(), date, null);
        }
        if (ok) {
            ok = require(!earningEnd.getValue().isBefore(earningStart.getValue()), earningEnd, null)
                    & require(usageStart.getValue().isAfter(earningEnd.getValue()), usageStart, "admin.period.usageAfterEarning")
                    & require(!usageEnd.getValue().isBefore(usageStart.getValue()), usageEnd, null)
                    & require(!claimOpens.getValue().isBefore(usageStart.getValue()), claimOpens,
                    "admin.period.claimOpensAfterUsage")
                    & require(!claimCloses.getValue().isBefore(usageEnd.getValue())
                            && !claimCloses.getValue().isBefore(claimOpens.getValue()), claimCloses,
                    "admin.period.claimClosesAfterUsage");
        }
        if (!ok) {
            return;
        }
        if (editing == null) {
            fireEvent(new SaveEvent(this, new CreateFundingPeriod(program.id(), name.getValue().strip(),
                    earningStart.getValue(), earningEnd.getValue(), usageStart.getValue(), usageEnd.getValue(),
                    claimOpens.getValue(), claimCloses.getValue()), null));
        } else {
            fireEvent(new SaveEvent(this, null, new UpdateFundingPeriod(editing.id(), editing.version(),
                    name.getValue().strip(), earningStart.getValue(), earningEnd.getValue(), usageStart.getValue(),
                    usageEnd.getValue(), claimOpens.getValue(), claimCloses.getValue())));
        }
    }

    private boolean require(boolean valid, HasValidation field, String messageKey) {
        field.setInvalid(!valid);
        field.setErrorMessage(valid ? null : getTranslation(messageKey == null ? "admin.validation.invalid" : messageKey));
        return valid;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** A new period ({@link #command()}) or the correction of one ({@link #update()}); the other is null. */
    static final class SaveEvent extends ComponentEvent<FundingPeriodForm> {
        private final CreateFundingPeriod command;
        private final UpdateFundingPeriod update;

        SaveEvent(FundingPeriodForm source, CreateFundingPeriod command, UpdateFundingPeriod update) {
            super(source, false);
            this.command = command;
            this.update = update;
        }

        CreateFundingPeriod command() {
            return command;
        }

        UpdateFundingPeriod update() {
            return update;
        }
    }
}
