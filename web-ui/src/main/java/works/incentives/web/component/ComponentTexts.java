package works.incentives.web.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.UploadI18N;
import works.incentives.web.i18n.LocalFormats;

/**
 * The texts Vaadin's own components show or announce, in the user's language: the upload's buttons,
 * errors and progress, a multi-select's screen-reader announcements, the password reveal button, the
 * navigation drawer toggle and the grids' "Sort by …" labels. Call these from {@code localeChange}, so
 * the language switch reaches them too.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    /** Everything the upload component says, in the owner's language; sizes in the units file lists use. */
    public static UploadI18N upload(Component owner) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation("claim.upload.addOne"))
                .setMany(owner.getTranslation("claim.upload.addMany")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("claim.upload.dropOne"))
                .setMany(owner.getTranslation("claim.upload.dropMany")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(owner.getTranslation("claim.upload.tooMany"))
                .setFileIsTooBig(owner.getTranslation("claim.upload.tooBig"))
                .setIncorrectFileType(owner.getTranslation("claim.upload.wrongType")));
        i18n.setFile(new UploadI18N.File().setRetry(owner.getTranslation("upload.file.retry"))
                .setStart(owner.getTranslation("upload.file.start"))
                .setRemove(owner.getTranslation("upload.file.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(owner.getTranslation("upload.status.connecting"))
                        .setStalled(owner.getTranslation("upload.status.stalled"))
                        .setProcessing(owner.getTranslation("upload.status.processing"))
                        .setHeld(owner.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(owner.getTranslation("upload.remaining.prefix"))
                        .setUnknown(owner.getTranslation("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(owner.getTranslation("upload.error.unavailable"))
                        .setForbidden(owner.getTranslation("claim.upload.refusedByServer"))
                        .setUnexpectedServerError(owner.getTranslation("claim.upload.serverError"))));
        i18n.setUnits(LocalFormats.fileSizeUnits(), 1024);
        return i18n;
    }

    /** What a screen reader hears as items are chosen or removed in a multi-select combo box. */
    public static MultiSelectComboBoxI18n multiSelect(Component owner) {
        return new MultiSelectComboBoxI18n()
                .setCleared(owner.getTranslation("multiSelect.cleared"))
                .setFocused(owner.getTranslation("multiSelect.focused"))
                .setSelected(owner.getTranslation("multiSelect.selected"))
                .setDeselected(owner.getTranslation("multiSelect.deselected"))
                .setTotal(owner.getTranslation("multiSelect.total"));
    }

    /** The reveal button's label of a password field ("Show password"). */
    public static void passwordReveal(PasswordField field) {
        field.getElement().executeJs("this.i18n = Object.assign({}, this.i18n, {reveal: $0})",
                field.getTranslation("password.reveal"));
    }

    /** The same for the password field inside the sign-in form, which the form renders itself. */
    public static void passwordReveal(LoginForm form) {
        form.getElement().executeJs("const field = this.querySelector('vaadin-password-field');"
                + "if (field) { field.i18n = Object.assign({}, field.i18n, {reveal: $0}); }",
                form.getTranslation("password.reveal"));
    }

    /** The drawer toggle's label ("Toggle navigation panel"). */
    public static void drawerToggle(DrawerToggle toggle) {
        String label = toggle.getTranslation("navigation.toggle");
        toggle.setAriaLabel(label);
        toggle.getElement().setProperty("ariaLabel", label);
    }

    /**
     * The grids' sort buttons: Vaadin's grid connector labels each "Sort by &lt;header&gt;" in English. One
     * observer per page relabels every sorter it sees with the translated pattern ({@code {0}} the header).
     */
    public static void gridSorters(UI ui) {
        ui.getPage().executeJs("""
                window.incentivesSortLabel = $0;
                const relabel = sorter => {
                  const label = window.incentivesSortLabel.replace('{0}', sorter.textContent.trim());
                  if (sorter.getAttribute('aria-label') !== label) { sorter.setAttribute('aria-label', label); }
                };
                const within = node => node.nodeType === 1 && (node.localName === 'vaadin-grid-sorter'
                    ? relabel(node) : node.querySelectorAll('vaadin-grid-sorter').forEach(relabel));
                if (!window.incentivesSortObserver) {
                  window.incentivesSortObserver = new MutationObserver(records => records.forEach(record =>
                      record.type === 'attributes' ? within(record.target) : record.addedNodes.forEach(within)));
                  window.incentivesSortObserver.observe(document.body,
                      {subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label']});
                }
                document.body.querySelectorAll('vaadin-grid-sorter').forEach(relabel);
                """, ui.getTranslation("grid.sortBy"));
    }
}
