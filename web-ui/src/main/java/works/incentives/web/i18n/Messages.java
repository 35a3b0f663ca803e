package works.incentives.web.i18n;

import com.vaadin.flow.component.Component;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Problem;

/** A domain refusal or problem in the user's language, from its message key and arguments. */
public final class Messages {

    private Messages() {
    }

    public static String of(Component component, DomainRuleViolation violation) {
        return component.getTranslation(violation.messageKey(), violation.args().toArray());
    }

    public static String of(Component component, Problem problem) {
        return component.getTranslation(problem.messageKey(), problem.args().toArray());
    }
}
