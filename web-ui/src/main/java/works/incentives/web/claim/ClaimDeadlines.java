package works.incentives.web.claim;

import com.vaadin.flow.component.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Countdowns in words: "12 days left", "due today", "passed" (DOMAIN.md: show the days left). */
public final class ClaimDeadlines {

    /** Drafts whose claim deadline is this close are listed on the home page and marked in the wizard. */
    public static final long WARNING_DAYS = 14;

    private ClaimDeadlines() {
    }

    public static long daysBetween(LocalDate today, LocalDate deadline) {
        return ChronoUnit.DAYS.between(today, deadline);
    }

    public static String daysLeft(Component owner, long days) {
        if (days < 0) {
            return owner.getTranslation("claim.countdown.passed");
        }
        if (days == 0) {
            return owner.getTranslation("claim.countdown.today");
        }
        return owner.getTranslation("claim.countdown.days", days);
    }

    public static String daysLeft(Component owner, LocalDate today, LocalDate deadline) {
        return daysLeft(owner, daysBetween(today, deadline));
    }
}
