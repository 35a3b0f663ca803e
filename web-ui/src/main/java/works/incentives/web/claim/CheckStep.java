package works.incentives.web.claim;

import works.incentives.web.i18n.CatalogueNames;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.shared.Problem;
import works.incentives.web.component.wizard.WizardStep;
import works.incentives.web.guidance.GuidanceLink;
import works.incentives.web.plan.Formats;

import java.time.LocalDate;
import java.util.List;

/**
 * Step 5: the server's full pre-submission check (the list shrinks as items are fixed), a short
 * summary of what will be submitted, and who may submit: partner admins; users are told so.
 */
public class CheckStep extends WizardStep implements LocaleChangeObserver {

    final ClaimProblemList problems = new ClaimProblemList();
    final Div summary = new Div();
    final Paragraph whoSubmits = new Paragraph();
    private ClaimView claim;
    private boolean maySubmit;
    private LocalDate today;

    public CheckStep() {
        super(ClaimSteps.CHECK, "claim.step.");
        summary.setId("claim-check-summary");
        whoSubmits.setId("claim-who-submits");
        add(problems, summary, whoSubmits);
    }

    private works.incentives.domain.program.ProgramCommands.ActivityTypeView type;

    /** The catalogue revision the claim is checked against, to name its type. */
    public void useType(works.incentives.domain.program.ProgramCommands.ActivityTypeView checkedAgainst) {
        this.type = checkedAgainst;
    }

    public void show(ClaimView shown, List<Problem> found, boolean userMaySubmit, LocalDate now) {
        this.claim = shown;
        this.maySubmit = userMaySubmit;
        this.today = now;
        problems.show(found);
        render();
    }

    /** The server refused the submission: show everything it found. */
    public void showProblems(List<Problem> found) {
        problems.show(found);
    }

    private void render() {
        if (claim == null) {
            return;
        }
        summary.removeAll();
        DescriptionList list = new DescriptionList();
        term(list, "claim.summary.name", claim.name());
        term(list, "claim.summary.activityType", (type != null ? CatalogueNames.activityType(this, type)
                : CatalogueNames.activityType(this, claim.activityTypeCode())));
        term(list, "claim.summary.date", Formats.date(claim.executionDate(), getLocale()));
        term(list, "claim.summary.amount", Formats.money(claim.amount(), claim.currencyCode(), getLocale()));
        term(list, "claim.summary.costs", claim.invoice() != null
                ? getTranslation("claim.summary.invoice", claim.invoice().number() == null ? "–" : claim.invoice().number(),
                claim.invoice().vendor() == null ? "–" : claim.invoice().vendor())
                : claim.selfCertification() != null ? getTranslation("claim.costs.mode.SELF_CERTIFICATION") : "–");
        term(list, "claim.summary.documents", String.valueOf(claim.documents().size()));
        term(list, "claim.summary.deadline", getTranslation("claim.deadline.value",
                Formats.date(claim.claimDeadline(), getLocale()), ClaimDeadlines.daysLeft(this, today, claim.claimDeadline())));
        summary.add(list);
        String who = claim.status() == ClaimStatus.ACTION_REQUIRED ? "claim.check.answerOnPage"
                : maySubmit ? "claim.check.adminSubmits" : "claim.check.userCannotSubmit";
        whoSubmits.setText(getTranslation(who));
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value == null ? "–" : value));
    }

    @Override
    public List<GuidanceLink> guidance() {
        return List.of(ClaimGuidance.CHECK_AND_SUBMIT, ClaimGuidance.AFTER_SUBMISSION, ClaimGuidance.STATES);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        problems.render();
        render();
    }

    public Registration addFixListener(ComponentEventListener<ClaimProblemList.FixEvent> listener) {
        return problems.addFixListener(listener);
    }
}
