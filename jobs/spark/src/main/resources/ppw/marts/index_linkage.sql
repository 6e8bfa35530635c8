-- index_linkage: per provincial unit, index and year — do that year's documents name the index, what was the
-- score, and how did it change the next year (within one comparable series). `linked` is NULL when the warehouse
-- has no document of that province and year: not naming an index is only known where documents exist.
WITH measure AS (
  SELECT * FROM VALUES ('papi_core6', 'PAPI'), ('pci', 'PCI'), ('sipas', 'SIPAS'), ('par_index', 'PAR_INDEX')
      AS m(measure, index_name)
),
naming AS (
  SELECT d.province_code, d.province_valid_from, d.year, m.index_name, count(*) AS documents,
         count_if(n.doc_id IS NOT NULL) AS documents_naming, bool_or(d.synthetic) AS synthetic
  FROM documents d CROSS JOIN measure m
  LEFT JOIN (SELECT DISTINCT doc_id, index_name FROM index_mentions) n
    ON n.doc_id = d.doc_id AND n.index_name = m.index_name
  WHERE d.province_code IS NOT NULL AND d.year IS NOT NULL
  GROUP BY d.province_code, d.province_valid_from, d.year, m.index_name
),
scored AS (
  SELECT h.province_code, h.province_valid_from, h.year, m.index_name, h.score, h.next_year_change,
         h.comparable_series, h.synthetic
  FROM headline_scores h JOIN measure m ON m.measure = h.measure
),
unit_year AS (
  SELECT province_code, province_valid_from, year, index_name FROM naming
  UNION SELECT province_code, province_valid_from, year, index_name FROM scored
)
SELECT p.name AS province, u.province_code, u.province_valid_from, u.index_name, u.year,
       coalesce(p.successor_code, p.code) AS successor_code, coalesce(p.successor_name, p.name) AS successor_name,
       n.documents, n.documents_naming,
       CASE WHEN n.documents IS NOT NULL THEN n.documents_naming > 0 END AS linked,
       s.score, s.next_year_change, s.comparable_series,
       coalesce(n.synthetic, false) OR coalesce(s.synthetic, false) AS synthetic
FROM unit_year u
JOIN provinces p ON p.code = u.province_code AND p.valid_from = u.province_valid_from
LEFT JOIN naming n ON n.province_code = u.province_code AND n.province_valid_from = u.province_valid_from
                  AND n.year = u.year AND n.index_name = u.index_name
LEFT JOIN scored s ON s.province_code = u.province_code AND s.province_valid_from = u.province_valid_from
                  AND s.year = u.year AND s.index_name = u.index_name
