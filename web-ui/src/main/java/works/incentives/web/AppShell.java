package works.incentives.web;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;

/** Page-wide settings of the application shell. */
@Meta(name = "application-name", content = "Incentives Workbench")
public class AppShell implements AppShellConfigurator {
}
