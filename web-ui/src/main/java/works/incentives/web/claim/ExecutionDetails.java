package works.incentives.web.claim;

import works.incentives.domain.claim.ClaimCommands.ClaimDetails;
import works.incentives.domain.claim.ClaimCommands.ClaimView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The details step's bean, read from and written to the claim's details (its fields bound by the step). */
public class ExecutionDetails {

    String name = "";
    LocalDate executionDate;
    BigDecimal amount;
    Integer estimatedReach;
    String preApprovalId = "";
    Integer persons;
    boolean includesAlcohol;
    final Map<String, String> metrics = new LinkedHashMap<>();
    String finalComments = "";

    static ExecutionDetails of(ClaimView claim) {
        ExecutionDetails d = new ExecutionDetails();
        d.name = claim.name() == null ? "" : claim.name();
        d.executionDate = claim.executionDate();
        d.amount = claim.amount();
        d.estimatedReach = claim.estimatedReach() == null ? null : (int) Math.min(Integer.MAX_VALUE, claim.estimatedReach());
        d.preApprovalId = claim.preApprovalId() == null ? "" : claim.preApprovalId();
        d.persons = claim.persons();
        d.includesAlcohol = claim.includesAlcohol();
        if (claim.metrics() != null) {
            d.metrics.putAll(claim.metrics());
        }
        d.finalComments = claim.finalComments() == null ? "" : claim.finalComments();
        return d;
    }

    /** The service's command; blank metrics are left out so the check still reports them. */
    public ClaimDetails command() {
        Map<String, String> reported = new LinkedHashMap<>();
        metrics.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                reported.put(k, v.strip());
            }
        });
        return new ClaimDetails(name == null ? "" : name.strip(), executionDate, amount,
                estimatedReach == null ? null : estimatedReach.longValue(),
                preApprovalId == null || preApprovalId.isBlank() ? null : preApprovalId.strip(),
                persons, includesAlcohol, reported, finalComments == null || finalComments.isBlank() ? null : finalComments.strip());
    }
}
