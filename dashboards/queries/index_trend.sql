-- Each of the 63 provinces' index scores over the years with the national context of the year: the national
-- median (NULL when fewer than 50 provinces have a score) and the best province. One row per province, measure
-- and year in which the measure has any score; score NULL (N/A) where the province has none. A trend line is one
-- (province, measure, comparable_series): never draw across two series.
WITH measures(measure, index_name, dimension) AS (
    VALUES ('papi_core6', 'PAPI', 'total_core6'), ('papi_total', 'PAPI', 'total'), ('pci', 'PCI', 'total'),
           ('sipas', 'SIPAS', 'total'), ('par_index', 'PAR_INDEX', 'total')
),
former AS (
    SELECT code, name, valid_from, successor_code, successor_name FROM provinces WHERE valid_to IS NOT NULL
),
scores AS (
    SELECT m.measure, s.year, s.province_code, s.province, s.score, s.rank, s.comparable_series, s.synthetic
    FROM index_scores s
    JOIN measures m ON s.index_name = m.index_name AND s.dimension = m.dimension
    JOIN former f ON f.code = s.province_code AND f.valid_from = s.province_valid_from
),
national AS (
    SELECT measure, year, any_value(comparable_series) AS comparable_series,
           CASE WHEN count(score) >= 50 THEN median(score) END AS national_median,
           max(score) AS best_score, arg_max(province, score) AS best_province, count(score) AS provinces_with_score
    FROM scores GROUP BY measure, year
)
SELECT n.measure, f.code AS province_code, f.name AS province, f.successor_code, f.successor_name, n.year,
       coalesce(s.comparable_series, n.comparable_series) AS comparable_series, s.score, s.rank,
       n.national_median, n.best_province, n.best_score, n.provinces_with_score,
       coalesce(s.synthetic, false) AS synthetic
FROM national n CROSS JOIN former f
LEFT JOIN scores s ON s.measure = n.measure AND s.year = n.year AND s.province_code = f.code
ORDER BY province_code, n.measure, n.year
