package works.incentives.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import works.incentives.web.i18n.TranslationProvider;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The application's page for every error status and uncaught exception ({@code web.xml}): the
 * status and one sentence in English and Traditional Chinese, nothing else. No exception class,
 * stack trace or server name reaches the caller; the exception stays in the server log.
 */
@WebServlet("/error-page")
public class ErrorPageServlet extends HttpServlet {

    private static final TranslationProvider TEXTS = new TranslationProvider();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        if (code == null) {
            // opened directly, not as an error page
            response.setStatus(status);
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        String key = switch (status) {
            case 400, 403, 404, 405, 413, 500, 503 -> "error." + status;
            default -> "error.other";
        };
        PrintWriter page = response.getWriter();
        page.println("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + status + " – " + text("app.name", Locale.ENGLISH) + "</title>"
                + "<style>body{font-family:sans-serif;margin:3em;line-height:1.6}</style></head><body>");
        page.println("<h1>" + status + "</h1>");
        page.println("<p>" + text(key, Locale.ENGLISH) + "</p>");
        page.println("<p lang=\"zh-Hant-TW\">" + text(key, Locale.TRADITIONAL_CHINESE) + "</p>");
        page.println("<p><a href=\"" + request.getContextPath() + "/\">" + text("error.home", Locale.ENGLISH)
                + "</a> · <a lang=\"zh-Hant-TW\" href=\"" + request.getContextPath() + "/\">"
                + text("error.home", Locale.TRADITIONAL_CHINESE) + "</a></p>");
        page.println("</body></html>");
    }

    private static String text(String key, Locale locale) {
        return TEXTS.getTranslation(key, locale);
    }
}
