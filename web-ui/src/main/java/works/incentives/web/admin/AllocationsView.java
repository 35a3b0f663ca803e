package works.incentives.web.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.fund.AllocationService.AllocateFunds;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.partner.PartnerService.PartnerView;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramCommands.FundingPeriodView;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.program.ProgramSummary;
import works.incentives.web.component.Feedback;
import works.incentives.web.component.upload.FileReceiver;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.security.Roles;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Partners' co-op funds for a program period: the balances, one allocation by hand, or many
 * from a CSV file ({@link AllocationCsv}). Each imported row is allocated by its own service
 * call, hence its own transaction: good rows land even when others are refused, and the report
 * lists the refused ones by line.
 */
@Route(value = "admin/allocations", layout = MainLayout.class)
@RolesAllowed(Roles.PROGRAM_ADMIN)
@StyleSheet("context://styles/admin.css")
public class AllocationsView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    static final int MAX_FILE_BYTES = 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(AllocationsView.class.getName());

    final ComboBox<ProgramSummary> program = new ComboBox<>();
    final ComboBox<FundingPeriodView> period = new ComboBox<>();
    final Grid<AllocationView> allocationsGrid = new Grid<>();
    final Button allocate = new Button();
    final Upload upload = new Upload();
    final ImportReport report = new ImportReport();
    private final ProgramService programList;
    private final ProgramAdminService admin;
    private final AllocationService allocations;
    private final PartnerService partners;
    private final CurrentActor currentActor;
    private Map<Long, String> partnerNames = Map.of();

    @Inject
    public AllocationsView(ProgramService programList, ProgramAdminService admin, AllocationService allocations,
                           PartnerService partners, CurrentActor currentActor) {
        this.programList = programList;
        this.admin = admin;
        this.allocations = allocations;
        this.partners = partners;
        this.currentActor = currentActor;
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
        allocate.addClickListener(e -> openForm());
        upload.setId("allocation-upload");
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        FileReceiver.attach(upload, new FileReceiver(MAX_FILE_BYTES, file -> importCsv(file.fileName(), file.readAllBytes()),
                (name, max) -> Feedback.error(this, getTranslation("admin.import.fileRejected", MAX_FILE_BYTES / 1024))));
        upload.addFileRejectedListener(e -> Feedback.error(this, getTranslation("admin.import.fileRejected",
                MAX_FILE_BYTES / 1024)));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        program.setLabel(getTranslation("admin.allocation.program"));
        period.setLabel(getTranslation("admin.allocation.period"));
        allocate.setText(getTranslation("admin.allocation.allocate"));
        Button uploadButton = new Button(getTranslation("admin.import.button"));
        uploadButton.setId("allocation-upload-button");
        upload.setUploadButton(uploadButton);
        upload.setDropLabel(new Span(getTranslation("admin.import.drop")));
        columns();
        HorizontalLayout choose = new HorizontalLayout(program, period, allocate);
        choose.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Paragraph help = new Paragraph(getTranslation("admin.import.help"));
        help.addClassName("admin-help");
        add(new H1(getTranslation("admin.allocations.title")), choose, allocationsGrid,
                new com.vaadin.flow.component.html.H2(getTranslation("admin.import.heading")), help, upload, report);
        reload();
    }

    private void columns() {
        allocationsGrid.removeAllColumns();
        allocationsGrid.addColumn(a -> partnerNames.getOrDefault(a.partnerId(), "#" + a.partnerId()))
                .setHeader(getTranslation("admin.allocation.partner")).setSortable(true).setFlexGrow(3);
        money("admin.allocation.earned", AllocationView::earned);
        money("admin.allocation.rebate", AllocationView::rebate);
        money("admin.allocation.allocated", AllocationView::allocated);
        money("admin.allocation.committed", AllocationView::committed);
        money("admin.allocation.claimed", AllocationView::claimed);
        money("admin.allocation.paid", AllocationView::paid);
        money("admin.allocation.remaining", AllocationView::remaining);
        allocationsGrid.addComponentColumn(a -> {
            Button adjust = new Button(getTranslation("admin.allocation.adjust"), e -> openAdjustment(a));
            adjust.setId("adjust-" + a.id());
            adjust.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return adjust;
        });
    }

    /** Corrects one allocation by a delta with a reason; the dialog shows the allocation's history. */
    private void openAdjustment(AllocationView allocation) {
        String partner = partnerNames.getOrDefault(allocation.partnerId(), "#" + allocation.partnerId());
        Dialog dialog = new Dialog();
        dialog.setId("adjustment-dialog");
        dialog.setWidth("min(40em, 95vw)");
        dialog.setHeaderTitle(getTranslation("admin.allocation.adjustTitle", partner));
        AdjustmentForm form = new AdjustmentForm(allocation);
        form.addSaveListener(e -> {
            AllocationView adjusted = Feedback.attempt(this, () -> allocations.adjust(e.command(), currentActor.require()));
            if (adjusted != null) {
                dialog.close();
                Feedback.success(getTranslation("admin.allocation.adjusted", partner));
            }
            refresh();
        });
        works.incentives.web.component.HistoryPanel history = new works.incentives.web.component.HistoryPanel(
                "status.plan.", concern -> concern);
        history.show(allocations.history(allocation.id(), currentActor.require()));
        Button save = new Button(getTranslation("admin.common.save"), e -> form.save());
        save.setId("adjustment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form, history);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void money(String headerKey, Function<AllocationView, BigDecimal> amount) {
        allocationsGrid.addColumn(a -> AdminFormat.money(amount.apply(a), a.currencyCode(), getLocale()))
                .setHeader(getTranslation(headerKey)).setComparator(amount::apply).setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(2);
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

    private void openForm() {
        Dialog dialog = new Dialog();
        dialog.setId("allocation-dialog");
        dialog.setHeaderTitle(getTranslation("admin.allocation.allocate"));
        List<PartnerView> all = partners.list(currentActor.require());
        AllocationForm form = new AllocationForm(all, program.getValue().id(), period.getValue().id(),
                program.getValue().currencyCode());
        form.addSaveListener(e -> {
            if (Feedback.attempt(this, () -> allocations.allocate(e.command(), currentActor.require())) != null) {
                dialog.close();
                refresh();
            }
        });
        Button save = new Button(getTranslation("admin.common.save"), e -> form.save());
        save.setId("allocation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** Runs in the UI's lock ({@link FileReceiver} calls back through {@code UI.accessSynchronously}). */
    void importCsv(String fileName, byte[] data) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException notUtf8) {
            report.show(fileName, 0, List.of(new ImportReport.Entry(1, "", getTranslation("admin.csv.notUtf8"))));
            return;
        }
        AllocationCsv.Result parsed = AllocationCsv.parse(text, directory());
        List<ImportReport.Entry> rejected = new ArrayList<>();
        parsed.rejected().forEach(r -> rejected.add(new ImportReport.Entry(r.line(), r.raw(),
                getTranslation(r.reasonKey(), r.args().toArray()))));
        int allocated = 0;
        for (AllocationCsv.Row row : parsed.rows()) {
            try {
                allocations.allocate(new AllocateFunds(row.partnerId(), row.programId(), row.periodId(), row.earned()),
                        currentActor.require());
                allocated++;
            } catch (RuntimeException refused) {
                rejected.add(new ImportReport.Entry(row.line(), row.raw(), reason(refused)));
            }
        }
        rejected.sort(java.util.Comparator.comparingLong(ImportReport.Entry::line));
        report.show(fileName, allocated, rejected);
        upload.clearFileList();
        refresh();
    }

    private String reason(RuntimeException refused) {
        try {
            return Feedback.describe(this, refused);
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "allocation import: unexpected failure of a row", unexpected);
            return getTranslation("admin.import.unexpected");
        }
    }

    private AllocationCsv.Directory directory() {
        AllocationCsv.Directory names = new AllocationCsv.Directory();
        partners.list(currentActor.require()).forEach(p -> names.partner(p.name(), p.id()));
        for (ProgramSummary p : programList.listPrograms()) {
            names.program(p.name(), p.id());
            admin.listFundingPeriods(p.id()).forEach(f -> names.period(p.id(), f.name(), f.id()));
        }
        return names;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.allocations.title") + " | " + getTranslation("app.name");
    }
}
