package works.incentives.web.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import works.incentives.web.component.ComponentTexts;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.fund.AllocationService.AllocateFunds;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.program.ProgramSummary;
import works.incentives.web.component.Feedback;
import works.incentives.web.component.upload.FileReceiver;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Allocations from a CSV file ({@link AllocationCsv}): each row is allocated by its own service
 * call, hence its own transaction, so good rows land even when others are refused, and the report
 * lists the refused ones by line.
 */
class AllocationImport extends Div {

    static final int MAX_FILE_BYTES = 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(AllocationImport.class.getName());

    final Upload upload = new Upload();
    final ImportReport report = new ImportReport();
    private final AllocationService allocations;
    private final PartnerService partners;
    private final ProgramService programs;
    private final ProgramAdminService admin;
    private final CurrentActor currentActor;
    private final Runnable afterImport;

    AllocationImport(AllocationService allocations, PartnerService partners, ProgramService programs,
                     ProgramAdminService admin, CurrentActor currentActor, Runnable afterImport) {
        this.allocations = allocations;
        this.partners = partners;
        this.programs = programs;
        this.admin = admin;
        this.currentActor = currentActor;
        this.afterImport = afterImport;
        upload.setId("allocation-upload");
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        FileReceiver.attach(upload, new FileReceiver(MAX_FILE_BYTES, file -> importCsv(file.fileName(), file.readAllBytes()),
                (name, max) -> Feedback.error(this, getTranslation("admin.import.fileRejected", MAX_FILE_BYTES / 1024))));
        upload.addFileRejectedListener(e -> Feedback.error(this, getTranslation("admin.import.fileRejected",
                MAX_FILE_BYTES / 1024)));
    }

    /** The heading, the help, the upload and the last report, in the current language. */
    void showTexts() {
        removeAll();
        Button uploadButton = new Button(getTranslation("admin.import.button"));
        uploadButton.setId("allocation-upload-button");
        upload.setUploadButton(uploadButton);
        upload.setDropLabel(new Span(getTranslation("admin.import.drop")));
        upload.setI18n(ComponentTexts.upload(this));
        Paragraph help = new Paragraph(getTranslation("admin.import.help"));
        help.addClassName("admin-help");
        add(new H2(getTranslation("admin.import.heading")), help, upload, report);
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
        rejected.sort(Comparator.comparingLong(ImportReport.Entry::line));
        report.show(fileName, allocated, rejected);
        upload.clearFileList();
        afterImport.run();
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
        for (ProgramSummary p : programs.listPrograms()) {
            names.program(p.name(), p.id());
            admin.listFundingPeriods(p.id()).forEach(f -> names.period(p.id(), f.name(), f.id()));
        }
        return names;
    }
}
