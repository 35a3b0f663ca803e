package works.incentives.web.review;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The evidence URL's shape and what the browser may open inline. */
class EvidenceServletTest {

    @Test
    void onlyClaimAndDocumentIdsAreAccepted() {
        assertArrayEquals(new long[] {12, 34}, EvidenceServlet.ids("/12/34"));
        for (String bad : new String[] {null, "", "/", "/12", "/12/34/56", "/12/x", "12/34", "/../34"}) {
            assertEquals(0, EvidenceServlet.ids(bad).length, String.valueOf(bad));
        }
    }

    @Test
    void pdfAndImagesPreviewEverythingElseDownloads() {
        assertTrue(EvidenceServlet.previewable("application/pdf"));
        assertTrue(EvidenceServlet.previewable("image/png"));
        assertFalse(EvidenceServlet.previewable("image/tiff"), "browsers do not show TIFF");
        assertFalse(EvidenceServlet.previewable("text/csv"));
        assertFalse(EvidenceServlet.previewable(null));
        assertEquals("evidence/1/2?download", EvidenceServlet.url(1, 2, true));
    }

    @Test
    void everyAnswerIsSandboxedAndNeverSniffedPdfIncluded() {
        java.util.Map<String, String> headers = new java.util.HashMap<>();
        jakarta.servlet.http.HttpServletResponse response = (jakarta.servlet.http.HttpServletResponse) java.lang.reflect.Proxy
                .newProxyInstance(getClass().getClassLoader(), new Class<?>[] {jakarta.servlet.http.HttpServletResponse.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("setHeader")) {
                                headers.put((String) args[0], (String) args[1]);
                            }
                            return null;
                        });
        EvidenceServlet.protect(response);
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        String policy = headers.get("Content-Security-Policy");
        assertTrue(policy.startsWith("sandbox;"), policy);
        assertTrue(policy.contains("default-src 'none'"), policy);
        assertTrue(policy.contains("frame-ancestors 'self'"), policy);
        assertEquals("private, no-store", headers.get("Cache-Control"));
    }
}
