package works.incentives.web.admin;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an allocation file ({@code partner,program,period,earned}) and checks every row against
 * the names the caller knows, without touching a service: the view then allocates the good rows
 * one by one, so one bad row never stops the others, and reports the rest by line number.
 *
 * <p>Choices, so spreadsheets from any office open as they are:
 * <ul>
 *   <li>UTF-8, with or without a byte-order mark (Excel writes one);</li>
 *   <li>the header row is required, case-insensitive, in any order; extra columns are ignored;</li>
 *   <li>comma or semicolon separated, whichever the header uses (Excel writes semicolons where
 *       the comma is the decimal separator); with semicolons, "1500,50" is a decimal amount;</li>
 *   <li>empty lines are skipped; names match ignoring case and surrounding spaces;</li>
 *   <li>amounts are plain decimals (at most 4 places), more than zero, no thousands separators;</li>
 *   <li>a partner, program and period twice in the file: the second row is refused.</li>
 * </ul>
 * Reasons are message keys with arguments ({@code admin.csv.*}), translated by the view.
 */
public final class AllocationCsv {

    static final List<String> COLUMNS = List.of("partner", "program", "period", "earned");
    static final int MAX_ROWS = 5_000;

    /** A row ready to allocate. */
    public record Row(long line, String raw, long partnerId, long programId, long periodId, BigDecimal earned) {
    }

    /** A refused row (line 1 for a problem with the whole file), with the reason as a message key. */
    public record Rejected(long line, String raw, String reasonKey, List<Object> args) {
        Rejected(long line, String raw, String reasonKey, Object... args) {
            this(line, raw, reasonKey, List.of(args));
        }
    }

    public record Result(List<Row> rows, List<Rejected> rejected) {
    }

    /** The names the file may use, as the services list them; a name used twice is ambiguous. */
    public static final class Directory {
        private static final long AMBIGUOUS = -1;
        private final Map<String, Long> partners = new HashMap<>();
        private final Map<String, Long> programs = new HashMap<>();
        private final Map<String, Long> periods = new HashMap<>();

        public Directory partner(String name, long id) {
            put(partners, key(name), id);
            return this;
        }

        public Directory program(String name, long id) {
            put(programs, key(name), id);
            return this;
        }

        public Directory period(long programId, String name, long id) {
            put(periods, programId + "|" + key(name), id);
            return this;
        }

        private static void put(Map<String, Long> map, String key, long id) {
            map.merge(key, id, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
        }
    }

    private AllocationCsv() {
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    public static Result parse(String text, Directory names) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        String firstLine = content.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (firstLine.isBlank()) {
            rejected.add(new Rejected(1, "", "admin.csv.empty"));
            return new Result(rows, rejected);
        }
        char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setIgnoreHeaderCase(true)
                .setAllowMissingColumnNames(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            Map<String, Integer> header = new HashMap<>();
            parser.getHeaderMap().forEach((name, index) -> header.putIfAbsent(key(name), index));
            List<String> missing = COLUMNS.stream().filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                rejected.add(new Rejected(1, firstLine, "admin.csv.missingColumns", String.join(", ", missing),
                        String.join(String.valueOf(delimiter), COLUMNS)));
                return new Result(rows, rejected);
            }
            Set<String> seen = new HashSet<>();
            Map<String, Long> firstLineOf = new HashMap<>();
            CSVFormat quoting = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
            LineCounter lines = new LineCounter(content);
            for (CSVRecord record : parser) {
                if (record.stream().allMatch(String::isBlank)) {
                    continue; // a line of spaces only: empty as far as a spreadsheet user can see
                }
                long line = lines.lineAt(record.getCharacterPosition());
                String raw = quoting.format((Object[]) record.values());
                if (rows.size() + rejected.size() >= MAX_ROWS) {
                    rejected.add(new Rejected(line, raw, "admin.csv.tooManyRows", MAX_ROWS));
                    break;
                }
                check(record, header, names, delimiter, line, raw).ifPresentOrElse(rejected::add, () -> {
                    Row row = row(record, header, names, delimiter, line, raw);
                    String identity = row.partnerId() + "|" + row.programId() + "|" + row.periodId();
                    if (seen.add(identity)) {
                        firstLineOf.put(identity, line);
                        rows.add(row);
                    } else {
                        rejected.add(new Rejected(line, raw, "admin.csv.duplicateInFile", firstLineOf.get(identity)));
                    }
                });
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException broken) {
            rejected.add(new Rejected(rows.size() + rejected.size() + 2L, "", "admin.csv.unreadable",
                    String.valueOf(broken.getMessage())));
        }
        return new Result(rows, rejected);
    }

