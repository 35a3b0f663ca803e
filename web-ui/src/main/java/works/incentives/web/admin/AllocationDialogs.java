package works.incentives.web.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.partner.PartnerService.PartnerView;
import works.incentives.domain.program.ProgramCommands.FundingPeriodView;
import works.incentives.domain.program.ProgramSummary;
import works.incentives.web.component.Feedback;
import works.incentives.web.component.HistoryPanel;

import java.util.List;

/** The allocations page's dialogs: one allocation by hand, and the correction of one by a delta. */
final class AllocationDialogs {

    private final Component owner;
    private final AllocationService allocations;
    private final CurrentActor currentActor;
    private final Runnable refresh;

    AllocationDialogs(Component owner, AllocationService allocations, CurrentActor currentActor, Runnable refresh) {
        this.owner = owner;
        this.allocations = allocations;
        this.currentActor = currentActor;
        this.refresh = refresh;
    }

    /** Allocates a partner's fund in the chosen program period. */
    void allocate(List<PartnerView> partners, ProgramSummary program, FundingPeriodView period) {
        Dialog dialog = new Dialog();
        dialog.setId("allocation-dialog");
        dialog.setHeaderTitle(owner.getTranslation("admin.allocation.allocate"));
        AllocationForm form = new AllocationForm(partners, program.id(), period.id(), program.currencyCode());
        form.addSaveListener(e -> {
            if (Feedback.attempt(owner, () -> allocations.allocate(e.command(), currentActor.require())) != null) {
                dialog.close();
                refresh.run();
            }
        });
        dialog.add(form);
        open(dialog, form::save, "allocation-save");
    }

    /** Corrects one allocation by a delta with a reason; the dialog shows the allocation's history. */
    void adjust(AllocationView allocation, String partner) {
        Dialog dialog = new Dialog();
        dialog.setId("adjustment-dialog");
        dialog.setWidth("min(40em, 95vw)");
        dialog.setHeaderTitle(owner.getTranslation("admin.allocation.adjustTitle", partner));
        AdjustmentForm form = new AdjustmentForm(allocation);
        form.addSaveListener(e -> {
            AllocationView adjusted = Feedback.attempt(owner, () -> allocations.adjust(e.command(), currentActor.require()));
            if (adjusted != null) {
                dialog.close();
                Feedback.success(owner.getTranslation("admin.allocation.adjusted", partner));
            }
            refresh.run();
        });
        HistoryPanel history = new HistoryPanel("status.plan.", concern -> concern);
        history.show(allocations.history(allocation.id(), currentActor.require()));
        dialog.add(form, history);
        open(dialog, form::save, "adjustment-save");
    }

    /** Cancel and Save in the footer, then the dialog opens. */
    private void open(Dialog dialog, Runnable save, String saveId) {
        Button saveButton = new Button(owner.getTranslation("admin.common.save"), e -> save.run());
        saveButton.setId(saveId);
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(owner.getTranslation("common.cancel"), e -> dialog.close()), saveButton);
        dialog.open();
    }
}
