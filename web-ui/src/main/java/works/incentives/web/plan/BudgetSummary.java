package works.incentives.web.plan;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The running total of planned money against what the fund can still reserve, updated while the
 * partner types an amount, with a warning (in words, not only colour) when the plan is over.
 */
public class BudgetSummary extends Div {

    final Paragraph total = new Paragraph();
    final ProgressBar bar = new ProgressBar();
    final Paragraph warning = new Paragraph();
    private BigDecimal planned = BigDecimal.ZERO;
    private BigDecimal available = BigDecimal.ZERO;
    private String currencyCode = "USD";

    public BudgetSummary() {
        setId("plan-budget");
        addClassName("budget-summary");
        total.setId("plan-budget-total");
        warning.setId("plan-budget-warning");
        warning.addClassName("warning");
        warning.getElement().setAttribute("role", "alert");
        bar.setId("plan-budget-bar");
        add(total, bar, warning);
    }

    public void show(BigDecimal plannedTotal, BigDecimal availableInFund, String currency) {
        this.planned = plannedTotal;
        this.available = availableInFund;
        this.currencyCode = currency;
        refresh();
    }

    /** Shows the total as it would be with a typed (not yet saved) amount. */
    public void preview(BigDecimal plannedTotal) {
        this.planned = plannedTotal;
        refresh();
    }

    public boolean isOver() {
        return planned.compareTo(available) > 0;
    }

    public BigDecimal planned() {
        return planned;
    }

    private void refresh() {
        String plannedText = Formats.money(planned, currencyCode, getLocale());
        String availableText = Formats.money(available, currencyCode, getLocale());
        total.setText(getTranslation("budget.total", plannedText, availableText));
        double ratio = available.signum() <= 0 ? 1 : planned.divide(available, 4, RoundingMode.HALF_UP).doubleValue();
        bar.setValue(Math.min(1, Math.max(0, ratio)));
        bar.getElement().setAttribute("aria-label", total.getText());
        warning.setVisible(isOver());
        warning.setText(isOver() ? getTranslation("budget.over",
                Formats.money(planned.subtract(available), currencyCode, getLocale())) : "");
        setClassName("over", isOver());
    }
}
