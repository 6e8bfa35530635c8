package vn.provinceplans.extract.indices;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Compares a value as a source printed it ('45.78', '3.14', '40.62') with a value at full precision: they agree when
 * the full value, cut to the printed number of decimals, gives the printed digits. Sources round, and some news
 * sources truncate, so both cuts are tried and the result says which one matched.
 */
public enum PrintedValue {
    ROUNDED, TRUNCATED, DIFFERENT;

    public static PrintedValue compare(String printed, double value) {
        BigDecimal shown = new BigDecimal(printed.trim());
        BigDecimal full = BigDecimal.valueOf(value);
        int decimals = Math.max(0, shown.scale());
        if (full.setScale(decimals, RoundingMode.HALF_UP).compareTo(shown) == 0) {
            return ROUNDED;
        }
        if (full.setScale(decimals, RoundingMode.DOWN).compareTo(shown) == 0) {
            return TRUNCATED;
        }
        return DIFFERENT;
    }

    public boolean agrees() {
        return this != DIFFERENT;
    }
}
