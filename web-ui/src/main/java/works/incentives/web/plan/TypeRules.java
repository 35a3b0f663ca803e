package works.incentives.web.plan;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import works.incentives.domain.program.ActivityCategory;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramCommands.EvidenceRequirementData;
import works.incentives.web.component.wizard.HelpPanel;
import works.incentives.web.guidance.GuidanceDrawer;
import works.incentives.web.guidance.GuidanceLink;
import works.incentives.web.i18n.CatalogueNames;
import com.vaadin.flow.component.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of one activity type where the partner picks it: the evidence a claim will need, the
 * metrics to plan and report, and the caps, so nothing comes as a surprise at claim time.
 */
public class TypeRules extends Div {

    final UnorderedList evidence = new UnorderedList();
    final UnorderedList metrics = new UnorderedList();
    final UnorderedList caps = new UnorderedList();

    public TypeRules() {
        setId("activity-type-rules");
        addClassName("type-rules");
        getElement().setAttribute("role", "region");
    }

    public void show(ActivityTypeView type, String currencyCode) {
        removeAll();
        evidence.removeAll();
        metrics.removeAll();
        caps.removeAll();
        if (type == null) {
            setVisible(false);
            return;
        }
        setVisible(true);
        getElement().setAttribute("aria-label", getTranslation("typeRules.aria", typeName(this, type)));
        add(new Paragraph(getTranslation("typeRules.category", CatalogueNames.category(this, type.category()))));
        for (EvidenceRequirementData requirement : type.evidence()) {
            evidence.add(new ListItem(CatalogueNames.evidence(this, type, requirement)
                    + (requirement.mandatory() ? "" : " " + getTranslation("typeRules.optional"))));
        }
        type.metrics().forEach(m -> metrics.add(new ListItem(CatalogueNames.metric(this, type, m))));
        capTexts(type, currencyCode).forEach(text -> caps.add(new ListItem(text)));
        section("typeRules.evidence", evidence, "typeRules.noEvidence");
        section("typeRules.metrics", metrics, "typeRules.noMetrics");
        section("typeRules.caps", caps, "typeRules.noCaps");
        add(link(categoryGuidance(type.category())), link(PlanGuidance.EVIDENCE), link(PlanGuidance.CAPS));
    }

    List<String> capTexts(ActivityTypeView type, String currencyCode) {
        return capTexts(this, type, currencyCode);
    }

    /** Each cap of the type as a sentence ("At most $18,750.00 per usage period"); empty when it has none. */
    public static List<String> capTexts(Component owner, ActivityTypeView type, String currencyCode) {
        java.util.Locale locale = CatalogueNames.locale(owner);
        List<String> texts = new ArrayList<>();
        if (type.perClaimCap() != null) {
            texts.add(owner.getTranslation("typeRules.cap.perClaim", Formats.money(type.perClaimCap(), currencyCode, locale)));
        }
        if (type.perPeriodCap() != null) {
            texts.add(owner.getTranslation("typeRules.cap.perPeriod", Formats.money(type.perPeriodCap(), currencyCode, locale)));
        }
        if (type.earnedSharePercent() != null) {
            texts.add(type.earnedShareFloor() == null
                    ? owner.getTranslation("typeRules.cap.earnedShare", type.earnedSharePercent().stripTrailingZeros().toPlainString())
                    : owner.getTranslation("typeRules.cap.earnedShareFloor", type.earnedSharePercent().stripTrailingZeros().toPlainString(),
                    Formats.money(type.earnedShareFloor(), currencyCode, locale)));
        }
        if (type.perPersonCap() != null) {
            texts.add(owner.getTranslation("typeRules.cap.perPerson", Formats.money(type.perPersonCap(), currencyCode, locale),
                    type.maxPersons() == null ? 1 : type.maxPersons()));
        }
        if (type.alcoholExcluded()) {
            texts.add(owner.getTranslation("typeRules.cap.noAlcohol"));
        }
        return texts;
    }

    private void section(String headingKey, UnorderedList items, String emptyKey) {
        add(new H4(getTranslation(headingKey)));
        if (items.getChildren().findAny().isPresent()) {
            add(items);
        } else {
            add(new Paragraph(getTranslation(emptyKey)));
        }
    }

    private Anchor link(GuidanceLink target) {
        return GuidanceDrawer.learnMore(target, getTranslation("wizard.help.learnMore",
                getTranslation(HelpPanel.linkKey(target))));
    }

    static GuidanceLink categoryGuidance(ActivityCategory category) {
        return switch (category) {
            case DEMAND_GENERATION -> PlanGuidance.DEMAND_GENERATION;
            case MARKET_DEVELOPMENT -> PlanGuidance.MARKET_DEVELOPMENT;
            case PARTNER_READINESS -> PlanGuidance.PARTNER_READINESS;
        };
    }

    /** An activity type's name in the user's language (the admin's names for an admin's own type). */
    static String typeName(Component owner, ActivityTypeView type) {
        return CatalogueNames.activityType(owner, type);
    }
}
