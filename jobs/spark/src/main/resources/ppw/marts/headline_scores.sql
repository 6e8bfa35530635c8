-- headline_scores (a view the marts share, not a published table): one headline value per index, year and
-- provincial unit, with the national statistics of that index and year. PAPI appears twice: papi_core6 (D1-D6,
-- comparable 2011-2024) and papi_total (the published composite: 6 dimensions to 2017, 8 from 2018).
WITH scored AS (
  SELECT CASE WHEN index_name = 'PAPI' AND dimension = 'total_core6' THEN 'papi_core6'
              WHEN index_name = 'PAPI' AND dimension = 'total' THEN 'papi_total'
              WHEN index_name = 'PCI' AND dimension = 'total' THEN 'pci'
              WHEN index_name = 'SIPAS' AND dimension = 'total' THEN 'sipas'
              WHEN index_name = 'PAR_INDEX' AND dimension = 'total' THEN 'par_index' END AS measure,
         index_name, dimension, year, province_code, province_valid_from, province, score, rank, comparable_series,
         source, synthetic
  FROM index_scores
  WHERE score IS NOT NULL
),
stats AS (
  SELECT measure, year, comparable_series, count(*) AS provinces_with_score, median(score) AS national_median,
         max_by(province, score) AS best_province, max(score) AS best_score
  FROM scored WHERE measure IS NOT NULL
  GROUP BY measure, year, comparable_series
)
SELECT s.measure, s.index_name, s.dimension, s.year, s.province_code, s.province_valid_from, s.province, s.score,
       s.rank, s.comparable_series, s.source, s.synthetic, t.provinces_with_score,
       -- A median of a partial list (a published top 20) is not a national median.
       CASE WHEN t.provinces_with_score >= 50 THEN t.national_median END AS national_median,
       t.best_province, t.best_score,
       -- (Parentheses: Spark would read "OVER w - s" as one hyphenated name.)
       CASE WHEN (lag(s.year) OVER w) = s.year - 1 AND (lag(s.comparable_series) OVER w) = s.comparable_series
            THEN s.score - (lag(s.score) OVER w) END AS change,
       CASE WHEN (lead(s.year) OVER w) = s.year + 1 AND (lead(s.comparable_series) OVER w) = s.comparable_series
            THEN (lead(s.score) OVER w) - s.score END AS next_year_change
FROM scored s JOIN stats t ON t.measure = s.measure AND t.year = s.year AND t.comparable_series = s.comparable_series
WHERE s.measure IS NOT NULL
WINDOW w AS (PARTITION BY s.measure, s.province_code, s.province_valid_from ORDER BY s.year)
