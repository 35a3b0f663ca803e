package works.incentives.web.component.wizard;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import works.incentives.web.guidance.GuidanceDrawer;
import works.incentives.web.guidance.GuidanceLink;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The help beside a step: what the step needs and why, and "Learn more" links that open the
 * guidance article in a drawer beside the step ({@link GuidanceDrawer}), so the wizard's input
 * stays where it is and no second copy of the application loads. A program admin's own
 * text for the step's help key and the UI language replaces the bundled text when an
 * {@linkplain #setOverrides override lookup} is set.
 */
public class HelpPanel extends Aside {

    final H2 heading = new H2();
    final Paragraph text = new Paragraph();
    final UnorderedList links = new UnorderedList();
    private Function<String, Optional<String>> overrides = key -> Optional.empty();

    public HelpPanel() {
        setId("wizard-help");
        addClassName("wizard-help");
        text.setId("wizard-help-text");
        links.setId("wizard-help-links");
        add(heading, text, links);
    }

    /**
     * Where admins' texts come from: help key to text in the current UI language (see
     * {@link #language(Locale)}); null for the bundled texts only.
     */
    public void setOverrides(Function<String, Optional<String>> lookup) {
        this.overrides = lookup == null ? key -> Optional.empty() : lookup;
    }

    /** The snippet language of a UI locale: {@code zh-TW} for any Chinese, else {@code en}. */
    public static String language(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? "zh-TW" : "en";
    }

    void show(WizardStep step) {
        heading.setText(getTranslation("wizard.help.title"));
        getElement().setAttribute("aria-label", getTranslation("wizard.help.title"));
        text.setText(helpText(step.helpKey()));
        links.removeAll();
        for (GuidanceLink link : step.guidance()) {
            links.add(new ListItem(learnMore(link)));
        }
    }

    private String helpText(String key) {
        Optional<String> override;
        try {
            override = overrides.apply(key);
        } catch (RuntimeException unavailable) {
            // the help must never break the wizard: fall back to the bundled text
            override = Optional.empty();
        }
        return override.filter(t -> !t.isBlank()).orElseGet(() -> getTranslation(key));
    }

    /** A link opening the guidance section in the drawer; its text names the section. */
    Anchor learnMore(GuidanceLink link) {
        return GuidanceDrawer.learnMore(link, getTranslation("wizard.help.learnMore", getTranslation(linkKey(link))));
    }

    /** The translation key naming a guidance section, e.g. {@code guidance.link.creating-your-plan.campaigns}. */
    public static String linkKey(GuidanceLink link) {
        return "guidance.link." + link.article().slug() + "." + link.heading();
    }
}
