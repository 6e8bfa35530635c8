-- The documents of one province page, newest first. NULL dates stay NULL: the text gives none.
-- $1 is the unit's code; $2 says which era: 'former' for one of the 63 provinces before the 2025 reform (the
-- documents issued in it), 'current' for one of the 34 units after it (its own and all its predecessors', by
-- successor_code). The site runs it once per page; by hand:
--   ./warehouse query --file dashboards/queries/unit_documents.sql --param 51 --param former
-- params: 51, former
SELECT doc_id, province_code, province_valid_from, province, successor_code, successor_name, district,
       issue_date, year, doc_number, doc_type, issuer, issuer_level, title, signer, period_start, period_end,
       source_path, synthetic
FROM documents
WHERE ($2 = 'former' AND province_code = $1 AND province_valid_from < DATE '2025-07-01')
   OR ($2 = 'current' AND successor_code = $1)
ORDER BY issue_date DESC NULLS LAST, doc_number, doc_id
