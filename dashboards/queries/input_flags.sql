-- Which inputs of the published snapshot are synthetic (generated): every page built on any of them says so in a
-- banner.
SELECT 'documents' AS input, count(*) AS rows, count(*) FILTER (WHERE synthetic) AS synthetic_rows FROM documents
UNION ALL
SELECT 'submissions', count(*), count(*) FILTER (WHERE synthetic) FROM submissions
UNION ALL
SELECT 'model_registry', count(*), count(*) FILTER (WHERE synthetic) FROM model_registry
UNION ALL
SELECT 'index_scores', count(*), count(*) FILTER (WHERE synthetic) FROM index_scores
