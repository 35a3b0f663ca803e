package works.incentives.it.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.WebDriverWait;
import works.incentives.it.browser.pages.LoginPage;
import works.incentives.it.browser.pages.PlanWizardPage;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The production shape on one machine (README: Running several nodes): PostgreSQL, two Payara Micro
 * nodes started together on an empty database and nginx with sticky sessions in front, all started by
 * the {@code cluster/} scripts. Not part of {@code mvn verify}: {@code cluster/test.sh} runs it
 * ({@code mvn verify -Pcluster}). Every wait is for a condition, with a deadline.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static final Path ROOT = Path.of(System.getProperty("cluster.root", "..")).toAbsolutePath().normalize();
    static final int BALANCER = 18010;
    static final Map<String, Integer> NODES = Map.of("a", 18011, "b", 18012);
    static final String JDBC = "jdbc:postgresql://127.0.0.1:" + System.getProperty("cluster.pgPort", "55432") + "/incentives";
    static final String TITLE = "Cluster launch";
    static final Duration DEADLINE = Duration.ofMinutes(3);
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    /** The draft plan that test 3 saves through node A and test 4 continues through nginx. */
    static long planId;

    private final List<Browser> browsers = new ArrayList<>();

    @BeforeAll
    static void startTheClusterOnAnEmptyDatabase() throws Exception {
        script("postgres.sh", "start");
        script("postgres.sh", "reset");
        // both nodes at once, as after a deployment: they race for the migration and the seeding
        for (Map.Entry<String, Integer> node : NODES.entrySet()) {
            script("node.sh", "start", node.getKey(), node.getValue().toString());
        }
        script("nginx.sh", "start", String.valueOf(BALANCER), "a:" + NODES.get("a"), "b:" + NODES.get("b"));
        for (Map.Entry<String, Integer> node : NODES.entrySet()) {
            script("node.sh", "wait", node.getKey(), node.getValue().toString());
        }
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        script("nginx.sh", "stop");
        for (String node : NODES.keySet()) {
            script("node.sh", "stop", node);
        }
        script("postgres.sh", "stop");
    }

    @org.junit.jupiter.api.AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
        browsers.clear();
    }

    @Test
    @Order(1)
    void nodesStartedTogetherOnAnEmptyDatabaseMigrateOnceSeedOnceAndBothServe() throws Exception {
        assertEquals(query("select count(distinct version) from flyway_schema_history where version is not null"),
                query("select count(*) from flyway_schema_history where version is not null and success"),
                "every migration applied once");
        List<Integer> applied = new ArrayList<>();
        for (String node : NODES.keySet()) {
            Matcher m = Pattern.compile("\\((\\d+) migrations applied now\\)").matcher(log(node));
            assertTrue(m.find(), "node " + node + " logs its migration");
            applied.add(Integer.parseInt(m.group(1)));
        }
        assertEquals(1, applied.stream().filter(n -> n > 0).count(), "one node migrated, the other found it done: " + applied);
        assertEquals(1, occurrences("demo program, partners, users, plans and claims loaded"), "one node seeded");
        assertEquals(1, occurrences("the database already has data, nothing loaded"), "the other found the seed");
        assertEquals(1, query("select count(*) from user_account where user_name = 'paul'"));
        assertEquals(0, query("select count(*) from (select name from program group by name having count(*) > 1) d"));
        for (int port : List.of(BALANCER, NODES.get("a"), NODES.get("b"))) {
            assertEquals(200, status("http://127.0.0.1:" + port + "/api/status"), "port " + port + " serves");
        }
    }

    @Test
    @Order(2)
    void theExpiryJobRunsOnceAcrossTheNodes() throws Exception {
        long draft = query("select min(id) from claim where status = 'DRAFT'");
        update("update claim set claim_deadline = current_date - 2 where id = " + draft);
        // both nodes ask every 2 s (incentives.jobs.poll-seconds); the run becomes due now
        update("update scheduled_job set next_run_at = now() at time zone 'utc', last_node = null,"
                + " last_finished_at = null where job_name = 'claim-expiry'");
        waitUntil("the expiry run finishes", () -> query("select count(*) from scheduled_job"
                + " where job_name = 'claim-expiry' and last_finished_at is not null") == 1);
        assertEquals(1, query("select count(*) from claim where id = " + draft + " and status = 'EXPIRED'"));
        assertEquals(1, query("select count(*) from history_entry where subject_type = 'CLAIM' and subject_id = " + draft
                + " and to_status = 'EXPIRED'"));
        assertEquals(1, occurrences("Claim expiry on node "), "one node ran it");
        assertEquals(1, query("select count(*) from scheduled_job where job_name = 'claim-expiry'"
                + " and next_run_at > now() at time zone 'utc'"), "the next run is tomorrow's");
    }

    @Test
    @Order(3)
    void aDraftSavedThroughNodeAIsReadThroughNodeB() throws Exception {
        String nodeA = base(NODES.get("a"));
        PlanWizardPage wizard = signedIn(nodeA, "ann").openNew(nodeA);
        wizard.chooseFund(PlanWizardBrowserIT.NextPeriod.of(LocalDate.now()).name());
        wizard.next().waitForStep("basics");
        wizard.fillBasics(TITLE, "Two nodes, one database").next().waitForStep("campaigns");
        Matcher id = Pattern.compile("/plans/(\\d+)/edit/campaigns$").matcher(wizard.currentUrl());
        assertTrue(id.find(), wizard.currentUrl());
        planId = Long.parseLong(id.group(1));

        String nodeB = base(NODES.get("b"));
        PlanWizardPage onB = signedIn(nodeB, "ann");
        browsers.get(1).open(nodeB + "plans/" + planId + "/edit/basics");
        onB.waitForStep("basics");
        assertEquals(TITLE, onB.title());
    }

    @Test
    @Order(4)
    void aNodeKilledMidWizardLosesNothingTheBrowserContinuesOnTheOtherAtTheSavedStep() throws Exception {
        String balancer = base(BALANCER);
        PlanWizardPage wizard = signedIn(balancer, "ann");
        Browser browser = browsers.get(0);
        browser.open(balancer + "plans/" + planId + "/edit/campaigns");
        wizard.waitForStep("campaigns");
        LocalDate start = PlanWizardBrowserIT.NextPeriod.of(LocalDate.now()).usageStart();
        wizard.fillNewCampaign("Failover webinars", "Leads that survive a crash",
                start.plusDays(10).format(US_DATE), start.plusDays(40).format(US_DATE)).saveCampaign();
        wizard.next().waitForStep("activities");
        String serving = node(browser);

        script("node.sh", "kill", serving);

        // the user goes on: the next request reaches the other node, which knows no session: the page
        // reloads to the sign-in, and after it the wizard is back at the step it was on
        browser.driver().findElement(By.id("wizard-back")).click();
        LoginPage login = new LoginPage(browser);
        if (!waitFor(browser, Duration.ofSeconds(60), login::isShown)) {
            browser.driver().navigate().refresh();
        }
        login.waitUntilShown().signIn("ann", BrowserTestBase.DEMO_PASSWORD);
        wizard.waitForStep("activities");
        assertTrue(wizard.currentUrl().endsWith("/plans/" + planId + "/edit/activities"), wizard.currentUrl());
        assertNotEquals(serving, node(browser), "the other node serves the new session");
        wizard.back().waitForStep("campaigns");
        assertEquals(1, wizard.campaignCount(), "the campaign saved before the crash is there");
        wizard.back().waitForStep("basics");
        assertEquals(TITLE, wizard.title());
    }

    // ---- the browser ----

    private PlanWizardPage signedIn(String base, String user) {
        Browser browser = new Browser("en-US");
        browsers.add(browser);
        new LoginPage(browser).open(base).signIn(user, BrowserTestBase.DEMO_PASSWORD);
        return new PlanWizardPage(browser);
    }

    /** The node serving the browser's session: its id ends in ".<node>" (Payara's jvmRoute). */
    private static String node(Browser browser) {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertTrue(session != null && session.getValue().matches(".*\\.[a-z]+"), "session cookie: " + session);
        return session.getValue().substring(session.getValue().lastIndexOf('.') + 1);
    }

    private static boolean waitFor(Browser browser, Duration timeout, BooleanSupplier condition) {
        try {
            new WebDriverWait(browser.driver(), timeout).until(d -> condition.getAsBoolean());
            return true;
        } catch (org.openqa.selenium.TimeoutException notYet) {
            return false;
        }
    }

    private static String base(int port) {
        return "http://localhost:" + port + "/";
    }

    // ---- the scripts, the logs, the database ----

    static void script(String name, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("cluster").resolve(name).toString()));
        command.addAll(List.of(args));
        Path output = ROOT.resolve("target/cluster/test-scripts.log");
        Files.createDirectories(output.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        builder.environment().put("MICRO_JAR", System.getProperty("payara.microJar"));
        builder.environment().put("WAR", System.getProperty("incentives.war"));
        builder.environment().put("INCENTIVES_DEMO", "true");
        builder.environment().put("INCENTIVES_JOBS_POLL_SECONDS", "2");
        builder.environment().put("JAVA_OPTS", "-Xmx512m -XX:+UseSerialGC");
        // two servers deploying at once on a busy 2-core machine
        builder.environment().put("NODE_WAIT", "1200");
        int exit = builder.start().waitFor();
        assertEquals(0, exit, "cluster/" + name + " " + String.join(" ", args) + " failed: see " + output);
    }

    static String log(String node) throws IOException {
        return Files.readString(ROOT.resolve("target/cluster/node-" + node + ".log"));
    }

    /** How many times the text appears in all nodes' logs together. */
    static int occurrences(String text) throws IOException {
        int count = 0;
        for (String node : NODES.keySet()) {
            count += log(node).split(Pattern.quote(text), -1).length - 1;
        }
        return count;
    }

    static long query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(JDBC, "incentives", "incentives");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void update(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(JDBC, "incentives", "incentives");
             Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    static void waitUntil(String what, Check check) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + DEADLINE + ": " + what);
            }
            Thread.sleep(200);
        }
    }

    interface Check {
        boolean holds() throws Exception;
    }

    static int status(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
