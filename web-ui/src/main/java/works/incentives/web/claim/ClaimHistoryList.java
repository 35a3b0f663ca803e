package works.incentives.web.claim;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import works.incentives.domain.audit.HistoryView;
import works.incentives.web.plan.Formats;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** The claim's history as the partner reads it: when, who, what, and the status it led to. */
class ClaimHistoryList extends UnorderedList {

    ClaimHistoryList() {
        setId("claim-history");
    }

    /** {@code targets}: the names of the items comments are pinned to, by key. */
    void show(List<HistoryView> entries, Map<String, String> targets) {
        removeAll();
        for (HistoryView entry : entries) {
            String when = Formats.date(entry.at().atZone(ZoneOffset.UTC).toLocalDate(), getLocale());
            String to = entry.toStatus() == null ? "" : getTranslation("status.claim." + entry.toStatus());
            String details = entry.details() == null ? "" : entry.details();
            if ("COMMENTED".equals(entry.action())) {
                to = "";
                details = getTranslation("comments.history", targets.getOrDefault(entry.concerns(), entry.concerns()), details);
            }
            ListItem item = new ListItem(getTranslation("claim.page.historyEntry", when, entry.actorName(),
                    getTranslation("claim.history." + entry.action()), to, details));
            item.getElement().setAttribute("data-action", entry.action());
            add(item);
        }
    }
}