    private static Optional<Rejected> check(CSVRecord record, Map<String, Integer> header, Directory names,
                                            char delimiter, long line, String raw) {
        int needed = COLUMNS.stream().mapToInt(header::get).max().orElse(0);
        if (record.size() <= needed) {
            return Optional.of(new Rejected(line, raw, "admin.csv.tooFewColumns", COLUMNS.size()));
        }
        String partner = value(record, header, "partner");
        String program = value(record, header, "program");
        String period = value(record, header, "period");
        for (String column : COLUMNS) {
            if (value(record, header, column).isEmpty()) {
                return Optional.of(new Rejected(line, raw, "admin.csv.valueMissing", column));
            }
        }
        Long partnerId = names.partners.get(key(partner));
        if (partnerId == null || partnerId == Directory.AMBIGUOUS) {
            return Optional.of(new Rejected(line, raw, partnerId == null ? "admin.csv.unknownPartner"
                    : "admin.csv.ambiguousPartner", partner));
        }
        Long programId = names.programs.get(key(program));
        if (programId == null || programId == Directory.AMBIGUOUS) {
            return Optional.of(new Rejected(line, raw, programId == null ? "admin.csv.unknownProgram"
                    : "admin.csv.ambiguousProgram", program));
        }
        Long periodId = names.periods.get(programId + "|" + key(period));
        if (periodId == null || periodId == Directory.AMBIGUOUS) {
            return Optional.of(new Rejected(line, raw, "admin.csv.unknownPeriod", period, program));
        }
        if (amount(value(record, header, "earned"), delimiter).isEmpty()) {
            return Optional.of(new Rejected(line, raw, "admin.csv.badAmount", value(record, header, "earned")));
        }
        return Optional.empty();
    }

    private static Row row(CSVRecord record, Map<String, Integer> header, Directory names, char delimiter, long line,
                           String raw) {
        long programId = names.programs.get(key(value(record, header, "program")));
        return new Row(line, raw, names.partners.get(key(value(record, header, "partner"))), programId,
                names.periods.get(programId + "|" + key(value(record, header, "period"))),
                amount(value(record, header, "earned"), delimiter).orElseThrow());
    }

    /** A positive plain decimal with at most 4 places; with semicolon files a decimal comma is accepted. */
    static Optional<BigDecimal> amount(String text, char delimiter) {
        String plain = delimiter == ';' && text.indexOf('.') < 0 ? text.replace(',', '.') : text;
        if (!plain.matches("\\d{1,15}(\\.\\d{1,4})?")) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(plain);
        return amount.signum() > 0 ? Optional.of(amount) : Optional.empty();
    }

    private static String value(CSVRecord record, Map<String, Integer> header, String column) {
        int index = header.get(column);
        return index < record.size() ? record.get(index).strip() : "";
    }

    /**
     * 1-based line of a record's first character, counting line breaks so that skipped empty
     * lines and quoted multi-line fields keep the numbers a spreadsheet user sees. Records come
     * in order, so the count goes forward only.
     */
    private static final class LineCounter {
        private final String content;
        private int position;
        private long line = 1;

        LineCounter(String content) {
            this.content = content;
        }

        /** The parser reports where it started reading, before the empty lines it skipped: skip those too. */
        long lineAt(long target) {
            while (position < content.length()
                    && (position < target || Character.isWhitespace(content.charAt(position)))) {
                if (content.charAt(position++) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
