-- Where the index scores come from: each citation with its address, per index measure and year, and how many
-- provincial scores it gives. The site prints these under the charts.
WITH measures(measure, index_name, dimension) AS (
    VALUES ('papi_core6', 'PAPI', 'total_core6'), ('papi_total', 'PAPI', 'total'), ('pci', 'PCI', 'total'),
           ('sipas', 'SIPAS', 'total'), ('par_index', 'PAR_INDEX', 'total')
)
SELECT m.measure, s.index_name, s.year, s.source, any_value(s.source_url) AS source_url,
       count(*) AS scores, bool_or(s.synthetic) AS synthetic
FROM index_scores s
JOIN measures m ON s.index_name = m.index_name AND s.dimension = m.dimension
GROUP BY ALL
ORDER BY m.measure, s.year, scores DESC, s.source
