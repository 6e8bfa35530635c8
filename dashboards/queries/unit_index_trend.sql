-- The 34 current units' index scores over the years as roll-ups of their predecessors (mart index_scores_rollup:
-- the unweighted mean, lowest and highest of the predecessors with a score; complete = false when only part of them
-- have one), with the national median and best province of the 63 provinces that year (mart province_index_year).
WITH measures AS (
    SELECT DISTINCT measure, index_name, dimension FROM province_index_year
),
-- The national values are the same on every province's row of a measure and year.
national AS (
    SELECT DISTINCT measure, year, national_median, best_province, best_score, provinces_with_score
    FROM province_index_year
),
rollup AS (
    SELECT m.measure, r.year, r.successor_code, r.comparable_series, r.score_mean, r.score_min, r.score_max,
           r.predecessors, r.predecessors_with_data, r.complete, r.provinces_without_data, r.synthetic
    FROM index_scores_rollup r
    JOIN measures m ON r.index_name = m.index_name AND r.dimension = m.dimension
),
years AS (
    SELECT measure, year, any_value(comparable_series) AS comparable_series FROM rollup GROUP BY measure, year
)
SELECT y.measure, u.code AS successor_code, u.name AS successor_name, y.year,
       coalesce(r.comparable_series, y.comparable_series) AS comparable_series,
       r.score_mean, r.score_min, r.score_max, r.predecessors, r.predecessors_with_data, r.complete,
       r.provinces_without_data, n.national_median, n.best_province, n.best_score, n.provinces_with_score,
       coalesce(r.synthetic, false) AS synthetic
FROM years y
CROSS JOIN (SELECT code, name FROM provinces WHERE valid_to IS NULL) u
LEFT JOIN rollup r ON r.measure = y.measure AND r.year = y.year AND r.successor_code = u.code
LEFT JOIN national n ON n.measure = y.measure AND n.year = y.year
ORDER BY successor_code, y.measure, y.year
