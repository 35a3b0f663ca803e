package works.incentives.web.component.wizard;

import com.vaadin.flow.data.binder.Binder;

/**
 * A step editing one bean through a buffered {@link Binder}: the bean is read on entering,
 * written only when valid on Next, and re-read (discarding edits) on Back.
 */
public abstract class BufferedStep<B> extends WizardStep {

    protected final Binder<B> binder = new Binder<>();
    private B bean;

    protected BufferedStep(String stepId) {
        this(stepId, "step.");
    }

    protected BufferedStep(String stepId, String keyPrefix) {
        super(stepId, keyPrefix);
        binder.setDefaultValidatorsEnabled(false);
    }

    /** Shows the bean's values; nothing is written into it until {@link #commit()}. */
    public void edit(B newBean) {
        this.bean = newBean;
        binder.readBean(newBean);
    }

    public B bean() {
        return bean;
    }

    @Override
    public boolean commit() {
        return bean != null && binder.writeBeanIfValid(bean);
    }

    @Override
    public void discard() {
        if (bean != null) {
            binder.readBean(bean);
        }
    }
}
