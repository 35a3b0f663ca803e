package works.incentives.web.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import works.incentives.domain.program.ProgramService;

import java.util.logging.Logger;

/**
 * Fills an empty database with a demo program year when {@code incentives.demo} is true (the
 * default), through the application's own services so demo data obeys the same rules.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoData {

    public static final String DEMO_PROGRAM = "Cloud Solution Provider co-op FY27";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "incentives.demo", defaultValue = "true")
    boolean demoMode;

    @Inject
    ProgramService programs;

    @PostConstruct
    void load() {
        if (!demoMode) {
            LOG.info("Demo mode is off: no demo data loaded");
            return;
        }
        if (programs.hasPrograms()) {
            LOG.info("Demo mode: the database already has data, nothing loaded");
            return;
        }
        programs.createProgram(DEMO_PROGRAM, 2027, "USD", true);
        LOG.info("Demo mode: demo program loaded");
    }
}
