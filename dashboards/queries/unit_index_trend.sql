-- The 34 current units' index scores over the years as roll-ups of their predecessors (mart index_scores_rollup:
-- the unweighted mean, lowest and highest of the predecessors with a score; complete = false when only part of them
-- have one), with the national median and best province of the 63 provinces that year (mart province_year).
WITH former AS MATERIALIZED (
    -- The 63 provinces before the 2025 reform, read once for every measure below.
    SELECT * FROM province_year WHERE province_valid_from < DATE '2025-07-01'
),
measures(measure, index_name, dimension) AS (
    VALUES ('papi_core6', 'PAPI', 'total_core6'), ('papi_total', 'PAPI', 'total'), ('pci', 'PCI', 'total'),
           ('sipas', 'SIPAS', 'total'), ('par_index', 'PAR_INDEX', 'total')
),
national_long AS (
    SELECT 'papi_core6' AS measure, year, papi_core6_score AS score, papi_core6_national_median AS national_median,
           papi_core6_best_province AS best_province, papi_core6_best_score AS best_score
    FROM former
    UNION ALL
    SELECT 'papi_total', year, papi_total_score, papi_total_national_median, papi_total_best_province,
           papi_total_best_score
    FROM former
    UNION ALL
    SELECT 'pci', year, pci_score, pci_national_median, pci_best_province, pci_best_score
    FROM former
    UNION ALL
    SELECT 'sipas', year, sipas_score, sipas_national_median, sipas_best_province, sipas_best_score
    FROM former
    UNION ALL
    SELECT 'par_index', year, par_index_score, par_index_national_median, par_index_best_province,
           par_index_best_score
    FROM former
),
national AS (
    SELECT measure, year, max(national_median) AS national_median, max(best_score) AS best_score,
           arg_max(best_province, best_score) AS best_province, count(score) AS provinces_with_score
    FROM national_long GROUP BY measure, year
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
