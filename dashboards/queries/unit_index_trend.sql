-- The 34 current units' index scores over the years as roll-ups of their predecessors (index_scores_rollup: the
-- unweighted mean, lowest and highest of the predecessors with a score), with the national median and best province
-- of the 63 provinces that year. complete = false: the mean covers only part of the predecessors.
WITH measures(measure, index_name, dimension) AS (
    VALUES ('papi_core6', 'PAPI', 'total_core6'), ('papi_total', 'PAPI', 'total'), ('pci', 'PCI', 'total'),
           ('sipas', 'SIPAS', 'total'), ('par_index', 'PAR_INDEX', 'total')
),
national AS (
    SELECT m.measure, s.year,
           CASE WHEN count(s.score) >= 50 THEN median(s.score) END AS national_median,
           max(s.score) AS best_score, arg_max(s.province, s.score) AS best_province
    FROM index_scores s
    JOIN measures m ON s.index_name = m.index_name AND s.dimension = m.dimension
    WHERE s.province_valid_from < DATE '2025-07-01'
    GROUP BY m.measure, s.year
),
units AS (
    SELECT code, name FROM provinces WHERE valid_to IS NULL
),
rollup AS (
    SELECT m.measure, r.year, r.successor_code, r.comparable_series, r.score_mean, r.score_min, r.score_max,
           r.predecessors, r.predecessors_with_data, r.complete, r.provinces_without_data, r.synthetic
    FROM index_scores_rollup r
    JOIN measures m ON r.index_name = m.index_name AND r.dimension = m.dimension
)
SELECT y.measure, u.code AS successor_code, u.name AS successor_name, y.year,
       coalesce(r.comparable_series, y.comparable_series) AS comparable_series,
       r.score_mean, r.score_min, r.score_max, r.predecessors, r.predecessors_with_data, r.complete,
       r.provinces_without_data, n.national_median, n.best_province, n.best_score,
       coalesce(r.synthetic, false) AS synthetic
FROM (SELECT measure, year, any_value(comparable_series) AS comparable_series FROM rollup GROUP BY ALL) y
CROSS JOIN units u
LEFT JOIN rollup r ON r.measure = y.measure AND r.year = y.year AND r.successor_code = u.code
LEFT JOIN national n ON n.measure = y.measure AND n.year = y.year
ORDER BY successor_code, y.measure, y.year
