package works.incentives.it.container;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP client for sign-in tests: keeps its cookies, follows no redirects, reads
 * the sign-in token from the page like the login form does, and sends from a chosen loopback
 * address ({@code 127.0.0.x}), so one test can play several clients without any proxy setting.
 * Plain HTTP/1.0 over a socket: {@code java.net.http} cannot choose the local address on Java 17.
 */
public final class WebClient {

    private static final Pattern TOKEN = Pattern.compile("<meta name=\"sign-in-token\" content=\"([^\"]+)\"");

    /** What the server answered. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        /** The redirect target; fails unless this is a redirect. */
        public String location() {
            if (status != 302 && status != 303) {
                throw new AssertionError("expected a redirect, got " + status + ": " + body);
            }
            return header("Location");
        }
    }

    private final URI base;
    private final String localAddress;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public WebClient(URL base, String localAddress) {
        this.base = URI.create(base.toString());
        this.localAddress = localAddress;
    }

    /** A client at 127.0.0.1. */
    public WebClient(URL base) {
        this(base, "127.0.0.1");
    }

    public String sessionId() {
        return cookies.get("JSESSIONID");
    }

    public Answer get(String path) throws IOException {
        return send("GET", path, Map.of(), null);
    }

    /** Opens the login page and reads the sign-in token its form posts with. */
    public String signInToken() throws IOException {
        Answer page = get("login");
        Matcher token = TOKEN.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("no sign-in token on the login page: " + page.status() + " " + page.body());
        }
        return token.group(1);
    }

    /** Signs in as the login form does: the page first (its token), then the POST. */
    public Answer signIn(String user, String password) throws IOException {
        return postSignIn(user, password, signInToken(), Map.of());
    }

    /** The form POST with any token (or none) and extra headers, e.g. a forged Origin. */
    public Answer postSignIn(String user, String password, String token, Map<String, String> headers) throws IOException {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", "application/x-www-form-urlencoded");
        return send("POST", "j_security_check" + (token == null ? "" : "?token=" + token), all, form);
    }

    public Answer send(String method, String path, Map<String, String> headers, String body) throws IOException {
        URI target = base.resolve(path);
        int port = target.getPort() < 0 ? 80 : target.getPort();
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder()
                .append(method).append(' ').append(target.getRawPath())
                .append(target.getRawQuery() == null ? "" : "?" + target.getRawQuery()).append(" HTTP/1.0\r\n")
                .append("Host: ").append(target.getHost()).append(':').append(port).append("\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        if (!cookies.isEmpty()) {
            request.append("Cookie: ");
            cookies.forEach((name, value) -> request.append(name).append('=').append(value).append("; "));
            request.setLength(request.length() - 2);
            request.append("\r\n");
        }
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = lines[i].substring(colon + 1).strip();
                headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                if (name.equals("set-cookie")) {
                    String pair = value.split(";", 2)[0];
                    int equals = pair.indexOf('=');
                    cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
                }
            }
        }
        return new Answer(status, headers, body);
    }
}
