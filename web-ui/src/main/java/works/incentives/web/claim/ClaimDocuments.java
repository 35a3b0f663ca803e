package works.incentives.web.claim;

import works.incentives.web.i18n.CatalogueNames;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimCommands.DocumentView;
import works.incentives.domain.evidence.EvidenceDocument;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramCommands.EvidenceRequirementData;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * A submitted claim's documents by requirement, each with a download link and the reviewer's
 * feedback on the very requirement or file it concerns.
 */
public class ClaimDocuments extends Div {

    private Function<String, Component> markers = concerns -> null;

    /** Each requirement and document shows what {@code marker} makes of its key, e.g. its comments' count. */
    public void useMarkers(Function<String, Component> marker) {
        this.markers = marker;
    }

    public ClaimDocuments() {
        setId("claim-documents");
        addClassName("claim-documents");
    }

    /**
     * @param content reads a document's bytes (through the service, as the signed-in partner)
     * @param feedback texts by concern ({@code "evidence:CODE"}, {@code "document:12"})
     */
    public void show(ClaimView claim, ActivityTypeView type, Map<String, List<String>> feedback,
                     LongFunction<byte[]> content) {
        removeAll();
        List<String> codes = new ArrayList<>();
        if (type != null) {
            type.evidence().stream().map(EvidenceRequirementData::code).forEach(codes::add);
        }
        claim.documents().stream().map(d -> d.requirementCode() == null ? EvidenceDocument.EXTRA : d.requirementCode())
                .filter(c -> !codes.contains(c)).distinct().forEach(codes::add);
        for (String code : codes) {
            Div group = new Div(new H3(CatalogueNames.requirement(this, type, code)));
            group.setId("claim-documents-" + code);
            group.addClassName("evidence-requirement");
            addMarker(group, "evidence:" + code);
            for (String text : feedback.getOrDefault("evidence:" + code, List.of())) {
                group.add(ClaimProblemText.line(getTranslation("claim.page.reviewerSays", text), "evidence:" + code));
            }
            UnorderedList list = new UnorderedList();
            claim.documents().stream().filter(d -> code.equals(d.requirementCode() == null ? EvidenceDocument.EXTRA
                    : d.requirementCode())).forEach(d -> list.add(line(d, feedback, content)));
            if (list.getChildren().findAny().isEmpty()) {
                list.add(new ListItem(getTranslation("claim.evidence.noFiles")));
            }
            group.add(list);
            add(group);
        }
    }

    private ListItem line(DocumentView doc, Map<String, List<String>> feedback, LongFunction<byte[]> content) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = content.apply(doc.id());
                return new DownloadResponse(new ByteArrayInputStream(bytes), doc.fileName(), doc.contentType(), bytes.length);
            } catch (RuntimeException refused) {
                return DownloadResponse.error(404);
            }
        }), doc.fileName());
        download.setId("claim-document-" + doc.id());
        download.getElement().setAttribute("download", doc.fileName());
        ListItem line = new ListItem(download, new Span(" " + getTranslation("claim.evidence.fileFacts",
                FileSizes.human(doc.size(), getLocale()), doc.contentType())));
        line.setId("claim-document-line-" + doc.id());
        if (doc.note() != null) {
            line.add(new Span(" " + getTranslation("claim.evidence.fileNote", doc.note())));
        }
        addMarker(line, "document:" + doc.id());
        for (String text : feedback.getOrDefault("document:" + doc.id(), List.of())) {
            line.add(ClaimProblemText.line(getTranslation("claim.page.reviewerSays", text), "document:" + doc.id()));
        }
        return line;
    }

    private void addMarker(com.vaadin.flow.component.HasComponents item, String concerns) {
        Component marker = markers.apply(concerns);
        if (marker != null) {
            item.add(marker);
        }
    }
}
