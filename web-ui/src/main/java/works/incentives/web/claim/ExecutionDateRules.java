package works.incentives.web.claim;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.binder.ValueContext;
import works.incentives.web.plan.Formats;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The execution date's rules the partner is told at once, before the server checks them again:
 * inside the campaign's window, and not in the future (an activity is claimed once it has run).
 */
final class ExecutionDateRules {

    private ExecutionDateRules() {
    }

    static Validator<LocalDate> insideCampaign(Component owner, Supplier<ClaimableActivity> chosen) {
        return (date, context) -> {
            ClaimableActivity activity = chosen.get();
            if (date == null || activity == null
                    || (!date.isBefore(activity.campaignStart()) && !date.isAfter(activity.campaignEnd()))) {
                return ValidationResult.ok();
            }
            return ValidationResult.error(owner.getTranslation("claim.details.date.outside",
                    Formats.date(activity.campaignStart(), locale(context)),
                    Formats.date(activity.campaignEnd(), locale(context))));
        };
    }

    static Validator<LocalDate> notAfter(Component owner, Supplier<LocalDate> today) {
        return (date, context) -> date == null || today.get() == null || !date.isAfter(today.get())
                ? ValidationResult.ok()
                : ValidationResult.error(owner.getTranslation("claim.details.date.future",
                Formats.date(today.get(), locale(context))));
    }

    private static Locale locale(ValueContext context) {
        return context.getLocale().orElse(Locale.ENGLISH);
    }
}
