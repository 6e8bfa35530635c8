package vn.provinceplans.extract.indices;

/**
 * A published value for the whole country rather than one province: a national mean, the national SIPAS, the mean
 * of the provinces' PAR INDEX.
 *
 * @param statistic {@code national} (measured on the national sample), {@code national_mean} (mean of the provinces
 *                  as the source reports it) or {@code provincial_mean}
 */
public record IndexBenchmark(IndexName index, int year, String statistic, Dimension dimension, String series,
                             Double score, String printed, boolean synthetic, String note, Origin origin) {
}
