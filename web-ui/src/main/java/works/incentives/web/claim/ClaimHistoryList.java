package works.incentives.web.claim;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import works.incentives.domain.audit.HistoryView;
import works.incentives.web.plan.Formats;

import java.time.ZoneOffset;
import java.util.List;

/** The claim's history as the partner reads it: when, who, what, and the status it led to. */
class ClaimHistoryList extends UnorderedList {

    ClaimHistoryList() {
        setId("claim-history");
    }

    void show(List<HistoryView> entries) {
        removeAll();
        for (HistoryView entry : entries) {
            String when = Formats.date(entry.at().atZone(ZoneOffset.UTC).toLocalDate(), getLocale());
            String to = entry.toStatus() == null ? "" : getTranslation("status.claim." + entry.toStatus());
            ListItem item = new ListItem(getTranslation("claim.page.historyEntry", when, entry.actorName(),
                    getTranslation("claim.history." + entry.action()), to, entry.details() == null ? "" : entry.details()));
            item.getElement().setAttribute("data-action", entry.action());
            add(item);
        }
    }
}
