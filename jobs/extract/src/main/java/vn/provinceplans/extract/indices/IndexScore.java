package vn.provinceplans.extract.indices;

import java.util.List;

import vn.provinceplans.extract.reference.Province;

/**
 * One fact of the index_scores table: a province's score in one index, year and dimension, taken from the file with
 * the highest precedence that gives it, with every other source of the same fact listed as confirming it or not.
 *
 * @param rankSource  {@code computed} (PAPI values from the raw files: standard competition rank among the
 *                    provinces with a score), {@code published} (as the source prints it) or NULL
 * @param confirmedBy other sources giving the same value at their printed precision (and the same rank, if any)
 * @param conflicts   other sources giving a different value or rank, with what they give
 */
public record IndexScore(IndexName index, int year, Province unit, Province successor, Dimension dimension,
                         String series, IndexName.Scale scale, Double score, Integer rank, String rankSource,
                         Integer rankedProvinces, String tier, boolean derived, boolean synthetic, String note,
                         Origin origin, List<String> confirmedBy, List<String> conflicts) {
}
