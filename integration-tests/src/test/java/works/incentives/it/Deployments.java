package works.incentives.it;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one deployment of the whole module: the real WAR, as built by {@code web-ui}, plus the
 * in-container test classes. Payara Micro starts once for every test class (suite extension).
 */
@ArquillianSuiteDeployment
public final class Deployments {

    private Deployments() {
    }

    @Deployment(name = "app", testable = true)
    public static WebArchive application() {
        File war = new File(System.getProperty("incentives.war", "target/incentives-workbench.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("The application WAR is missing: " + war.getAbsolutePath()
                    + " (build web-ui first: mvn verify from the repository root)");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClass(Deployments.class)
                .addPackages(true, "works.incentives.it.container");
    }
}
