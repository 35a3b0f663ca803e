package works.incentives.web.claim;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.shared.Problem;
import works.incentives.web.component.TextLimit;
import works.incentives.web.plan.Formats;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Answering a reviewer's request for action: by when, what the check still finds missing (each
 * with the step that fixes it), and the answer, which a partner admin sends once nothing is missing.
 */
class ClaimAnswerForm extends Div {

    final Paragraph answerDue = new Paragraph();
    final ClaimProblemList stillMissing = new ClaimProblemList();
    final TextArea answerText = new TextArea();
    final Button answer = new Button(VaadinIcon.PAPERPLANE.create());

    /**
     * @param openStep opens a step of the claim's wizard
     * @param send     sends the answer's text
     */
    ClaimAnswerForm(Consumer<String> openStep, Consumer<String> send) {
        addClassName("claim-answer-form");
        answerDue.setId("claim-answer-due");
        stillMissing.setId("claim-still-missing");
        answerText.setId("claim-answer-text");
        answerText.setWidthFull();
        TextLimit.comment(answerText);
        answer.setId("claim-answer");
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.addClickListener(e -> send.accept(answerText.getValue()));
        stillMissing.addFixListener(e -> openStep.accept(e.stepId()));
        add(answerDue, stillMissing, answerText, answer);
    }

    /** Whether the claim waits for the partner's answer and the answer is not yet overdue. */
    static boolean open(ClaimView claim, LocalDate today) {
        return claim.status() == ClaimStatus.ACTION_REQUIRED && claim.answerDueOn() != null
                && !today.isAfter(claim.answerDueOn());
    }

    void show(ClaimView claim, List<Problem> problems, LocalDate today, boolean admin) {
        boolean actionRequired = claim.status() == ClaimStatus.ACTION_REQUIRED;
        boolean answerOpen = open(claim, today);
        answerDue.setVisible(actionRequired && claim.answerDueOn() != null);
        if (claim.answerDueOn() != null) {
            answerDue.setText(getTranslation("claim.page.answerDue", Formats.date(claim.answerDueOn(), getLocale()),
                    ClaimDeadlines.daysLeft(this, today, claim.answerDueOn())));
        }
        stillMissing.setVisible(actionRequired);
        stillMissing.show(problems);
        answerText.setLabel(getTranslation("claim.page.answer.label"));
        answerText.setHelperText(getTranslation("claim.page.answer.helper"));
        answerText.setVisible(answerOpen && admin);
        answer.setText(getTranslation("claim.page.answer"));
        answer.setVisible(answerOpen && admin);
        answer.setEnabled(problems.isEmpty());
    }

    void clear() {
        answerText.clear();
    }
}
