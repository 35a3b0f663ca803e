package works.incentives.web.review;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import works.incentives.domain.shared.Problem;
import works.incentives.web.i18n.Messages;

import java.util.List;

/**
 * The pre-submission check run again for the reviewer: what the partner's wizard would still flag
 * today (a rule may have changed, the fund may have shrunk). Empty means every check passes.
 */
class ChecklistPanel extends Div {

    private final UnorderedList items = new UnorderedList();

    ChecklistPanel() {
        setId("review-checklist");
        addClassName("review-section");
        add(new H3(getTranslation("review.checklist.title")), items);
    }

    void show(List<Problem> problems) {
        items.removeAll();
        if (problems.isEmpty()) {
            ListItem ok = new ListItem(getTranslation("review.checklist.allPassed"));
            ok.addClassName("checklist-ok");
            items.add(ok);
            return;
        }
        for (Problem problem : problems) {
            ListItem item = new ListItem(Messages.of(this, problem));
            item.addClassName("checklist-problem");
            item.getElement().setAttribute("data-concerns", String.valueOf(problem.concerns()));
            items.add(item);
        }
    }
}
