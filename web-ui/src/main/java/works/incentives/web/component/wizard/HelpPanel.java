package works.incentives.web.component.wizard;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import works.incentives.web.guidance.GuidanceLink;

/**
 * The help beside a step: what the step needs and why, and "Learn more" links that open the
 * guidance article in a new tab so the wizard's input stays where it is.
 */
public class HelpPanel extends Aside {

    final H2 heading = new H2();
    final Paragraph text = new Paragraph();
    final UnorderedList links = new UnorderedList();

    public HelpPanel() {
        setId("wizard-help");
        addClassName("wizard-help");
        text.setId("wizard-help-text");
        links.setId("wizard-help-links");
        add(heading, text, links);
    }

    void show(WizardStep step) {
        heading.setText(getTranslation("wizard.help.title"));
        getElement().setAttribute("aria-label", getTranslation("wizard.help.title"));
        text.setText(getTranslation(step.helpKey()));
        links.removeAll();
        for (GuidanceLink link : step.guidance()) {
            links.add(new ListItem(learnMore(link)));
        }
    }

    /** A link opening the guidance section in a new tab; its text names the section. */
    Anchor learnMore(GuidanceLink link) {
        Anchor anchor = new Anchor(link.href(), getTranslation("wizard.help.learnMore",
                getTranslation(linkKey(link))));
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", "noopener");
        anchor.addClassName("learn-more");
        return anchor;
    }

    /** The translation key naming a guidance section, e.g. {@code guidance.link.creating-your-plan.campaigns}. */
    public static String linkKey(GuidanceLink link) {
        return "guidance.link." + link.article().slug() + "." + link.heading();
    }
}
