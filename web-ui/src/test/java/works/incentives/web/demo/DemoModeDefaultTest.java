package works.incentives.web.demo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A deployment that does not ask for the demo never gets the demo sign-ins with their published
 * password: {@code incentives.demo} is off unless set (./run.sh and the integration tests set it).
 */
class DemoModeDefaultTest {

    private static String defaultOf(Class<?> type) throws NoSuchFieldException {
        ConfigProperty property = type.getDeclaredField("demoMode").getAnnotation(ConfigProperty.class);
        assertEquals("incentives.demo", property.name());
        return property.defaultValue();
    }

    @Test
    void demoDataIsOffUnlessAskedFor() throws Exception {
        assertEquals("false", defaultOf(DemoData.class));
    }

    @Test
    void demoSignInsAreOffUnlessAskedFor() throws Exception {
        assertEquals("false", defaultOf(DemoAccounts.class));
    }
}
