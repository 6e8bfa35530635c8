-- Each of the 63 provinces' index scores over the years (mart province_year) with the national context of the year:
-- the median over the provinces with a score (NULL when fewer than 50 have one) and the best province. One row per
-- province, measure and year in which the measure has any score; score NULL (N/A) where the province has none.
-- A trend line is one (province, measure, comparable_series): never draw across two series. synthetic is the index
-- score's own flag (index_scores).
WITH former AS MATERIALIZED (
    -- The 63 provinces before the 2025 reform, read once for every measure below.
    SELECT * FROM province_year WHERE province_valid_from < DATE '2025-07-01'
),
long AS (
    SELECT 'papi_core6' AS measure, 'PAPI' AS index_name, 'total_core6' AS dimension, province_code,
           province_valid_from, province, successor_code, successor_name, year, papi_core6_score AS score,
           papi_core6_rank AS rank, papi_core6_change AS change, papi_core6_national_median AS national_median,
           papi_core6_best_province AS best_province, papi_core6_best_score AS best_score,
           papi_core6_series AS comparable_series
    FROM former
    UNION ALL
    SELECT 'papi_total', 'PAPI', 'total', province_code, province_valid_from, province, successor_code,
           successor_name, year, papi_total_score, papi_total_rank, papi_total_change, papi_total_national_median,
           papi_total_best_province, papi_total_best_score, papi_total_series
    FROM former
    UNION ALL
    SELECT 'pci', 'PCI', 'total', province_code, province_valid_from, province, successor_code, successor_name, year,
           pci_score, pci_rank, pci_change, pci_national_median, pci_best_province, pci_best_score, pci_series
    FROM former
    UNION ALL
    SELECT 'sipas', 'SIPAS', 'total', province_code, province_valid_from, province, successor_code, successor_name,
           year, sipas_score, sipas_rank, sipas_change, sipas_national_median, sipas_best_province, sipas_best_score,
           sipas_series
    FROM former
    UNION ALL
    SELECT 'par_index', 'PAR_INDEX', 'total', province_code, province_valid_from, province, successor_code,
           successor_name, year, par_index_score, par_index_rank, par_index_change, par_index_national_median,
           par_index_best_province, par_index_best_score, par_index_series
    FROM former
),
-- The mart gives the national values on the rows of provinces with a score; a province's N/A year gets them too.
national AS (
    SELECT measure, year, max(national_median) AS national_median, max(best_score) AS best_score,
           arg_max(best_province, best_score) AS best_province, any_value(comparable_series) AS comparable_series,
           count(score) AS provinces_with_score
    FROM long GROUP BY measure, year
)
SELECT l.measure, l.province_code, l.province, l.successor_code, l.successor_name, l.year,
       coalesce(l.comparable_series, n.comparable_series) AS comparable_series, l.score, l.rank, l.change,
       n.national_median, n.best_province, n.best_score, n.provinces_with_score,
       coalesce(s.synthetic, false) AS synthetic
FROM long l
JOIN national n USING (measure, year)
LEFT JOIN index_scores s ON s.index_name = l.index_name AND s.dimension = l.dimension AND s.year = l.year
    AND s.province_code = l.province_code AND s.province_valid_from = l.province_valid_from
WHERE n.provinces_with_score > 0
ORDER BY l.province_code, l.measure, l.year
