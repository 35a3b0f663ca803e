package works.incentives.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The error page for an uncaught exception (HttpSecurityIT cannot provoke one: Vaadin answers
 * its own failures): the status and a sentence in both languages, never the exception.
 */
class ErrorPageServletTest {

    private final StringWriter body = new StringWriter();
    private final Map<String, Object> headers = new HashMap<>();
    private int status = -1;

    private HttpServletRequest request(Map<String, Object> attributes) {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "getMethod" -> "GET";
                    case "getContextPath" -> "";
                    default -> null;
                });
    }

    private HttpServletResponse response() {
        PrintWriter writer = new PrintWriter(body);
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getWriter" -> writer;
                    case "setStatus" -> {
                        status = (Integer) args[0];
                        yield null;
                    }
                    case "setHeader", "setContentType" -> {
                        headers.put(method.getName() + (args.length > 1 ? ":" + args[0] : ""), args[args.length - 1]);
                        yield null;
                    }
                    default -> null;
                });
    }

    @Test
    void anUncaughtExceptionShowsTheStatusInBothLanguagesAndNothingOfTheException() throws Exception {
        IllegalStateException failure = new IllegalStateException("secret detail from com.example.Internal");
        new ErrorPageServlet().service(request(Map.of(
                RequestDispatcher.ERROR_STATUS_CODE, 500,
                RequestDispatcher.ERROR_EXCEPTION, failure,
                RequestDispatcher.ERROR_EXCEPTION_TYPE, IllegalStateException.class,
                RequestDispatcher.ERROR_MESSAGE, failure.getMessage())), response());

        String page = body.toString();
        assertTrue(page.contains("<h1>500</h1>"), page);
        assertTrue(page.contains("Something went wrong on our side."), page);
        assertTrue(page.contains("我們這邊發生錯誤"), page);
        assertFalse(page.contains("IllegalStateException"), page);
        assertFalse(page.contains("secret detail"), page);
        assertFalse(page.contains("Internal"), page);
        assertEquals("no-store", headers.get("setHeader:Cache-Control"));
    }

    @Test
    void openedDirectlyItIsNotFound() throws Exception {
        new ErrorPageServlet().service(request(Map.of()), response());

        assertEquals(404, status);
        assertTrue(body.toString().contains("There is nothing here."), body.toString());
    }
}
