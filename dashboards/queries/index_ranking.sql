-- National ranking of the 63 provinces per index measure and year (mart province_year): one row per province for
-- every year in which the measure has any score; score NULL (N/A, never 0) where the province has none.
-- Measures: papi_core6 (PAPI, total of the 6 core dimensions, comparable 2011-2024), papi_total (PAPI composite:
-- 6 dimensions to 2017, 8 from 2018), pci, sipas, par_index. quartile 1 is the best quarter of the provinces with a
-- score; provinces_with_score says how many have one (the site draws quartile bands only from 50). synthetic is the
-- index score's own flag (index_scores), not the province-year's.
WITH former AS MATERIALIZED (
    -- The 63 provinces before the 2025 reform, read once for every measure below.
    SELECT * FROM province_year WHERE province_valid_from < DATE '2025-07-01'
),
long AS (
    SELECT 'papi_core6' AS measure, 'PAPI' AS index_name, 'total_core6' AS dimension, province_code,
           province_valid_from, province, year, papi_core6_score AS score, papi_core6_rank AS rank,
           papi_core6_series AS comparable_series
    FROM former
    UNION ALL
    SELECT 'papi_total', 'PAPI', 'total', province_code, province_valid_from, province, year,
           papi_total_score, papi_total_rank, papi_total_series
    FROM former
    UNION ALL
    SELECT 'pci', 'PCI', 'total', province_code, province_valid_from, province, year, pci_score, pci_rank, pci_series
    FROM former
    UNION ALL
    SELECT 'sipas', 'SIPAS', 'total', province_code, province_valid_from, province, year, sipas_score, sipas_rank,
           sipas_series
    FROM former
    UNION ALL
    SELECT 'par_index', 'PAR_INDEX', 'total', province_code, province_valid_from, province, year, par_index_score,
           par_index_rank, par_index_series
    FROM former
),
scored AS (
    SELECT l.*, coalesce(s.synthetic, false) AS synthetic,
           count(l.score) OVER (PARTITION BY l.measure, l.year) AS provinces_with_score
    FROM long l
    LEFT JOIN index_scores s ON s.index_name = l.index_name AND s.dimension = l.dimension AND s.year = l.year
        AND s.province_code = l.province_code AND s.province_valid_from = l.province_valid_from
)
SELECT measure, index_name, year, province_code, province, score, rank,
       CASE WHEN score IS NOT NULL
            THEN ntile(4) OVER (PARTITION BY measure, year, score IS NULL ORDER BY score DESC) END AS quartile,
       provinces_with_score,
       coalesce(comparable_series, any_value(comparable_series) OVER (PARTITION BY measure, year))
           AS comparable_series,
       synthetic
FROM scored
WHERE provinces_with_score > 0
ORDER BY measure, year, score DESC NULLS LAST, province_code
