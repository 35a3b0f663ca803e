package works.incentives.domain.program;

/** What a list of programs shows; safe to keep in a UI session. */
public record ProgramSummary(long id, String name, int programYear, String currencyCode,
                             boolean planPreApprovalRequired) {

    static ProgramSummary of(Program program) {
        return new ProgramSummary(program.getId(), program.getName(), program.getProgramYear(),
                program.getCurrency().getCurrencyCode(), program.isPlanPreApprovalRequired());
    }
}
