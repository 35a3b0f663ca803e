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
import com.vaadin.flow.router.QueryParameters;
import works.incentives.domain.audit.SubmissionRequest;
import works.incentives.domain.claim.ClaimCommands.ClaimRow;
import works.incentives.web.claim.ClaimWizardView;
import works.incentives.web.claim.ClaimableActivity;
import works.incentives.web.i18n.CatalogueNames;
import works.incentives.web.plan.DraftList;
import works.incentives.web.plan.Formats;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The home page's ways into the work (issue 15): draft claims to resume beside the draft plans,
 * plans and claims colleagues handed over for a partner admin to submit, and the approved
 * activities with money left, each with "Prepare a proof of execution".
 */
final class HomeWork {

    /** Activities offered for a new proof of execution on the home page, soonest deadline first. */
    static final int ACTIVITIES_SHOWN = 5;

    private HomeWork() {
    }

    /** One draft claim with its amount and deadline, and Resume (the wizard opens where the work is). */
    static ListItem draftClaim(Div ui, ClaimRow claim) {
        String amount = claim.amount() == null ? ui.getTranslation("home.draftClaim.noAmount")
                : Formats.money(claim.amount(), claim.currencyCode(), CatalogueNames.locale(ui));
        Span text = new Span(ui.getTranslation("home.draftClaim.item", claim.name(), amount,
                Formats.date(claim.claimDeadline(), CatalogueNames.locale(ui))));
        Button resume = new Button(ui.getTranslation("drafts.resume"), VaadinIcon.EDIT.create(),
                e -> UI.getCurrent().navigate("claims/" + claim.id() + "/edit"));
        resume.setId("resume-claim-" + claim.id());
        resume.getElement().setAttribute("aria-label", ui.getTranslation("home.draftClaim.resume.aria", claim.name()));
        return new ListItem(text, resume);
    }

    /** A plan or claim a colleague handed over: who, and Open (the wizard opens at its review, where Submit is). */
    static ListItem handedOver(Div ui, SubmissionRequest request, boolean plan) {
        String key = plan ? "home.action.planHandedOver" : "home.action.claimHandedOver";
        Span text = new Span(ui.getTranslation(key, request.name(), request.requestedBy()));
        String route = plan ? DraftList.resumeRoute(request.subjectId()) : "claims/" + request.subjectId() + "/edit";
        Button open = new Button(ui.getTranslation("home.action.checkAndSubmit"), e -> UI.getCurrent().navigate(route));
        open.setId((plan ? "handed-over-plan-" : "handed-over-claim-") + request.subjectId());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return new ListItem(text, open);
    }

    /** The approved activities with money left, soonest claim deadline first, at most {@link #ACTIVITIES_SHOWN}. */
    static List<ClaimableActivity> withMoneyLeft(List<ClaimableActivity> offered) {
        return offered.stream().filter(a -> a.remaining().signum() > 0 && a.claimableNow().signum() > 0)
                .sorted(Comparator.comparing(ClaimableActivity::daysLeft).thenComparing(ClaimableActivity::activityId))
                .limit(ACTIVITIES_SHOWN).toList();
    }

    /** "Ready for a proof of execution": each activity told apart by campaign, dates and money left. */
    static void readyToClaim(Div ui, H2 heading, UnorderedList list, List<ClaimableActivity> activities) {
        heading.setText(ui.getTranslation("home.readyToClaim.title"));
        list.removeAll();
        for (ClaimableActivity a : activities) {
            Span text = new Span(ui.getTranslation("home.readyToClaim.item",
                    CatalogueNames.activityType(ui, a.activityTypeCode()), a.campaignName(),
                    Formats.date(a.campaignStart(), CatalogueNames.locale(ui)), Formats.date(a.campaignEnd(), CatalogueNames.locale(ui)),
                    Formats.money(a.remaining(), a.currencyCode(), CatalogueNames.locale(ui))));
            Button prepare = new Button(ui.getTranslation("home.readyToClaim.prepare"), VaadinIcon.FILE_ADD.create(),
                    e -> UI.getCurrent().navigate("claims/new",
                            QueryParameters.simple(Map.of(ClaimWizardView.ACTIVITY_PARAMETER, String.valueOf(a.activityId())))));
            prepare.setId("prepare-claim-" + a.activityId());
            prepare.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            list.add(new ListItem(text, prepare));
        }
        heading.setVisible(!activities.isEmpty());
        list.setVisible(!activities.isEmpty());
    }
}
