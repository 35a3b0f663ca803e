package works.incentives.web.admin;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import works.incentives.domain.fund.AllocationService.AdjustAllocation;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.web.i18n.TranslationProvider;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An allocation adjustment needs an amount other than zero and a reason, and carries the version shown. */
class AdjustmentFormTest {

    static final AllocationView FUND = new AllocationView(9, 6, 1, 10, 100, "H1 FY27", "USD", new BigDecimal("20000"),
            BigDecimal.ZERO, new BigDecimal("20000"), new BigDecimal("8000"), new BigDecimal("3000"), BigDecimal.ZERO,
            new BigDecimal("17000"), new BigDecimal("12000"), false, LocalDate.of(2027, 8, 14), 30);

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", TranslationProvider.class.getName());
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void anAdjustmentNeedsAnAmountAndAReasonAndCarriesTheVersionShown() {
        AdjustmentForm form = new AdjustmentForm(FUND);
        List<AdjustAllocation> saved = new ArrayList<>();
        form.addSaveListener(e -> saved.add(e.command()));
        form.delta.setValue(BigDecimal.ZERO);
        form.save();
        assertTrue(form.delta.isInvalid());
        assertTrue(form.reason.isInvalid());
        assertEquals(List.of(), saved);

        form.delta.setValue(new BigDecimal("-2500"));
        form.reason.setValue("  Revenue restated after a returned deal ");
        form.save();
        assertEquals(List.of(new AdjustAllocation(9, 6, new BigDecimal("-2500"),
                "Revenue restated after a returned deal")), saved);
    }
}
