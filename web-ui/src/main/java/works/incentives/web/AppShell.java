package works.incentives.web;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;

/** Page-wide settings: the style sheet (plain CSS, no frontend build: STACK.md trap 9). */
@StyleSheet("context://styles/app.css")
@Meta(name = "application-name", content = "Incentives Workbench")
public class AppShell implements AppShellConfigurator {
}
