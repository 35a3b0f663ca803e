package works.incentives.web.plan;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import works.incentives.domain.fund.AllocationService.AllocationView;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A fund's balances and its expiry: what was earned, what approved plans hold, what is left, the
 * claim window and how many days remain to claim it, with a warning when money is about to expire unclaimed.
 */
public class FundFacts extends Div {

    /** Below this many days left with money remaining, the partner is warned (DOMAIN.md: half leave funds unclaimed). */
    public static final long EXPIRY_WARNING_DAYS = 45;

    final Paragraph warning = new Paragraph();

    public FundFacts() {
        addClassName("fund-facts");
    }

    public void show(AllocationView fund) {
        removeAll();
        if (fund == null) {
            return;
        }
        Locale locale = getLocale();
        DescriptionList facts = new DescriptionList();
        term(facts, "fund.earned", Formats.money(fund.earned(), fund.currencyCode(), locale), "fund-earned");
        term(facts, "fund.committed", Formats.money(fund.committed(), fund.currencyCode(), locale), "fund-committed");
        term(facts, "fund.claimed", Formats.money(fund.claimed(), fund.currencyCode(), locale), "fund-claimed");
        term(facts, "fund.remaining", Formats.money(fund.remaining(), fund.currencyCode(), locale), "fund-remaining");
        term(facts, "fund.uncommitted", Formats.money(fund.uncommitted(), fund.currencyCode(), locale), "fund-uncommitted");
        term(facts, "fund.deadline", getTranslation("fund.deadline.value",
                Formats.date(fund.claimDeadline(), locale), daysLeft(fund)), "fund-deadline");
        if (fund.claimOpens() != null) {
            term(facts, "fund.claimWindow", getTranslation("fund.claimWindow.value",
                    Formats.date(fund.claimOpens(), locale), Formats.date(fund.claimDeadline(), locale)),
                    "fund-claim-window");
        }
        add(facts);
        if (expiresSoon(fund)) {
            warning.setId("fund-expiry-warning");
            warning.addClassName("warning");
            warning.setText(getTranslation("fund.expiryWarning",
                    Formats.money(fund.remaining(), fund.currencyCode(), locale), fund.daysLeft()));
            warning.getElement().setAttribute("role", "status");
            add(VaadinIcon.WARNING.create(), warning);
        }
    }

    String daysLeft(AllocationView fund) {
        return fund.daysLeft() < 0 ? getTranslation("fund.expired")
                : getTranslation("fund.daysLeft", fund.daysLeft());
    }

    /** Money left and fewer than {@link #EXPIRY_WARNING_DAYS} days to claim it. */
    public static boolean expiresSoon(AllocationView fund) {
        return fund.daysLeft() >= 0 && fund.daysLeft() < EXPIRY_WARNING_DAYS
                && fund.remaining().compareTo(BigDecimal.ZERO) > 0;
    }

    private void term(DescriptionList list, String key, String value, String id) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.setId(id);
        list.add(new DescriptionList.Term(getTranslation(key)), description);
    }
}
