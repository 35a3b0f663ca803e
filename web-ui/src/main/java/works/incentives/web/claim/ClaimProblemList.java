package works.incentives.web.claim;

import works.incentives.web.component.wizard.ProblemList;

/**
 * Everything {@code ClaimService.check} finds, each linked to the step and field where it is
 * fixed; empty means a reviewer would find nothing missing.
 */
public class ClaimProblemList extends ProblemList {

    public ClaimProblemList() {
        super(new Setup("claim", "claim.problems.aria", "claim.problems.none", "claim.problems.count",
                "claim.problems.fix", ClaimSteps::stepOf, step -> "claim.step." + step + ".title"));
    }
}
