package works.incentives.web.admin;

import org.junit.jupiter.api.Test;
import works.incentives.web.admin.AllocationCsv.Directory;
import works.incentives.web.admin.AllocationCsv.Rejected;
import works.incentives.web.admin.AllocationCsv.Result;
import works.incentives.web.admin.AllocationCsv.Row;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the allocation file reader accepts and how it reports each refused line, without any service. */
class AllocationCsvTest {

    private final Directory names = new Directory()
            .partner("Contoso Ltd", 1).partner("Fabrikam, Inc.", 2).partner("Twin", 7).partner("twin ", 8)
            .program("CSP co-op FY27", 10).program("Modern Work FY27", 20)
            .period(10, "H1 FY27", 100).period(10, "H2 FY27", 101).period(20, "H1 FY27", 200);

    private static Result parse(String text, Directory names) {
        return AllocationCsv.parse(text, names);
    }

    @Test
    void aGoodFileGivesOneRowPerLineWithIdsAndExactAmounts() {
        Result result = parse("""
                partner,program,period,earned
                Contoso Ltd,CSP co-op FY27,H1 FY27,12500.00
                "Fabrikam, Inc.",Modern Work FY27,H1 FY27,900.5
                """, names);
        assertEquals(List.of(), result.rejected());
        assertEquals(List.of(new Row(2, "Contoso Ltd,CSP co-op FY27,H1 FY27,12500.00", 1, 10, 100, new BigDecimal("12500.00")),
                new Row(3, "\"Fabrikam, Inc.\",Modern Work FY27,H1 FY27,900.5", 2, 20, 200, new BigDecimal("900.5"))),
                result.rows());
    }

    @Test
    void aByteOrderMarkHeaderCaseAndColumnOrderDoNotMatterAndNamesIgnoreCaseAndSpaces() {
        Result result = parse("\uFEFFEarned,PERIOD,Partner,Program,Comment\r\n"
                + "3000, h2 fy27 , contoso ltd ,csp co-op fy27,ignored\r\n", names);
        assertEquals(List.of(), result.rejected());
        Row row = result.rows().get(0);
        assertEquals(List.of(1L, 10L, 101L), List.of(row.partnerId(), row.programId(), row.periodId()));
        assertEquals(new BigDecimal("3000"), row.earned());
    }

    @Test
    void semicolonFilesFromSpreadsheetsWithDecimalCommasAreRead() {
        Result result = parse("partner;program;period;earned\nContoso Ltd;CSP co-op FY27;H1 FY27;1500,75\n", names);
        assertEquals(List.of(), result.rejected());
        assertEquals(new BigDecimal("1500.75"), result.rows().get(0).earned());
    }

    @Test
    void emptyLinesAreSkippedAndLineNumbersStayThoseOfTheFile() {
        Result result = parse("partner,program,period,earned\n\nContoso Ltd,CSP co-op FY27,H1 FY27,10\n\n\n"
                + "Nobody,CSP co-op FY27,H1 FY27,10\n", names);
        assertEquals(1, result.rows().size());
        assertEquals(3, result.rows().get(0).line());
        assertEquals(List.of(new Rejected(6, "Nobody,CSP co-op FY27,H1 FY27,10", "admin.csv.unknownPartner", "Nobody")),
                result.rejected());
    }

    @Test
    void badAmountsAreRefusedWithTheValueAsWritten() {
        Result result = parse("""
                partner,program,period,earned
                Contoso Ltd,CSP co-op FY27,H1 FY27,12.5k
                Contoso Ltd,CSP co-op FY27,H2 FY27,-5
                Contoso Ltd,Modern Work FY27,H1 FY27,0
                "Fabrikam, Inc.",CSP co-op FY27,H1 FY27,1.23456
                """, names);
        assertEquals(List.of(), result.rows());
        assertEquals(List.of("admin.csv.badAmount"), result.rejected().stream().map(Rejected::reasonKey).distinct().toList());
        assertEquals(List.of("12.5k"), result.rejected().get(0).args());
        assertEquals(List.of(2L, 3L, 4L, 5L), result.rejected().stream().map(Rejected::line).toList());
    }

    @Test
    void unknownPartnerProgramOrPeriodAndAmbiguousNamesAreRefusedByName() {
        Result result = parse("""
                partner,program,period,earned
                Initech,CSP co-op FY27,H1 FY27,10
                Contoso Ltd,Nope,H1 FY27,10
                Contoso Ltd,Modern Work FY27,H2 FY27,10
                Twin,CSP co-op FY27,H1 FY27,10
                Contoso Ltd,,H1 FY27,10
                Contoso Ltd,CSP co-op FY27
                """, names);
        assertEquals(List.of("admin.csv.unknownPartner", "admin.csv.unknownProgram", "admin.csv.unknownPeriod",
                "admin.csv.ambiguousPartner", "admin.csv.valueMissing", "admin.csv.tooFewColumns"),
                result.rejected().stream().map(Rejected::reasonKey).toList());
        assertEquals(List.of("H2 FY27", "Modern Work FY27"), result.rejected().get(2).args());
        assertTrue(result.rows().isEmpty());
    }

    @Test
    void theSamePartnerProgramAndPeriodTwiceInTheFileRefusesTheSecondAndNamesTheFirstLine() {
        Result result = parse("""
                partner,program,period,earned
                Contoso Ltd,CSP co-op FY27,H1 FY27,10
                "Fabrikam, Inc.",CSP co-op FY27,H1 FY27,10
                CONTOSO LTD,CSP co-op FY27,H1 FY27,99
                """, names);
        assertEquals(1, result.rows().stream().filter(r -> r.partnerId() == 1).count());
        Rejected duplicate = result.rejected().stream().filter(r -> r.reasonKey().equals("admin.csv.duplicateInFile"))
                .findFirst().orElseThrow();
        assertEquals(4, duplicate.line());
        assertEquals(List.of(2L), duplicate.args());
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsRefusesTheWholeFileAndAnEmptyFileSaysSo() {
        Result missing = parse("partner,program,amount\nContoso Ltd,CSP co-op FY27,10\n", names);
        assertEquals(List.of(), missing.rows());
        assertEquals("admin.csv.missingColumns", missing.rejected().get(0).reasonKey());
        assertEquals("period, earned", missing.rejected().get(0).args().get(0));
        assertEquals("admin.csv.empty", parse("\uFEFF\n\n", names).rejected().get(0).reasonKey());
    }

    @Test
    void aBrokenQuoteStopsReadingWithAReportInsteadOfAnException() {
        Result result = parse("partner,program,period,earned\nContoso Ltd,CSP co-op FY27,H1 FY27,10\n"
                + "\"Fabrikam,CSP co-op FY27,H1 FY27,10\n", names);
        assertEquals(1, result.rows().size());
        assertEquals("admin.csv.unreadable", result.rejected().get(0).reasonKey());
    }
}
