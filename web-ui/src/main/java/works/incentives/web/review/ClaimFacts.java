package works.incentives.web.review;

import com.vaadin.flow.component.Component;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.web.i18n.CatalogueNames;
import works.incentives.web.plan.TypeRules;

import java.util.List;

/** The facts of a claim a reviewer weighs: who, what, how much, when, and what was said so far. */
final class ClaimFacts {

    private ClaimFacts() {
    }

    /** The claim's facts, its activity type named from the catalogue revision it is checked against. */
    static Facts of(Component page, ClaimView c, ActivityTypeView type, String partner, String program) {
        Facts facts = new Facts("claim-facts")
                .add("review.claim.partner", partner)
                .add("review.claim.program", program)
                .add("review.claim.activityType", type == null ? null : CatalogueNames.activityType(page, type))
                .add("review.claim.catalogue", type == null ? null : catalogueRules(page, type, c.currencyCode()))
                .add("review.claim.amount", Facts.money(page, c.amount(), c.currencyCode()))
                .add("review.claim.executionDate", Facts.date(page, c.executionDate()))
                .add("review.claim.estimatedReach", c.estimatedReach())
                .add("review.claim.preApprovalId", c.preApprovalId())
                .add("review.claim.persons", c.persons())
                .add("review.claim.deadline", Facts.date(page, c.claimDeadline()))
                .add("review.claim.answerDueOn", Facts.date(page, c.answerDueOn()))
                .add("review.claim.reviewer", c.reviewer())
                .add("review.claim.reviewComment", c.reviewComment())
                .add("review.claim.rejectionReason", c.rejectionReason() == null ? null
                        : page.getTranslation(c.rejectionReason().messageKey()))
                .add("review.claim.disputeReason", c.disputeReason())
                .add("review.claim.paymentReference", c.paymentReference())
                .add("review.claim.paidOn", Facts.date(page, c.paidOn()))
                .add("review.claim.finalComments", c.finalComments())
                .add("review.claim.partnerAnswer", c.partnerAnswer());
        c.metrics().forEach((code, value) -> facts.addLabelled(CatalogueNames.metric(page, type, code), "metric." + code, value));
        return facts;
    }

    /** Which catalogue revision the claim is checked against, with its caps. */
    private static String catalogueRules(Component page, ActivityTypeView type, String currencyCode) {
        List<String> caps = TypeRules.capTexts(page, type, currencyCode);
        return CatalogueNames.revision(page, type) + " · "
                + (caps.isEmpty() ? page.getTranslation("typeRules.noCaps") : String.join("; ", caps));
    }
}
