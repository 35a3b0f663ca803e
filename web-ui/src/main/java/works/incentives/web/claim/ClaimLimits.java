package works.incentives.web.claim;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.web.plan.Formats;

import java.math.BigDecimal;

/**
 * The numbers a claim must stay within, where the partner types the amount: the campaign window,
 * the activity's approved and remaining amounts, the fund's remaining money and the type's caps
 * (DOMAIN.md: rules are opaque; show them where they apply).
 */
public class ClaimLimits extends Div {

    private ClaimableActivity activity;
    private ActivityTypeView type;
    private String currencyCode = "USD";

    public ClaimLimits() {
        setId("claim-limits");
    }

    public void show(ClaimableActivity chosen, ActivityTypeView activityType, String currency) {
        this.activity = chosen;
        this.type = activityType;
        this.currencyCode = currency;
        render();
    }

    void render() {
        removeAll();
        DescriptionList list = new DescriptionList();
        if (activity != null) {
            term(list, "claim.limits.window", getTranslation("claim.limits.window.value",
                    Formats.date(activity.campaignStart(), getLocale()), Formats.date(activity.campaignEnd(), getLocale())),
                    "claim-limit-window");
            term(list, "claim.limits.approved", money(activity.approvedAmount()), "claim-limit-approved");
            term(list, "claim.limits.remaining", money(activity.remaining()), "claim-limit-remaining");
            if (activity.fundRemaining() != null) {
                term(list, "claim.limits.fund", money(activity.fundRemaining()), "claim-limit-fund");
            }
        }
        if (type != null) {
            if (type.perClaimCap() != null) {
                term(list, "claim.limits.perClaimCap", money(type.perClaimCap()), "claim-limit-per-claim");
            }
            if (type.perPeriodCap() != null) {
                term(list, "claim.limits.perPeriodCap", money(type.perPeriodCap()), "claim-limit-per-period");
            }
            if (type.earnedSharePercent() != null) {
                term(list, "claim.limits.earnedShare", getTranslation("claim.limits.earnedShare.value",
                        type.earnedSharePercent().stripTrailingZeros().toPlainString()), "claim-limit-earned-share");
            }
            if (type.perPersonCap() != null) {
                term(list, "claim.limits.perPerson", getTranslation("claim.limits.perPerson.value",
                        money(type.perPersonCap()), type.maxPersons() == null ? "–" : type.maxPersons()),
                        "claim-limit-per-person");
            }
            if (type.alcoholExcluded()) {
                term(list, "claim.limits.alcohol", getTranslation("claim.limits.alcohol.value"), "claim-limit-alcohol");
            }
        }
        add(list);
    }

    private String money(BigDecimal amount) {
        return Formats.money(amount, currencyCode, getLocale());
    }

    private void term(DescriptionList list, String key, String value, String id) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.setId(id);
        list.add(new DescriptionList.Term(getTranslation(key)), description);
    }
}
