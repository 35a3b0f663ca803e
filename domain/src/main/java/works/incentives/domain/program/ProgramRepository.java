package works.incentives.domain.program;

import java.util.List;
import java.util.Optional;

/** Stores and finds programs; implemented in the persistence module. */
public interface ProgramRepository {

    List<Program> findAllOrderedByYearAndName();

    Optional<Program> findById(long id);

    Program save(Program program);

    long count();
}
