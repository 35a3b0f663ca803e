package works.incentives.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import works.incentives.it.browser.pages.DashboardPage;
import works.incentives.it.browser.pages.MyClaimsPage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14 items 2 and 3 on the deployed application: a reviewer reaches the program dashboard from the
 * navigation and reads its charts; a partner's CSV export, downloaded over HTTP with the partner's
 * session, is UTF-8 with a byte order mark and holds only that partner's claims.
 */
class InsightBrowserIT extends BrowserTestBase {

    @Test
    void aReviewerOpensTheProgramDashboardFromTheNavigation() {
        signIn("rita");
        browser.open(base());
        DashboardPage dashboard = new DashboardPage(browser).openFromNavigation("Dashboard");
        assertEquals("Program dashboard", dashboard.heading());
        assertEquals("img: Claims by state", dashboard.chartTitle("insight-claims"));
        assertTrue(dashboard.bars("insight-claims") >= 1, "the demo's submitted claim is drawn");
        assertTrue(dashboard.text().contains("Review target (SLA): a decision within 10 days"), dashboard.text());
        browser.find(By.id("insight-reviewers"));
        browser.screenshot("dashboard-vendor");
    }

    @Test
    void aPartnersExportDownloadsAsUtf8WithAByteOrderMarkAndHoldsOnlyItsOwnClaims() throws Exception {
        signIn("ann");
        List<String> contoso = exportedClaims(browser);
        assertFalse(contoso.isEmpty(), "the demo gives Contoso claims");
        try (Browser bob = browserSignedIn("bob", "en-US")) {
            List<String> fabrikam = exportedClaims(bob);
            assertTrue(fabrikam.stream().noneMatch(contoso::contains), "Fabrikam's export holds Contoso's claims: "
                    + fabrikam);
        }
    }

    /** My claims' export, downloaded over plain HTTP with the browser's session; the rows' first cells. */
    private List<String> exportedClaims(Browser user) throws Exception {
        new MyClaimsPage(user).open(base());
        String href = user.find(By.id("claims-export")).getAttribute("href");
        Cookie session = user.driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base()).resolve(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        assertEquals("text/csv; charset=UTF-8", file.headers().firstValue("Content-Type").orElse("").replace("utf-8", "UTF-8"));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").matches(".*my-claims-\\d{4}-\\d{2}-\\d{2}\\.csv.*"),
                file.headers().toString());
        byte[] bytes = file.body();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "byte order mark");
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertEquals("Claim,Activity type,Status,Amount,Deadline,Submitted", lines.get(0));
        return lines.stream().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
    }
}
