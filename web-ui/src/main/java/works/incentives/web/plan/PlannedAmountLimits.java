package works.incentives.web.plan;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What an activity's planned amount must stay within, told as it is typed: positive, no more than
 * the fund has left for it, and no more than its type's per-period cap leaves (the server checks
 * all again).
 */
final class PlannedAmountLimits {

    private final Component owner;
    private BigDecimal room = BigDecimal.ZERO;
    /** What each capped type's per-period cap leaves for this activity, by type code (absent: no cap). */
    private Map<String, BigDecimal> capLeft = Map.of();
    private String currencyCode = "USD";

    PlannedAmountLimits(Component owner) {
        this.owner = owner;
    }

    void setCurrency(String currency) {
        this.currencyCode = currency;
    }

    String currencyCode() {
        return currencyCode;
    }

    /** A new activity or another one: the fund's room for it, no cap known yet. */
    void reset(BigDecimal roomInFund) {
        this.room = roomInFund;
        this.capLeft = Map.of();
    }

    void setCapLeft(Map<String, BigDecimal> leftByTypeCode) {
        this.capLeft = Map.copyOf(leftByTypeCode);
    }

    /** Positive, within the fund's room, within the cap of the type chosen now. */
    Validator<BigDecimal> validator(Supplier<ActivityTypeView> chosenType) {
        return (value, context) -> {
            BigDecimal cap = capLeftFor(chosenType.get());
            Locale locale = context.getLocale().orElse(Locale.ENGLISH);
            if (value.signum() <= 0) {
                return ValidationResult.error(owner.getTranslation("activity.amount.positive"));
            }
            if (value.compareTo(room) > 0) {
                return ValidationResult.error(owner.getTranslation("activity.amount.overFund", money(room, locale)));
            }
            if (cap != null && value.compareTo(cap) > 0) {
                return ValidationResult.error(owner.getTranslation("activity.amount.overCap",
                        money(cap.max(BigDecimal.ZERO), locale)));
            }
            return ValidationResult.ok();
        };
    }

    /** What the type's cap leaves (or how far it is exceeded already), or null without a cap. */
    String capHelperText(ActivityTypeView chosen, Locale locale) {
        BigDecimal left = capLeftFor(chosen);
        if (left == null) {
            return null;
        }
        return left.signum() < 0 ? owner.getTranslation("activity.amount.capExhausted", money(left.negate(), locale))
                : owner.getTranslation("activity.amount.capLeft", money(left, locale));
    }

    private BigDecimal capLeftFor(ActivityTypeView selected) {
        return selected == null ? null : capLeft.get(selected.code());
    }

    private String money(BigDecimal amount, Locale locale) {
        return Formats.money(amount, currencyCode, locale);
    }
}
