package works.incentives.web.review;

import works.incentives.web.i18n.CatalogueNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import works.incentives.domain.claim.ClaimCommands.DocumentView;

import java.util.List;

/**
 * Every evidence document of a claim with the requirement it answers (or the partner's note for an
 * extra document), a download link, and for PDF and images an inline preview opened on demand, so
 * a claim with many files does not load them all. Files come from {@link EvidenceServlet}.
 */
class EvidencePanel extends Div {

    private final Div documents = new Div();
    private java.util.function.Function<String, com.vaadin.flow.component.Component> markers = concerns -> null;

    EvidencePanel() {
        setId("review-evidence");
        addClassName("review-section");
        add(new H3(getTranslation("review.evidence.title")), documents);
    }

    private works.incentives.domain.program.ProgramCommands.ActivityTypeView type;

    /** The catalogue revision the claim is checked against, to name its evidence requirements. */
    void useType(works.incentives.domain.program.ProgramCommands.ActivityTypeView checkedAgainst) {
        this.type = checkedAgainst;
    }

    /** Each document shows what {@code marker} makes of its key, e.g. its comments' count. */
    void useMarkers(java.util.function.Function<String, com.vaadin.flow.component.Component> marker) {
        this.markers = marker;
    }

    void show(long claimId, List<DocumentView> files) {
        documents.removeAll();
        if (files.isEmpty()) {
            documents.add(new Span(getTranslation("review.evidence.none")));
        }
        for (DocumentView file : files) {
            documents.add(document(claimId, file));
        }
    }

    private Div document(long claimId, DocumentView file) {
        Div row = new Div();
        row.setId("doc-" + file.id());
        row.addClassName("evidence-document");
        Span requirement = new Span(CatalogueNames.requirement(this, type, file.requirementCode()));
        requirement.addClassName("evidence-requirement");
        Span name = new Span(file.fileName());
        name.addClassName("evidence-file");
        Span meta = new Span(getTranslation("review.evidence.meta", file.uploadedBy(), file.size() / 1024 + 1));
        meta.addClassName("evidence-meta");
        row.add(requirement, name, meta);
        com.vaadin.flow.component.Component marker = markers.apply("document:" + file.id());
        if (marker != null) {
            row.add(marker);
        }
        if (file.note() != null) {
            Span note = new Span(getTranslation("review.evidence.note", file.note()));
            note.addClassName("evidence-note");
            row.add(note);
        }
        Anchor download = new Anchor(EvidenceServlet.url(claimId, file.id(), true), getTranslation("review.evidence.download"));
        download.setId("doc-download-" + file.id());
        download.getElement().setAttribute("download", file.fileName());
        row.add(download);
        if (EvidenceServlet.previewable(file.contentType())) {
            Div preview = new Div();
            preview.addClassName("evidence-preview");
            Button show = new Button(getTranslation("review.evidence.preview"));
            show.setId("doc-preview-" + file.id());
            show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            show.addClickListener(e -> {
                preview.removeAll();
                String url = EvidenceServlet.url(claimId, file.id(), false);
                if ("application/pdf".equals(file.contentType())) {
                    // no sandbox attribute: Chromium's PDF viewer refuses to run in a sandboxed frame;
                    // the servlet's Content-Security-Policy sandboxes the document itself
                    IFrame frame = new IFrame(url);
                    frame.setTitle(file.fileName());
                    frame.addClassName("evidence-frame");
                    preview.add(frame);
                } else {
                    Image image = new Image(url, file.fileName());
                    image.addClassName("evidence-image");
                    preview.add(image);
                }
                show.setVisible(false);
            });
            row.add(show, preview);
        }
        return row;
    }
}
