package works.incentives.web.plan;

/** The plan wizard's list of what blocks submission, each problem linked to the step that fixes it. */
public class ProblemList extends works.incentives.web.component.wizard.ProblemList {

    public ProblemList() {
        super(new Setup("plan", "problems.aria", "problems.none", "problems.count", "problems.fix",
                PlanSteps::stepOf, step -> "step." + step + ".title"));
    }
}
