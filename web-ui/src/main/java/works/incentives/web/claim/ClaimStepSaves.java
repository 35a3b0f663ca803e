package works.incentives.web.claim;

import com.vaadin.flow.component.Component;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimCommands.CreateClaim;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Problem;
import works.incentives.web.component.Feedback;
import works.incentives.web.component.wizard.DraftSaves;
import works.incentives.web.i18n.CatalogueNames;

import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The claim wizard's saves that do more than save: the draft is created for the chosen activity,
 * the details are checked again by the server before moving on, and the costs step saves whichever
 * of invoice and self-certification the partner filled in.
 */
final class ClaimStepSaves {

    private final Component view;
    private final ClaimWorkspace.Services services;
    private final ClaimService claims;
    private final DraftSaves drafts;
    private final LongSupplier claimId;
    private final Supplier<Actor> actor;

    ClaimStepSaves(Component view, ClaimWorkspace.Services services, DraftSaves drafts, LongSupplier claimId,
                   Supplier<Actor> actor) {
        this.view = view;
        this.services = services;
        this.claims = services.claims();
        this.drafts = drafts;
        this.claimId = claimId;
        this.actor = actor;
    }

    /** The current catalogue of the activities' programs, to name admin-defined types. */
    List<ActivityTypeView> catalogueOf(List<ClaimableActivity> activities) {
        List<Long> programIds = activities.stream().map(ClaimableActivity::programId).distinct().toList();
        return programIds.isEmpty() ? List.of() : services.programAdmin().listActivityTypes(programIds);
    }

    /** The draft for the activity chosen on the first step, named after its type and campaign; null when refused. */
    ClaimView create(ActivityStep step) {
        ClaimableActivity chosen = step.selected();
        String name = view.getTranslation("claim.defaultName", CatalogueNames.activityType(view,
                catalogueOf(List.of(chosen)), chosen.activityTypeCode()), chosen.campaignName());
        try {
            return claims.createDraft(new CreateClaim(chosen.planId(), chosen.activityId(), name), actor.get());
        } catch (RuntimeException refused) {
            step.refuse(Feedback.describe(view, refused));
            return null;
        }
    }

    /**
     * Saves the details; when the server then finds an entered value wrong (date outside the
     * window, amount over a limit) the partner stays here and sees it on the field.
     */
    boolean details(DetailsStep step, boolean moveOn) {
        long id = claimId.getAsLong();
        ClaimView saved = drafts.save(v -> claims.updateDetails(id, v, step.bean().command(), actor.get()));
        if (saved == null) {
            return false;
        }
        if (!moveOn) {
            return true;
        }
        List<Problem> problems = Feedback.attempt(view, () -> claims.check(id, actor.get()));
        List<Problem> entryErrors = problems == null ? List.of()
                : problems.stream().filter(ClaimStepSaves::isEntryError).toList();
        if (!entryErrors.isEmpty()) {
            step.showProblems(entryErrors);
            return false;
        }
        return true;
    }

    /** Saves the invoice or the self-certification, whichever was filled in (nothing to save is fine). */
    boolean costs(CostsStep step) {
        var invoice = step.invoice();
        var self = step.selfCertification();
        if (invoice == null && self == null) {
            return true;
        }
        long id = claimId.getAsLong();
        return drafts.save(v -> invoice != null ? claims.attachInvoice(id, v, invoice, actor.get())
                        : claims.selfCertify(id, v, self, actor.get()),
                refused -> step.refuse(Feedback.describe(view, refused))) != null;
    }

    /** Only problems about values entered in the details that are wrong, not missing: the partner stays there to fix them. */
    static boolean isEntryError(Problem problem) {
        return switch (problem.rule()) {
            case CLAIM_EXECUTION_DATE_OUTSIDE_CAMPAIGN, CLAIM_OVER_ACTIVITY_AMOUNT, CLAIM_OVER_ACTIVITY_REMAINING,
                 CLAIM_OVER_PER_CLAIM_CAP,
                 CLAIM_OVER_PERIOD_CAP, CLAIM_OVER_EARNED_SHARE_CAP, CLAIM_OVER_PER_PERSON_CAP,
                 CLAIM_TOO_MANY_PERSONS, CLAIM_ALCOHOL_NOT_ELIGIBLE, CLAIM_OVER_REMAINING_FUNDS,
                 CLAIM_OVER_PLAN_LIMIT -> true;
            default -> false;
        };
    }
}
