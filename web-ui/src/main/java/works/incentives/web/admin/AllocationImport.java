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
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramService;
import works.incentives.web.component.Feedback;
import works.incentives.web.component.upload.FileReceiver;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Allocations from a CSV file ({@link AllocationCsv}): each row is allocated by its own service
 * call, hence its own transaction, so good rows land even when others are refused, and the report
 * lists the refused ones by line.
 */
class AllocationImport extends Div {

    static final int MAX_FILE_BYTES = AllocationImporter.MAX_FILE_BYTES;
    private static final Logger LOG = Logger.getLogger(AllocationImport.class.getName());

    final Upload upload = new Upload();
    final ImportReport report = new ImportReport();
    private final AllocationImporter importer;
    private final CurrentActor currentActor;
    private final Runnable afterImport;

    AllocationImport(AllocationService allocations, PartnerService partners, ProgramService programs,
                     ProgramAdminService admin, CurrentActor currentActor, Runnable afterImport) {
        this.importer = new AllocationImporter(allocations, partners, programs, admin);
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
        AllocationImporter.Outcome outcome = importer.importCsv(data, currentActor.require());
        List<ImportReport.Entry> rejected = outcome.refused().stream().map(r -> new ImportReport.Entry(r.line(), r.raw(),
                r.failure() != null ? reason(r.failure()) : getTranslation(r.reasonKey(), r.args().toArray()))).toList();
        report.show(fileName, outcome.allocated(), rejected);
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
}
