-- National ranking of the 63 provinces per index measure and year: one row per province for every year in which
-- the measure has any score, score NULL (N/A, never 0) where the province has none. quartile 1 is the best quarter
-- among the provinces with a score. Measures: papi_core6 (PAPI total of the 6 core dimensions, comparable
-- 2011-2024), papi_total (PAPI composite, 6 dimensions to 2017 and 8 from 2018), pci, sipas, par_index.
WITH measures(measure, index_name, dimension) AS (
    VALUES ('papi_core6', 'PAPI', 'total_core6'), ('papi_total', 'PAPI', 'total'), ('pci', 'PCI', 'total'),
           ('sipas', 'SIPAS', 'total'), ('par_index', 'PAR_INDEX', 'total')
),
former AS (
    SELECT code, name, valid_from FROM provinces WHERE valid_to IS NOT NULL
),
scores AS (
    SELECT m.measure, s.year, s.province_code, s.score, s.rank, s.comparable_series, s.synthetic
    FROM index_scores s
    JOIN measures m ON s.index_name = m.index_name AND s.dimension = m.dimension
    JOIN former f ON f.code = s.province_code AND f.valid_from = s.province_valid_from
),
grid AS (
    SELECT y.measure, y.year, f.code AS province_code, f.name AS province
    FROM (SELECT DISTINCT measure, year FROM scores WHERE score IS NOT NULL) y CROSS JOIN former f
)
SELECT g.measure, m.index_name, g.year, g.province_code, g.province, s.score, s.rank,
       CASE WHEN s.score IS NOT NULL
            THEN ntile(4) OVER (PARTITION BY g.measure, g.year, s.score IS NULL ORDER BY s.score DESC) END AS quartile,
       count(s.score) OVER (PARTITION BY g.measure, g.year) AS provinces_with_score,
       s.comparable_series, coalesce(s.synthetic, false) AS synthetic
FROM grid g
JOIN measures m USING (measure)
LEFT JOIN scores s USING (measure, year, province_code)
ORDER BY g.measure, g.year, s.score DESC NULLS LAST, g.province
