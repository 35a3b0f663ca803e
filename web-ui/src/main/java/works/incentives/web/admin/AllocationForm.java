package works.incentives.web.admin;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.shared.Registration;
import works.incentives.domain.fund.AllocationService.AllocateFunds;
import works.incentives.domain.partner.PartnerService.PartnerView;

import java.util.List;

/** One partner's earnings for the chosen program and period; below the program threshold they become rebate. */
class AllocationForm extends FormLayout {

    final ComboBox<PartnerView> partner = new ComboBox<>();
    final BigDecimalField earned = new BigDecimalField();
    private final long programId;
    private final long periodId;

    AllocationForm(List<PartnerView> partners, long programId, long periodId, String currencyCode) {
        this.programId = programId;
        this.periodId = periodId;
        partner.setId("allocation-partner");
        partner.setLabel(getTranslation("admin.allocation.partner"));
        partner.setItems(partners);
        partner.setItemLabelGenerator(PartnerView::name);
        partner.setRequired(true);
        earned.setId("allocation-earned");
        earned.setLabel(getTranslation("admin.allocation.earnedIn", currencyCode));
        earned.setHelperText(getTranslation("admin.allocation.earned.help"));
        earned.setRequiredIndicatorVisible(true);
        add(partner, earned);
    }

    void save() {
        boolean partnerOk = !partner.isEmpty();
        partner.setInvalid(!partnerOk);
        partner.setErrorMessage(partnerOk ? null : getTranslation("validation.required"));
        boolean amountOk = earned.getValue() != null && earned.getValue().signum() > 0 && earned.getValue().scale() <= 4;
        earned.setInvalid(!amountOk);
        earned.setErrorMessage(amountOk ? null : getTranslation("admin.allocation.amountInvalid"));
        if (partnerOk && amountOk) {
            fireEvent(new SaveEvent(this, new AllocateFunds(partner.getValue().id(), programId, periodId,
                    earned.getValue())));
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<AllocationForm> {
        private final AllocateFunds command;

        SaveEvent(AllocationForm source, AllocateFunds command) {
            super(source, false);
            this.command = command;
        }

        AllocateFunds command() {
            return command;
        }
    }
}
