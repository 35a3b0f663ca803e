package works.incentives.domain.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import works.incentives.domain.access.AllowedRoles;
import works.incentives.domain.shared.Role;

import java.util.Currency;
import java.util.List;

/** Use cases around programs: listing them and setting them up. */
@ApplicationScoped
@Transactional
public class ProgramService {

    private ProgramRepository programs;

    protected ProgramService() {
        // for CDI proxies
    }

    @Inject
    public ProgramService(ProgramRepository programs) {
        this.programs = programs;
    }

    @AllowedRoles({Role.INCENTIVES_USER, Role.INCENTIVES_ADMIN, Role.PROGRAM_ADMIN, Role.REVIEWER})
    public List<ProgramSummary> listPrograms() {
        return programs.findAllOrderedByYearAndName().stream().map(ProgramSummary::of).toList();
    }

    @AllowedRoles(Role.PROGRAM_ADMIN)
    public ProgramSummary createProgram(String name, int programYear, String currencyCode,
                                        boolean planPreApprovalRequired) {
        Program program = new Program(name, programYear, Currency.getInstance(currencyCode),
                planPreApprovalRequired);
        return ProgramSummary.of(programs.save(program));
    }

    public boolean hasPrograms() {
        return programs.count() > 0;
    }
}
