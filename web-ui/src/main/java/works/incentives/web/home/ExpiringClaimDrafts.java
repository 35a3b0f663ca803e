package works.incentives.web.home;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import works.incentives.domain.claim.ClaimCommands.ClaimRow;
import works.incentives.web.plan.Formats;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The warning before draft claims expire at their claim deadline (the nightly job expires them):
 * each draft with its days left and a way back into it. Hidden when nothing is close.
 */
public class ExpiringClaimDrafts extends Div {

    /** Drafts whose claim deadline is this close are listed. */
    public static final long WARNING_DAYS = 14;

    final H2 heading = new H2();
    final UnorderedList items = new UnorderedList();

    public ExpiringClaimDrafts() {
        setId("home-expiring-drafts");
        addClassName("warning-box");
        getElement().setAttribute("role", "status");
        items.setId("home-expiring-drafts-list");
        add(heading, items);
        setVisible(false);
    }

    public void show(List<ClaimRow> drafts, LocalDate today) {
        items.removeAll();
        heading.setText(getTranslation("claim.home.expiring.title", WARNING_DAYS));
        for (ClaimRow draft : drafts) {
            long days = ChronoUnit.DAYS.between(today, draft.claimDeadline());
            Span text = new Span(getTranslation("claim.home.expiring.item", draft.name(),
                    Formats.date(draft.claimDeadline(), getLocale()), days));
            Button resume = new Button(getTranslation("claims.resume"), VaadinIcon.EDIT.create(),
                    e -> UI.getCurrent().navigate("claims/" + draft.id() + "/edit"));
            resume.setId("expiring-claim-" + draft.id());
            resume.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            items.add(new ListItem(VaadinIcon.WARNING.create(), text, resume));
        }
        setVisible(!drafts.isEmpty());
    }
}
