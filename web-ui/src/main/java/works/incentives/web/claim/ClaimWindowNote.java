package works.incentives.web.claim;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.web.plan.Formats;

import java.time.LocalDate;

/**
 * The funding period's claim window above the proof-of-execution wizard: from when to when claims
 * for this fund are accepted, and how many days are left (or that it has not opened yet), so the
 * partner knows the dates before a submission is refused.
 */
class ClaimWindowNote extends Paragraph implements LocaleChangeObserver {

    private AllocationView fund;
    private LocalDate today;

    ClaimWindowNote() {
        setId("claim-window");
        addClassName("claim-window");
        setVisible(false);
    }

    void show(AllocationView shown, LocalDate day) {
        this.fund = shown;
        this.today = day;
        render();
    }

    private void render() {
        setVisible(fund != null && fund.claimOpens() != null);
        if (!isVisible()) {
            return;
        }
        String opens = Formats.date(fund.claimOpens(), getLocale());
        String closes = Formats.date(fund.claimDeadline(), getLocale());
        boolean notYet = today.isBefore(fund.claimOpens());
        setText(notYet ? getTranslation("claim.window.notYet", fund.periodName(), opens, closes)
                : getTranslation("claim.window.open", fund.periodName(), opens, closes,
                ClaimDeadlines.daysLeft(this, today, fund.claimDeadline())));
        setClassName("warning", notYet || ClaimDeadlines.daysBetween(today, fund.claimDeadline()) < ClaimDeadlines.WARNING_DAYS);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }
}
