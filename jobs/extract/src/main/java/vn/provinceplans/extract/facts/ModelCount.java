package vn.provinceplans.extract.facts;

/**
 * A count of "Dân vận khéo" models.
 *
 * @param kind      vocabulary model_kind: target_per_unit, registered, recognized, cumulative, other (sub-counts
 *                  beside a total, commendations, unit-wide targets)
 * @param count     the number ('2.071' → 2071)
 * @param qualifier vocabulary count_qualifier: over ('trên'), about ('gần', 'khoảng'), at_least ('ít nhất'); null
 *                  for an exact number
 * @param year      the year the count refers to, else the document's year
 * @param recurring true for a per-unit target that repeats every year
 */
public record ModelCount(String kind, int count, String qualifier, Integer year, boolean recurring, String context) {
}
