package works.incentives.web.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.partner.PartnerService.PartnerView;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramCommands.FundingPeriodView;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.program.ProgramSummary;
import works.incentives.web.component.CsvExport;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.security.Roles;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Partners' co-op funds for a program period: the balances, one allocation by hand
 * ({@link AllocationDialogs}), or many from a CSV file ({@link AllocationImport}).
 */
@Route(value = "admin/allocations", layout = MainLayout.class)
@RolesAllowed(Roles.PROGRAM_ADMIN)
@StyleSheet("context://styles/admin.css")
public class AllocationsView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    final ComboBox<ProgramSummary> program = new ComboBox<>();
    final ComboBox<FundingPeriodView> period = new ComboBox<>();
    final Grid<AllocationView> allocationsGrid = new Grid<>();
    final Button allocate = new Button();
    final AllocationImport importer;
    private final AllocationDialogs dialogs;
    private final ProgramService programList;
    private final AllocationService allocations;
    private final PartnerService partners;
    private final CurrentActor currentActor;
    private Map<Long, String> partnerNames = Map.of();
    /** The balances as a CSV file, in the grid's current order. */
    final CsvExport<AllocationView> export = new CsvExport<>("allocations",
            () -> CsvExport.Pages.of(allocationsGrid.getListDataView().getItems().toList()));

    @Inject
    public AllocationsView(ProgramService programList, ProgramAdminService admin, AllocationService allocations,
                           PartnerService partners, CurrentActor currentActor) {
        this.programList = programList;
        this.allocations = allocations;
        this.partners = partners;
        this.currentActor = currentActor;
        this.importer = new AllocationImport(allocations, partners, programList, admin, currentActor, this::refresh);
        this.dialogs = new AllocationDialogs(this, allocations, currentActor, this::refresh);
        addClassName("admin-view");
        program.setId("allocation-program");
        program.setItemLabelGenerator(ProgramSummary::name);
        program.addValueChangeListener(e -> {
            List<FundingPeriodView> periods = e.getValue() == null ? List.of() : admin.listFundingPeriods(e.getValue().id());
            period.setItems(periods);
            period.setValue(periods.isEmpty() ? null : periods.get(periods.size() - 1));
            refresh();
        });
        period.setId("allocation-period");
        period.setItemLabelGenerator(FundingPeriodView::name);
        period.addValueChangeListener(e -> refresh());
        allocationsGrid.setId("allocations-grid");
        allocationsGrid.setAllRowsVisible(true);
        allocate.setId("allocate");
        allocate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        allocate.addClickListener(e -> dialogs.allocate(partners.list(currentActor.require()), program.getValue(),
                period.getValue()));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        program.setLabel(getTranslation("admin.allocation.program"));
        period.setLabel(getTranslation("admin.allocation.period"));
        allocate.setText(getTranslation("admin.allocation.allocate"));
        columns();
        HorizontalLayout choose = new HorizontalLayout(program, period, allocate, export.link("allocations-export"));
        choose.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        importer.showTexts();
        add(new H1(getTranslation("admin.allocations.title")), choose, allocationsGrid, importer);
        reload();
    }

    private void columns() {
        allocationsGrid.removeAllColumns();
        export.clearColumns();
        export.addTo(allocationsGrid, "admin.allocation.partner", this::partnerName)
                .setHeader(getTranslation("admin.allocation.partner")).setSortable(true).setFlexGrow(3);
        money("admin.allocation.earned", AllocationView::earned);
        money("admin.allocation.rebate", AllocationView::rebate);
        money("admin.allocation.allocated", AllocationView::allocated);
        money("admin.allocation.committed", AllocationView::committed);
        money("admin.allocation.claimed", AllocationView::claimed);
        money("admin.allocation.paid", AllocationView::paid);
        money("admin.allocation.remaining", AllocationView::remaining);
        allocationsGrid.addComponentColumn(a -> {
            Button adjust = new Button(getTranslation("admin.allocation.adjust"), e -> dialogs.adjust(a, partnerName(a)));
            adjust.setId("adjust-" + a.id());
            adjust.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return adjust;
        });
    }

    private String partnerName(AllocationView allocation) {
        return partnerNames.getOrDefault(allocation.partnerId(), "#" + allocation.partnerId());
    }

    private void money(String headerKey, Function<AllocationView, BigDecimal> amount) {
        export.addTo(allocationsGrid, headerKey, a -> AdminFormat.money(amount.apply(a), a.currencyCode(), getLocale()))
                .setHeader(getTranslation(headerKey)).setComparator(amount::apply).setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(2).setAutoWidth(true);
    }

    /** Programs and partners anew (after an import they may be used by the file). */
    void reload() {
        partnerNames = partners.list(currentActor.require()).stream()
                .collect(Collectors.toMap(PartnerView::id, PartnerView::name, (a, b) -> a));
        List<ProgramSummary> programs = programList.listPrograms();
        ProgramSummary chosen = program.getValue();
        program.setItems(programs);
        if (chosen != null) {
            programs.stream().filter(p -> p.id() == chosen.id()).findFirst().ifPresent(program::setValue);
        } else if (!programs.isEmpty()) {
            program.setValue(programs.get(0));
        }
        refresh();
    }

    void refresh() {
        boolean chosen = program.getValue() != null && period.getValue() != null;
        allocate.setEnabled(chosen);
        allocationsGrid.setItems(chosen ? allocations.allocationsIn(program.getValue().id(), period.getValue().id(),
                currentActor.require()) : List.of());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.allocations.title") + " | " + getTranslation("app.name");
    }
}
