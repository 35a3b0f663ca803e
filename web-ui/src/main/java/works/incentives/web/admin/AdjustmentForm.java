package works.incentives.web.admin;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import works.incentives.domain.fund.AllocationService.AdjustAllocation;
import works.incentives.domain.fund.AllocationService.AllocationView;

/**
 * A correction of one partner's allocation: a change of earnings (positive or negative) and the
 * reason the history keeps. Carries the version of the allocation the admin saw, so a change
 * made meanwhile (a claim, another admin) is reported instead of overwritten.
 */
class AdjustmentForm extends FormLayout {

    static final int MAX_REASON = 1000;

    final BigDecimalField delta = new BigDecimalField();
    final TextArea reason = new TextArea();
    private final AllocationView allocation;

    AdjustmentForm(AllocationView allocation) {
        this.allocation = allocation;
        delta.setId("adjustment-delta");
        delta.setLabel(getTranslation("admin.allocation.delta", allocation.currencyCode()));
        delta.setHelperText(getTranslation("admin.allocation.delta.help"));
        delta.setRequiredIndicatorVisible(true);
        reason.setId("adjustment-reason");
        reason.setLabel(getTranslation("admin.allocation.reason"));
        reason.setMaxLength(MAX_REASON);
        reason.setRequired(true);
        add(delta, reason);
        setColspan(reason, 2);
    }

    void save() {
        boolean amountOk = delta.getValue() != null && delta.getValue().signum() != 0 && delta.getValue().scale() <= 4;
        delta.setInvalid(!amountOk);
        delta.setErrorMessage(amountOk ? null : getTranslation("admin.allocation.deltaInvalid"));
        boolean reasonOk = !reason.getValue().isBlank();
        reason.setInvalid(!reasonOk);
        reason.setErrorMessage(reasonOk ? null : getTranslation("validation.required"));
        if (amountOk && reasonOk) {
            fireEvent(new SaveEvent(this, new AdjustAllocation(allocation.id(), allocation.version(), delta.getValue(),
                    reason.getValue().strip())));
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<AdjustmentForm> {
        private final AdjustAllocation command;

        SaveEvent(AdjustmentForm source, AdjustAllocation command) {
            super(source, false);
            this.command = command;
        }

        AdjustAllocation command() {
            return command;
        }
    }
}
