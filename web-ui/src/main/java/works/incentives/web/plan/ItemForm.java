package works.incentives.web.plan;

/** A campaign's or an activity's form inside a wizard step, saved through the service on its own. */
interface ItemForm {

    boolean isVisible();

    void setVisible(boolean visible);

    boolean hasChanges();

    /** Fires the save when the input is valid; false (messages on the fields) otherwise. */
    boolean save();

    /** Next with the form open saves it first, and stays when it is invalid or the server refuses it. */
    default boolean commitOnNext() {
        if (!isVisible()) {
            return true;
        }
        if (!hasChanges()) {
            setVisible(false);
            return true;
        }
        return save() && !isVisible();
    }
}
