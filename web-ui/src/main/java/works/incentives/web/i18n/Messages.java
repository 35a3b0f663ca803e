package works.incentives.web.i18n;

import com.vaadin.flow.component.Component;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Problem;

/** A domain refusal or problem in the user's language, from its message key and arguments (catalogue names translated). */
public final class Messages {

    private Messages() {
    }

    public static String of(Component component, DomainRuleViolation violation) {
        return component.getTranslation(violation.messageKey(), CatalogueNames.arguments(component, violation.args()));
    }

    public static String of(Component component, Problem problem) {
        return component.getTranslation(problem.messageKey(), CatalogueNames.arguments(component, problem.args()));
    }
}
