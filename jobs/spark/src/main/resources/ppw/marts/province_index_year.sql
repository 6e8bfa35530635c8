-- province_index_year: one row per former province (the 63 before the 2025 reform), index measure and year from
-- 2011 in which at least one of them has a score of that measure; score NULL (N/A), never 0, where the province has
-- none. The long form the dashboard's index pages read, so that they select rows instead of unpivoting five measures
-- and ranking them on every page view. It reads the index scores and the provinces only, so a run that only adds or
-- changes plans and reports links it unchanged. Inputs: provinces, headline_scores, index_scores.
WITH former AS (
  SELECT code AS province_code, valid_from AS province_valid_from, valid_to, name AS province,
         coalesce(successor_code, code) AS successor_code, coalesce(successor_name, name) AS successor_name
  FROM provinces
  WHERE valid_from < DATE '2025-07-01'
),
scored AS (
  SELECT h.*
  FROM headline_scores h
  JOIN former f ON f.province_code = h.province_code AND f.province_valid_from = h.province_valid_from
  WHERE h.year BETWEEN greatest(2011, year(f.province_valid_from)) AND coalesce(year(f.valid_to), 9999)
),
-- The national values of a measure and year: the same on every province's row, N/A ones included.
measure_year AS (
  SELECT measure, index_name, dimension, year, count(*) AS provinces_with_score,
         max(national_median) AS national_median,
         max_by(best_province, best_score) AS best_province, max(best_score) AS best_score,
         min(comparable_series) AS comparable_series
  FROM scored
  GROUP BY measure, index_name, dimension, year
),
grid AS (
  SELECT f.*, m.*
  FROM former f
  JOIN measure_year m
    ON m.year BETWEEN greatest(2011, year(f.province_valid_from)) AND coalesce(year(f.valid_to), 9999)
)
SELECT g.measure, g.index_name, g.dimension, g.year, g.province_code, g.province_valid_from, g.province,
       g.successor_code, g.successor_name, coalesce(s.comparable_series, g.comparable_series) AS comparable_series,
       s.score, s.rank,
       -- Ties go to the lower province code, so that a quartile never depends on the order rows arrive in.
       CASE WHEN s.score IS NOT NULL
            THEN ntile(4) OVER (PARTITION BY g.measure, g.year, s.score IS NULL
                                ORDER BY s.score DESC, g.province_code) END AS quartile,
       s.change, g.provinces_with_score, g.national_median, g.best_province, g.best_score,
       -- The index score's own flag, also on a row whose score the source published as missing.
       coalesce(i.synthetic, false) AS synthetic
FROM grid g
LEFT JOIN scored s ON s.measure = g.measure AND s.year = g.year AND s.province_code = g.province_code
                  AND s.province_valid_from = g.province_valid_from
LEFT JOIN index_scores i ON i.index_name = g.index_name AND i.dimension = g.dimension AND i.year = g.year
                        AND i.province_code = g.province_code AND i.province_valid_from = g.province_valid_from
