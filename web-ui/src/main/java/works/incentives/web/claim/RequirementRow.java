package works.incentives.web.claim;

import works.incentives.web.component.ComponentTexts;
import works.incentives.web.i18n.CatalogueNames;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import works.incentives.domain.claim.ClaimCommands.DocumentView;
import works.incentives.domain.evidence.EvidenceDocument;
import works.incentives.domain.evidence.EvidenceFile;
import works.incentives.domain.evidence.EvidenceFormat;
import works.incentives.domain.program.ProgramCommands.EvidenceRequirementData;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Rule;
import works.incentives.web.component.upload.FileReceiver;
import works.incentives.web.i18n.Messages;

import java.util.List;

/**
 * One line of the evidence checklist: the requirement, what counts as proof and an example, the
 * files uploaded for it, and what is wrong with it (a refused upload, the check's "missing", or
 * the reviewer's feedback), said on the requirement itself. Built once per step so a running
 * upload is never detached by a refresh.
 */
class RequirementRow extends Div {

    /** A file arrived for this requirement (the view stores it). */
    static class Received extends ComponentEvent<RequirementRow> {
        final String requirementCode;
        final String fileName;
        final String note;
        final byte[] content;

        Received(RequirementRow source, String fileName, String note, byte[] content) {
            super(source, false);
            this.requirementCode = source.code;
            this.fileName = fileName;
            this.note = note;
            this.content = content;
        }
    }

    /** Remove a not-yet-submitted document. */
    static class RemoveRequested extends ComponentEvent<RequirementRow> {
        final long documentId;

        RemoveRequested(RequirementRow source, long documentId) {
            super(source, false);
            this.documentId = documentId;
        }
    }

    final String code;
    private final EvidenceRequirementData requirement;
    final H3 title = new H3();
    final Span badge = new Span();
    private String typeCode;
    final Paragraph whatCounts = new Paragraph();
    final Paragraph example = new Paragraph();
    final TextField note = new TextField();
    final Upload upload = new Upload();
    final FileReceiver receiver;
    final Div messages = new Div();
    final UnorderedList files = new UnorderedList();
    private List<DocumentView> shownFiles = List.of();
    private List<String> shownMessages = List.of();
    private java.util.Map<Long, List<String>> fileFeedback = java.util.Map.of();
    private boolean editable = true;
    private works.incentives.domain.program.CatalogueName name;

    /** A requirement of the type's checklist; {@code requirement} null means "extra document" (needs a note). */
    RequirementRow(EvidenceRequirementData requirement, long maxBytes) {
        this.requirement = requirement;
        this.code = requirement == null ? EvidenceDocument.EXTRA : requirement.code();
        setId("evidence-req-" + code);
        addClassName("evidence-requirement");
        getElement().setAttribute("data-requirement", code);
        badge.addClassName("evidence-badge");
        messages.setId("evidence-error-" + code);
        messages.addClassName("evidence-messages");
        files.setId("evidence-files-" + code);
        files.addClassName("evidence-files");
        upload.setId("evidence-upload-" + code);
        upload.setAcceptedFileTypes(EvidenceFormat.allowedExtensions().toArray(String[]::new));
        receiver = new FileReceiver(maxBytes, file -> received(file.fileName(), file.readAllBytes()), this::tooLarge);
        FileReceiver.attach(upload, receiver);
        upload.addFileRejectedListener(e -> showMessages(List.of(getTranslation("claim.evidence.rejectedByBrowser",
                e.getFileName(), e.getErrorMessage()))));
        Div header = new Div(title, badge);
        header.addClassName("evidence-header");
        add(header);
        if (requirement != null) {
            whatCounts.addClassName("evidence-what");
            example.addClassName("evidence-example");
            add(whatCounts, example);
        } else {
            note.setId("evidence-extra-note");
            note.setWidthFull();
            note.setMaxLength(1000);
            note.setValueChangeMode(ValueChangeMode.EAGER);
            note.addValueChangeListener(e -> upload.setEnabled(editable && !e.getValue().isBlank()));
            upload.setEnabled(false);
            add(note);
        }
        add(messages, files, upload);
    }

    /** A file's bytes arrived (from the upload handler, under the UI lock). */
    void received(String fileName, byte[] bytes) {
        if (requirement == null && note.getValue().isBlank()) {
            showMessages(List.of(getTranslation("claim.evidence.extra.noteRequired")));
            return;
        }
        fireEvent(new Received(this, fileName, requirement == null ? note.getValue().strip() : null, bytes));
    }

    /** Refused while streaming in: the same sentence as the server's size rule, naming the file when known. */
    void tooLarge(String fileName, long maxBytes) {
        showMessages(List.of(fileName == null
                ? getTranslation("claim.evidence.tooLargeUnnamed", FileSizes.human(maxBytes, getLocale()))
                : Messages.of(this, new DomainRuleViolation(Rule.EVIDENCE_TOO_LARGE,
                        EvidenceFile.sanitiseFileName(fileName), maxBytes))));
        upload.clearFileList();
    }

