package works.incentives.web.claim;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimCommands.DocumentView;
import works.incentives.domain.evidence.EvidenceDocument;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramCommands.EvidenceRequirementData;
import works.incentives.domain.shared.Problem;
import works.incentives.web.component.wizard.WizardStep;
import works.incentives.web.guidance.GuidanceLink;
import works.incentives.web.i18n.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Step 4: the activity type's evidence checklist, one line per requirement with its uploads, plus
 * extra documents (each with an explanatory note). An invoiced claim's checklist starts with the
 * invoice document itself, checked like any evidence file. Files are checked by the server by content;
 * a refusal is shown on the requirement it was meant for, and nothing of a refused file is kept.
 */
public class EvidenceStep extends WizardStep implements LocaleChangeObserver {

    /** A file to store for a requirement ({@link EvidenceDocument#EXTRA} with a note for extras). */
    public static class UploadEvent extends ComponentEvent<EvidenceStep> {
        private final String requirementCode;
        private final String fileName;
        private final String note;
        private final byte[] content;

        UploadEvent(EvidenceStep source, String requirementCode, String fileName, String note, byte[] content) {
            super(source, false);
            this.requirementCode = requirementCode;
            this.fileName = fileName;
            this.note = note;
            this.content = content;
        }

        public String requirementCode() {
            return requirementCode;
        }

        public String fileName() {
            return fileName;
        }

        public String note() {
            return note;
        }

        public byte[] content() {
            return content;
        }
    }

    /** Remove a document not yet submitted. */
    public static class RemoveEvent extends ComponentEvent<EvidenceStep> {
        private final long documentId;

        RemoveEvent(EvidenceStep source, long documentId) {
            super(source, false);
            this.documentId = documentId;
        }

        public long documentId() {
            return documentId;
        }
    }

    /** The invoice document itself: an implicit requirement of every invoiced claim (texts from the bundles). */
    static final EvidenceRequirementData INVOICE_FILE = new EvidenceRequirementData(EvidenceDocument.INVOICE, "", null, true);

    final Paragraph intro = new Paragraph();
    final Div checklist = new Div();
    final Map<String, RequirementRow> rows = new LinkedHashMap<>();
    private String builtFor;
    private long maxBytes;

    public EvidenceStep() {
        super(ClaimSteps.EVIDENCE, "claim.step.");
        intro.setId("evidence-intro");
        checklist.setId("evidence-checklist");
        checklist.addClassName("evidence-checklist");
        add(intro, checklist);
    }

    /**
     * Shows the checklist with the claim's documents, the check's problems and reviewer feedback
     * ({@code feedback}: texts by the item they concern, e.g. {@code "evidence:AD_SCREENSHOT"}).
     */
    public void show(ClaimView claim, ActivityTypeView type, long uploadLimit, List<Problem> problems,
                     Map<String, List<String>> feedback) {
        List<EvidenceRequirementData> requirements = new ArrayList<>();
        boolean invoiced = claim.invoice() != null;
        if (invoiced) {
            requirements.add(INVOICE_FILE);
        }
        requirements.addAll(type == null ? List.of() : type.evidence());
        String key = (type == null ? "" : type.code() + "#" + type.id()) + "/" + uploadLimit + "/" + invoiced;
        if (!key.equals(builtFor)) {
            build(type, requirements, uploadLimit);
            builtFor = key;
        }
        this.maxBytes = uploadLimit;
        Map<String, List<DocumentView>> byRequirement = claim.documents().stream()
                .collect(Collectors.groupingBy(d -> d.requirementCode() == null ? EvidenceDocument.EXTRA : d.requirementCode(), LinkedHashMap::new, Collectors.toList()));
        boolean editable = claim.status().editable();
        for (RequirementRow row : rows.values()) {
            List<String> messages = new ArrayList<>();
            problems.stream().filter(p -> ("evidence:" + row.code).equals(p.concerns()))
                    .forEach(p -> messages.add(Messages.of(this, p)));
            messages.addAll(feedback.getOrDefault("evidence:" + row.code, List.of()));
            List<DocumentView> docs = byRequirement.getOrDefault(row.code, List.of());
            Map<Long, List<String>> perFile = new LinkedHashMap<>();
            for (DocumentView doc : docs) {
                List<String> about = new ArrayList<>(feedback.getOrDefault("document:" + doc.id(), List.of()));
                problems.stream().filter(p -> ("document:" + doc.id()).equals(p.concerns()))
                        .forEach(p -> about.add(Messages.of(this, p)));
                perFile.put(doc.id(), about);
            }
            row.show(docs, messages, perFile, editable);
        }
        intro.setText(getTranslation("claim.evidence.intro", FileSizes.human(maxBytes, getLocale())));
    }

    private void build(ActivityTypeView type, List<EvidenceRequirementData> requirements, long uploadLimit) {
        checklist.removeAll();
        rows.clear();
        for (EvidenceRequirementData requirement : requirements) {
            RequirementRow row = new RequirementRow(requirement, uploadLimit);
            add(requirement == INVOICE_FILE || type == null ? row
                    : row.named(type.evidenceName(requirement)).ofType(type.code()));
        }
        add(new RequirementRow(null, uploadLimit));
    }

    private void add(RequirementRow row) {
        row.addReceivedListener(e -> fireEvent(new UploadEvent(this, e.requirementCode, e.fileName, e.note, e.content)));
        row.addRemoveListener(e -> fireEvent(new RemoveEvent(this, e.documentId)));
        rows.put(row.code, row);
        checklist.add(row);
    }

    /** The server refused a file: say why on the requirement it was meant for. */
    public void refuse(String requirementCode, String message) {
        RequirementRow row = rows.get(requirementCode);
        if (row != null) {
            row.showMessages(List.of(message));
        }
    }

    /** A file was stored for the requirement. */
    public void stored(String requirementCode) {
        RequirementRow row = rows.get(requirementCode);
        if (row != null) {
            row.stored();
        }
    }

    @Override
    public void focus(String concerns) {
        if (concerns == null) {
            return;
        }
        String code = concerns.startsWith("evidence:") ? concerns.substring("evidence:".length()) : EvidenceDocument.EXTRA;
        RequirementRow row = rows.get(code);
        if (row != null) {
            row.getElement().callJsFunction("scrollIntoView");
        }
    }

    @Override
    public List<GuidanceLink> guidance() {
        return List.of(ClaimGuidance.EVIDENCE, ClaimGuidance.ACTIVITY_EVIDENCE, ClaimGuidance.WHY_REJECTED);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        rows.values().forEach(RequirementRow::render);
        intro.setText(getTranslation("claim.evidence.intro", FileSizes.human(maxBytes, getLocale())));
    }

    public Registration addUploadListener(ComponentEventListener<UploadEvent> listener) {
        return addListener(UploadEvent.class, listener);
    }

    public Registration addRemoveListener(ComponentEventListener<RemoveEvent> listener) {
        return addListener(RemoveEvent.class, listener);
    }
}
