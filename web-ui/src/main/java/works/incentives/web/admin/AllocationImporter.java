package works.incentives.web.admin;

import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.fund.AllocationService.AllocateFunds;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.program.ProgramSummary;
import works.incentives.domain.shared.Actor;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The allocation import of the admin screen and of the REST API: a UTF-8 CSV file
 * ({@link AllocationCsv}), each good row allocated by its own service call, hence its own
 * transaction, so good rows land even when others are refused.
 */
public final class AllocationImporter {

    /** The largest file taken (1 MB), on the screen and through the API. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;

    /**
     * A refused line: either a CSV check's message key and arguments, or the service's refusal
     * ({@code failure}, then {@code reasonKey} is null).
     */
    public record Refusal(long line, String raw, String reasonKey, List<Object> args, RuntimeException failure) {
    }

    /** How many rows were allocated and which lines were refused, in line order. */
    public record Outcome(int allocated, List<Refusal> refused) {
    }

    private final AllocationService allocations;
    private final PartnerService partners;
    private final ProgramService programs;
    private final ProgramAdminService admin;

    public AllocationImporter(AllocationService allocations, PartnerService partners, ProgramService programs,
                              ProgramAdminService admin) {
        this.allocations = allocations;
        this.partners = partners;
        this.programs = programs;
        this.admin = admin;
    }

    public Outcome importCsv(byte[] data, Actor actor) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new Outcome(0, List.of(new Refusal(1, "", "admin.csv.notUtf8", List.of(), null)));
        }
        AllocationCsv.Result parsed = AllocationCsv.parse(text, directory(actor));
        List<Refusal> refused = new ArrayList<>();
        parsed.rejected().forEach(r -> refused.add(new Refusal(r.line(), r.raw(), r.reasonKey(), r.args(), null)));
        int allocated = 0;
        for (AllocationCsv.Row row : parsed.rows()) {
            try {
                allocations.allocate(new AllocateFunds(row.partnerId(), row.programId(), row.periodId(), row.earned()),
                        actor);
                allocated++;
            } catch (RuntimeException failure) {
                refused.add(new Refusal(row.line(), row.raw(), null, List.of(), failure));
            }
        }
        refused.sort(Comparator.comparingLong(Refusal::line));
        return new Outcome(allocated, refused);
    }

    private AllocationCsv.Directory directory(Actor actor) {
        AllocationCsv.Directory names = new AllocationCsv.Directory();
        partners.list(actor).forEach(p -> names.partner(p.name(), p.id()));
        for (ProgramSummary p : programs.listPrograms()) {
            names.program(p.name(), p.id());
            admin.listFundingPeriods(p.id()).forEach(f -> names.period(p.id(), f.name(), f.id()));
        }
        return names;
    }
}