    void show(List<DocumentView> documents, List<String> problems, java.util.Map<Long, List<String>> feedback,
              boolean mayEdit) {
        this.shownFiles = documents;
        this.fileFeedback = feedback;
        this.editable = mayEdit;
        upload.setVisible(mayEdit);
        note.setVisible(mayEdit);
        upload.setEnabled(mayEdit && (requirement != null || !note.getValue().isBlank()));
        showMessages(problems);
        render();
    }

    void showMessages(List<String> shown) {
        this.shownMessages = List.copyOf(shown);
        messages.removeAll();
        shownMessages.forEach(m -> messages.add(ClaimProblemText.line(m, "evidence:" + code)));
        messages.setVisible(!shownMessages.isEmpty());
        setClassName("has-problems", !shownMessages.isEmpty());
    }

    /** Clears the extra document's note once its file is stored, so the next extra file gets its own. */
    void stored() {
        if (requirement == null) {
            note.clear();
        }
        upload.clearFileList();
    }

    /** The requirement's name as the catalogue gives it (an admin's names in both languages). */
    RequirementRow named(works.incentives.domain.program.CatalogueName catalogueName) {
        this.name = catalogueName;
        return this;
    }

    /** The activity type the requirement belongs to (the standard catalogue's texts are translated per type). */
    RequirementRow ofType(String activityTypeCode) {
        this.typeCode = activityTypeCode;
        return this;
    }

    void render() {
        title.setText(name != null ? CatalogueNames.name(this, name) : CatalogueNames.requirement(this, code));
        if (requirement != null) {
            boolean invoice = EvidenceDocument.INVOICE.equals(code);
            String description = invoice ? getTranslation("claim.evidence.invoice.description")
                    : CatalogueNames.description(this, typeCode, requirement);
            whatCounts.setText(getTranslation("claim.evidence.whatCounts", description));
            String exampleText = invoice ? getTranslation("claim.evidence.invoice.example")
                    : CatalogueNames.example(this, typeCode, requirement);
            example.setText(exampleText == null ? "" : getTranslation("claim.evidence.example", exampleText));
            example.setVisible(exampleText != null);
            badge.setText(getTranslation(requirement.mandatory() ? "claim.evidence.required" : "claim.evidence.optional"));
        } else {
            badge.setText(getTranslation("claim.evidence.optional"));
            note.setLabel(getTranslation("claim.evidence.extra.note"));
            note.setHelperText(getTranslation("claim.evidence.extra.note.helper"));
        }
        upload.setI18n(ComponentTexts.upload(this));
        files.removeAll();
        for (DocumentView doc : shownFiles) {
            files.add(fileLine(doc));
        }
        if (shownFiles.isEmpty()) {
            ListItem none = new ListItem(getTranslation("claim.evidence.noFiles"));
            none.addClassName("evidence-none");
            files.add(none);
        }
    }

    private ListItem fileLine(DocumentView doc) {
        Span name = new Span(doc.fileName());
        name.addClassName("evidence-file-name");
        Span facts = new Span(getTranslation("claim.evidence.fileFacts", FileSizes.human(doc.size(), getLocale()),
                doc.contentType()));
        facts.addClassName("evidence-file-facts");
        ListItem line = new ListItem(VaadinIcon.FILE_O.create(), name, facts);
        line.setId("evidence-file-" + doc.id());
        if (doc.note() != null) {
            Span noteText = new Span(getTranslation("claim.evidence.fileNote", doc.note()));
            noteText.addClassName("evidence-file-note");
            line.add(noteText);
        }
        if (editable && !doc.locked()) {
            Button remove = new Button(getTranslation("claim.evidence.remove"), VaadinIcon.TRASH.create(),
                    e -> fireEvent(new RemoveRequested(this, doc.id())));
            remove.setId("evidence-remove-" + doc.id());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.getElement().setAttribute("aria-label", getTranslation("claim.evidence.remove.aria", doc.fileName()));
            line.add(remove);
        }
        for (String feedback : fileFeedback.getOrDefault(doc.id(), List.of())) {
            line.add(ClaimProblemText.line(feedback, "document:" + doc.id()));
        }
        return line;
    }

    com.vaadin.flow.shared.Registration addReceivedListener(com.vaadin.flow.component.ComponentEventListener<Received> l) {
        return addListener(Received.class, l);
    }

    com.vaadin.flow.shared.Registration addRemoveListener(com.vaadin.flow.component.ComponentEventListener<RemoveRequested> l) {
        return addListener(RemoveRequested.class, l);
    }
}
