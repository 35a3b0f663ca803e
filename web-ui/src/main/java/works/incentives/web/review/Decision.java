package works.incentives.web.review;

import works.incentives.domain.claim.RejectionReason;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a reviewer entered in a {@link DecisionDialog}; fields the dialog did not ask for are null.
 * {@code target} is the concerned item in the services' form ("plan", "activity:7", "document:12").
 */
record Decision(String comment, RejectionReason reason, String target, BigDecimal limit, String reference,
                LocalDate paidOn) {
}
