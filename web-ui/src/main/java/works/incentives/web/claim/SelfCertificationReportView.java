package works.incentives.web.claim;

import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.web.i18n.CatalogueNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimCommands.SelfCertificationData;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.shared.Actor;
import works.incentives.web.component.Feedback;
import works.incentives.web.plan.Formats;
import works.incentives.web.security.Roles;

/**
 * The self-certification report as stored with the claim, on a page of its own without the
 * application's chrome, so the browser prints (or saves as PDF) just the report.
 */
@Route("claims/:claimId(\\d+)/self-certification")
@RolesAllowed({Roles.INCENTIVES_USER, Roles.INCENTIVES_ADMIN})
@StyleSheet("context://styles/claim.css")
public class SelfCertificationReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentActor currentActor;
    private final ClaimService claims;
    final H1 heading = new H1();
    final Div body = new Div();
    final Button print = new Button(VaadinIcon.PRINT.create());
    private String typeName;

    @Inject
    public SelfCertificationReportView(CurrentActor currentActor, ClaimService claims) {
        this.currentActor = currentActor;
        this.claims = claims;
        setId("self-certification-report");
        addClassName("printable-report");
        heading.setId("self-certification-heading");
        body.setId("self-certification-body");
        print.setId("self-certification-print-now");
        print.addClassName("no-print");
        print.addClickListener(e -> getElement().executeJs("window.print()"));
        add(print, heading, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load(event.getRouteParameters().getLong("claimId").orElse(0L));
    }

    /** Shows the report of the claim, naming its type as the revision it is checked against does. */
    void load(long claimId) {
        Actor actor = currentActor.require();
        ClaimView claim = Feedback.attempt(this, () -> claims.get(claimId, actor));
        // the revision the claim is checked against names the type (an admin's names in both languages)
        ActivityTypeView type = claim == null ? null : Feedback.attempt(this, () -> claims.activityTypeOf(claimId, actor));
        typeName = type == null ? null : CatalogueNames.activityType(this, type);
        show(claim);
    }

    void show(ClaimView claim) {
        print.setText(getTranslation("claim.report.print"));
        heading.setText(getTranslation("claim.report.title"));
        body.removeAll();
        if (claim == null || claim.selfCertification() == null) {
            body.add(new Paragraph(getTranslation("claim.report.none")));
            return;
        }
        SelfCertificationData self = claim.selfCertification();
        body.add(new Paragraph(getTranslation("claim.report.claim", claim.name(),
                typeName != null ? typeName : CatalogueNames.activityType(this, claim.activityTypeCode()),
                Formats.date(claim.executionDate(), getLocale()),
                Formats.money(claim.amount(), claim.currencyCode(), getLocale()))));
        int i = 0;
        for (String[] pair : SelfCertificationText.pairs(self.answers())) {
            H2 question = new H2(pair[0]);
            Paragraph answer = new Paragraph(pair[1]);
            answer.setId("self-certification-answer-" + i++);
            answer.addClassName("report-answer");
            body.add(question, answer);
        }
        Paragraph signed = new Paragraph(getTranslation("claim.report.certified",
                self.certifiedBy() == null ? "–" : self.certifiedBy(), Formats.date(self.certifiedOn(), getLocale())));
        signed.setId("self-certification-signed");
        body.add(signed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("claim.report.title") + " | " + getTranslation("app.name");
    }
}
