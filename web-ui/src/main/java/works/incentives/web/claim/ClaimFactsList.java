package works.incentives.web.claim;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.web.i18n.CatalogueNames;
import works.incentives.web.plan.Formats;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** The claim's facts on its page: type, date, amount, costs, deadline, and what was said about it. */
class ClaimFactsList extends Div {

    ClaimFactsList() {
        setId("claim-facts");
    }

    /** @param type the catalogue revision the claim is checked against, or null (then the standard name) */
    void show(ClaimView claim, ActivityTypeView type, LocalDate today) {
        removeAll();
        DescriptionList list = new DescriptionList();
        term(list, "claim.summary.activityType", type != null ? CatalogueNames.activityType(this, type)
                : CatalogueNames.activityType(this, claim.activityTypeCode()), "claim-fact-type");
        term(list, "claim.summary.date", Formats.date(claim.executionDate(), getLocale()), "claim-fact-date");
        term(list, "claim.summary.amount", Formats.money(claim.amount(), claim.currencyCode(), getLocale()), "claim-fact-amount");
        term(list, "claim.summary.costs", claim.invoice() != null
                ? getTranslation("claim.summary.invoice", claim.invoice().number(), claim.invoice().vendor())
                : claim.selfCertification() != null ? getTranslation("claim.costs.mode.SELF_CERTIFICATION") : "–",
                "claim-fact-costs");
        if (claim.status() == ClaimStatus.DRAFT) {
            term(list, "claim.summary.deadline", getTranslation("claim.deadline.value",
                    Formats.date(claim.claimDeadline(), getLocale()),
                    ClaimDeadlines.daysLeft(this, today, claim.claimDeadline())), "claim-fact-deadline");
        }
        if (claim.submittedAt() != null) {
            term(list, "claim.summary.submitted", Formats.date(claim.submittedAt().atZone(ZoneOffset.UTC).toLocalDate(),
                    getLocale()), "claim-fact-submitted");
        }
        if (claim.finalComments() != null) {
            term(list, "claim.summary.finalComments", claim.finalComments(), "claim-fact-final-comments");
        }
        if (claim.partnerAnswer() != null) {
            term(list, "claim.summary.partnerAnswer", claim.partnerAnswer(), "claim-fact-partner-answer");
        }
        add(list);
    }

    private void term(DescriptionList list, String key, String value, String id) {
        DescriptionList.Description description = new DescriptionList.Description(value == null ? "–" : value);
        description.setId(id);
        list.add(new DescriptionList.Term(getTranslation(key)), description);
    }
}
