package works.incentives.web.plan;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import works.incentives.domain.plan.PlanCommands.PlanRow;

import java.util.List;
import java.util.Map;

/**
 * Draft plans with a "Resume" button each; resuming opens the wizard at the first step that has
 * something to fix (or the review), so the partner continues where the work is.
 */
public class DraftList extends Div {

    final UnorderedList items = new UnorderedList();
    final Paragraph empty = new Paragraph();
    private List<PlanRow> drafts = List.of();
    private Map<Long, String> programNames = Map.of();

    public DraftList() {
        setId("draft-plans");
        addClassName("draft-list");
        empty.setId("draft-plans-empty");
        add(items, empty);
    }

    public void show(List<PlanRow> rows, Map<Long, String> programs) {
        this.drafts = List.copyOf(rows);
        this.programNames = Map.copyOf(programs);
        render();
    }

    void render() {
        items.removeAll();
        for (PlanRow draft : drafts) {
            Span text = new Span(getTranslation("drafts.item", draft.title() == null ? "" : draft.title(),
                    programNames.getOrDefault(draft.programId(), ""),
                    Formats.money(draft.plannedTotal(), draft.currencyCode(), getLocale())));
            Button resume = new Button(getTranslation("drafts.resume"), VaadinIcon.EDIT.create(),
                    e -> UI.getCurrent().navigate(resumeRoute(draft.id())));
            resume.setId("resume-plan-" + draft.id());
            resume.getElement().setAttribute("aria-label", getTranslation("drafts.resume.aria", draft.title()));
            items.add(new ListItem(text, resume));
        }
        empty.setText(getTranslation("drafts.none"));
        empty.setVisible(drafts.isEmpty());
    }

    /** Other drafts are listed beside these (the home page's draft claims): no "no drafts" sentence. */
    public void othersListed(boolean listed) {
        empty.setVisible(drafts.isEmpty() && !listed);
    }

    /** The wizard without a step: it opens the step to resume at. */
    public static String resumeRoute(long planId) {
        return "plans/" + planId + "/edit";
    }
}
