package vn.provinceplans.extract.indices;

import vn.provinceplans.extract.reference.Province;

/**
 * One value as a file gives it, before files are merged: the score of one province in one index, year and
 * dimension. {@code score} is NULL when the source prints the value as missing (N/A); {@code printed} is the score as
 * printed, so a comparison can respect its precision.
 *
 * @param derived true when the warehouse computed the value (a PAPI dimension as the sum of its sub-dimensions)
 */
public record IndexValue(IndexName index, int year, Province unit, String spelling, Dimension dimension, Double score,
                         String printed, Integer rank, String tier, boolean derived, boolean synthetic, String note,
                         Origin origin) {

    /** The fact this value is about: two values with the same key are the same fact from two sources. */
    public String key() {
        return index + "|" + year + "|" + unit.code() + "@" + unit.validFrom() + "|" + dimension.code();
    }
}
