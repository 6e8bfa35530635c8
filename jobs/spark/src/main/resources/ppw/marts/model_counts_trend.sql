-- model_counts_trend: "Dân vận khéo" models per provincial unit and year — targets from plans, registered and
-- recognised from the province's own reports and from the model registry — each with where it came from.
-- Counts in a district's report are that district's, so only province-level documents give province totals.
WITH from_documents AS (
  SELECT d.province_code, d.province_valid_from, coalesce(c.year, d.year) AS year,
         max(c.count) FILTER (WHERE c.kind = 'target_per_unit') AS targeted,
         max(c.count) FILTER (WHERE c.kind = 'registered' AND d.issuer_level = 'province') AS documents_registered,
         max(c.count) FILTER (WHERE c.kind = 'recognized' AND d.issuer_level = 'province') AS documents_recognized,
         max(c.count) FILTER (WHERE c.kind = 'cumulative' AND d.issuer_level = 'province') AS documents_cumulative,
         bool_or(d.synthetic) AS synthetic
  FROM model_counts c JOIN documents d ON d.doc_id = c.doc_id
  WHERE d.province_code IS NOT NULL AND coalesce(c.year, d.year) IS NOT NULL
  GROUP BY d.province_code, d.province_valid_from, coalesce(c.year, d.year)
),
from_registry AS (
  SELECT p.code AS province_code, p.valid_from AS province_valid_from, r.year,
         count(*) AS registry_registered, count_if(r.status = 'recognized') AS registry_recognized,
         bool_or(r.synthetic) AS synthetic
  FROM model_registry r JOIN provinces p
    ON p.name = r.province AND make_date(r.year, 1, 1) BETWEEN p.valid_from AND coalesce(p.valid_to, DATE '9999-12-31')
  GROUP BY p.code, p.valid_from, r.year
),
unit_year AS (
  SELECT province_code, province_valid_from, year FROM from_documents
  UNION SELECT province_code, province_valid_from, year FROM from_registry
)
SELECT p.name AS province, u.province_code, u.province_valid_from, u.year,
       coalesce(p.successor_code, p.code) AS successor_code, coalesce(p.successor_name, p.name) AS successor_name,
       d.targeted, CASE WHEN d.targeted IS NOT NULL THEN 'documents' END AS targeted_source,
       coalesce(d.documents_registered, g.registry_registered) AS registered,
       CASE WHEN d.documents_registered IS NOT NULL THEN 'documents'
            WHEN g.registry_registered IS NOT NULL THEN 'registry' END AS registered_source,
       coalesce(d.documents_recognized, g.registry_recognized) AS recognized,
       CASE WHEN d.documents_recognized IS NOT NULL THEN 'documents'
            WHEN g.registry_recognized IS NOT NULL THEN 'registry' END AS recognized_source,
       d.documents_registered, d.documents_recognized, d.documents_cumulative,
       g.registry_registered, g.registry_recognized,
       coalesce(d.synthetic, false) OR coalesce(g.synthetic, false) AS synthetic
FROM unit_year u
JOIN provinces p ON p.code = u.province_code AND p.valid_from = u.province_valid_from
LEFT JOIN from_documents d ON d.province_code = u.province_code AND d.province_valid_from = u.province_valid_from
                          AND d.year = u.year
LEFT JOIN from_registry g ON g.province_code = u.province_code AND g.province_valid_from = u.province_valid_from
                         AND g.year = u.year
