package works.incentives.web.claim;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import works.incentives.domain.claim.ClaimCommands.ClaimView;

import java.util.List;
import java.util.Map;

/** What the reviewer said about the claim as a whole: the comment, the rejection reason, notes on the claim. */
class ClaimFeedbackBox extends Div {

    ClaimFeedbackBox() {
        setId("claim-feedback");
        addClassName("claim-feedback");
    }

    /** @param feedback the reviewer's notes by the item they concern ("claim" for the whole claim) */
    void show(ClaimView claim, Map<String, List<String>> feedback) {
        removeAll();
        if (claim.reviewComment() != null) {
            add(new Paragraph(getTranslation("claim.page.reviewComment", claim.reviewComment())));
        }
        if (claim.rejectionReason() != null) {
            add(new Paragraph(getTranslation("claim.page.rejectionReason",
                    getTranslation("rejectionReason." + claim.rejectionReason().name()))));
        }
        feedback.getOrDefault("claim", List.of()).stream()
                .filter(t -> !t.equals(claim.reviewComment()))
                .forEach(t -> add(new Paragraph(getTranslation("claim.page.reviewerSays", t))));
        setVisible(getChildren().findAny().isPresent());
    }
}
