package works.incentives.web.component;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import works.incentives.domain.audit.HistoryView;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;

/**
 * The history of a plan or claim as both sides read it: who did what and when, the status it moved
 * to, comments, documents added, and the item each entry concerns (DOMAIN.md: reviewer feedback
 * must not be buried, so the concerned item is named on every line). Fed with {@link HistoryView}s;
 * {@code describeConcern} turns "document:12" into the document's name on the page that knows it.
 */
@StyleSheet("context://styles/review.css")
public class HistoryPanel extends Div {

    private final UnorderedList entries = new UnorderedList();
    private final String statusKeyPrefix;
    private final Function<String, String> describeConcern;
    private List<HistoryView> shown = List.of();
    /** The history as a CSV file, newest first as shown. */
    private final CsvExport<HistoryView> export;

    /**
     * @param statusKeyPrefix "status.claim." or "status.plan.": whose status names the entries carry
     * @param describeConcern the name of a concerned item ("document:12" &rarr; its file name)
     */
    public HistoryPanel(String statusKeyPrefix, Function<String, String> describeConcern) {
        this.statusKeyPrefix = statusKeyPrefix;
        this.describeConcern = describeConcern;
        setId("history-panel");
        addClassName("history-panel");
        entries.setId("history-entries");
        export = new CsvExport<>(statusKeyPrefix.replace("status.", "").replace(".", "") + "-history",
                () -> CsvExport.Pages.of(shown));
        export.column("history.column.when", entry -> when().format(entry.at()))
                .column("history.column.who", HistoryView::actorName)
                .column("history.column.role", entry -> getTranslation("role." + entry.actorRole()))
                .column("history.column.action", entry -> action(entry.action()))
                .column("history.column.status", entry -> entry.toStatus() == null ? ""
                        : getTranslation(statusKeyPrefix + entry.toStatus()))
                .column("history.column.concerns", entry -> entry.concerns() == null ? ""
                        : describeConcern.apply(entry.concerns()))
                .column("history.column.details", HistoryView::details);
        add(new H3(getTranslation("history.title")), export.link("history-export"), entries);
    }

    private DateTimeFormatter when() {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
    }

    /** Shows the entries newest first, so the latest feedback is on top. */
    public void show(List<HistoryView> history) {
        entries.removeAll();
        List<HistoryView> newestFirst = new java.util.ArrayList<>(history);
        java.util.Collections.reverse(newestFirst);
        shown = newestFirst;
        if (history.isEmpty()) {
            entries.add(new ListItem(getTranslation("history.empty")));
            return;
        }
        DateTimeFormatter when = when();
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryView entry = history.get(i);
            ListItem item = new ListItem();
            item.addClassName("history-entry");
            item.getElement().setAttribute("data-action", entry.action());
            Span head = new Span(getTranslation("history.line", when.format(entry.at()), entry.actorName(),
                    getTranslation("role." + entry.actorRole()), action(entry.action())));
            head.addClassName("history-head");
            item.add(head);
            if (entry.toStatus() != null && !entry.toStatus().equals(entry.fromStatus())) {
                Span status = new Span(getTranslation("history.status", getTranslation(statusKeyPrefix + entry.toStatus())));
                status.addClassName("history-status");
                item.add(status);
            }
            if (entry.concerns() != null) {
                Span concern = new Span(getTranslation("history.concerns", describeConcern.apply(entry.concerns())));
                concern.addClassName("history-concerns");
                item.add(concern);
            }
            if (entry.details() != null && !entry.details().isBlank()) {
                Paragraph details = new Paragraph(entry.details());
                details.addClassName("history-details");
                item.add(details);
            }
            entries.add(item);
        }
    }

    private String action(String action) {
        String key = "history.action." + action;
        String text = getTranslation(key);
        return text.startsWith("!") ? action : text;
    }
}
