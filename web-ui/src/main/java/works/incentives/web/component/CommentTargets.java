package works.incentives.web.component;

import com.vaadin.flow.component.Component;
import works.incentives.domain.claim.Claim;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimCommands.DocumentView;
import works.incentives.domain.plan.PlanCommands.ActivityView;
import works.incentives.domain.plan.PlanCommands.CampaignView;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramCommands.EvidenceRequirementData;
import works.incentives.web.i18n.CatalogueNames;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * The items of a plan or claim a comment (or a request for action) may be pinned to, by the key the
 * server stores ({@code "activity:7"}, {@code "document:12"}), each with its name in the user's
 * language, in the order the page shows them.
 */
public final class CommentTargets {

    private CommentTargets() {
    }

    /** The plan, each campaign and each activity. */
    public static LinkedHashMap<String, String> plan(Component ui, PlanView plan, List<ActivityTypeView> catalogue) {
        LinkedHashMap<String, String> targets = new LinkedHashMap<>();
        targets.put("plan", ui.getTranslation("review.target.plan"));
        for (CampaignView campaign : plan.campaigns()) {
            targets.put("campaign:" + campaign.id(), ui.getTranslation("review.target.campaign", campaign.name()));
            for (ActivityView activity : campaign.activities()) {
                targets.put("activity:" + activity.id(), ui.getTranslation("review.target.activity", campaign.name(),
                        CatalogueNames.activityType(ui, catalogue, activity.activityTypeCode())));
            }
        }
        return targets;
    }

    /** The claim, its costs, each evidence requirement of its type (and answered by a file), each document. */
    public static LinkedHashMap<String, String> claim(Component ui, ClaimView claim, ActivityTypeView type) {
        LinkedHashMap<String, String> targets = new LinkedHashMap<>();
        targets.put("claim", ui.getTranslation("review.target.claim"));
        targets.put(Claim.COSTS_TARGET, ui.getTranslation("comments.target.costs"));
        if (type != null) {
            type.evidence().stream().map(EvidenceRequirementData::code).forEach(code -> targets.put("evidence:" + code,
                    ui.getTranslation("review.target.requirement", CatalogueNames.requirement(ui, type, code))));
        }
        for (DocumentView document : claim.documents()) {
            targets.putIfAbsent("evidence:" + document.requirementCode(), ui.getTranslation("review.target.requirement",
                    CatalogueNames.requirement(ui, type, document.requirementCode())));
        }
        for (DocumentView document : claim.documents()) {
            targets.put("document:" + document.id(), ui.getTranslation("review.target.document", document.fileName(),
                    CatalogueNames.requirement(ui, type, document.requirementCode())));
        }
        return targets;
    }
}
