package works.incentives.web.claim;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimStatus;

import java.time.LocalDate;

/**
 * What the partner can do with the claim in its state: resume a draft, fix what a reviewer asked
 * for, withdraw (after a confirmation) while not yet under review, print the self-certification;
 * a partner user who may not act reads who does.
 */
class ClaimPartnerActions extends Div {

    final Paragraph whoActs = new Paragraph();
    final Button resume = new Button(VaadinIcon.EDIT.create());
    final Button fix = new Button(VaadinIcon.EDIT.create());
    final Button withdraw = new Button(VaadinIcon.ARROW_BACKWARD.create());
    final Anchor selfCertification = new Anchor();

    ClaimPartnerActions(Runnable onResume, Runnable onFix, Runnable onWithdraw) {
        addClassName("claim-partner-actions");
        whoActs.setId("claim-who-acts");
        resume.setId("claim-resume");
        fix.setId("claim-fix");
        withdraw.setId("claim-withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        selfCertification.setId("claim-self-certification");
        selfCertification.setTarget(AnchorTarget.BLANK);
        resume.addClickListener(e -> onResume.run());
        fix.addClickListener(e -> onFix.run());
        withdraw.addClickListener(e -> confirmWithdraw(onWithdraw));
        add(whoActs, new HorizontalLayout(resume, fix, withdraw), selfCertification);
    }

    void show(ClaimView claim, LocalDate today, boolean admin) {
        ClaimStatus s = claim.status();
        fix.setText(getTranslation("claim.page.fix"));
        fix.setVisible(ClaimAnswerForm.open(claim, today));
        resume.setText(getTranslation("claim.page.resume"));
        resume.setVisible(s == ClaimStatus.DRAFT);
        withdraw.setText(getTranslation("claim.page.withdraw"));
        withdraw.setVisible(admin && (s == ClaimStatus.DRAFT || s == ClaimStatus.SUBMITTED));
        boolean partnerMayAct = s == ClaimStatus.ACTION_REQUIRED || s == ClaimStatus.REJECTED
                || s == ClaimStatus.SUBMITTED || s == ClaimStatus.DRAFT;
        whoActs.setText(getTranslation("claim.page.adminActs"));
        whoActs.setVisible(!admin && partnerMayAct);
        selfCertification.setText(getTranslation("claim.costs.self.print"));
        selfCertification.setHref("claims/" + claim.id() + "/self-certification");
        selfCertification.setVisible(claim.selfCertification() != null);
    }

    private void confirmWithdraw(Runnable onWithdraw) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("claim-withdraw-dialog");
        dialog.setHeader(getTranslation("claim.page.withdraw.confirmTitle"));
        dialog.setText(getTranslation("claim.page.withdraw.confirmText"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("claim.page.withdraw.keep"));
        dialog.setConfirmText(getTranslation("claim.page.withdraw"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> onWithdraw.run());
        dialog.open();
    }
}
