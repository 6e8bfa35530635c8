-- The documents of each province (historical unit on the date of issue) and of each current unit (successor_code),
-- newest first. NULL dates stay NULL: the text gives none.
SELECT doc_id, province_code, province_valid_from, province, successor_code, successor_name, district,
       issue_date, year, doc_number, doc_type, issuer, issuer_level, title, signer, period_start, period_end,
       source_path, synthetic
FROM documents
ORDER BY province_code, issue_date DESC NULLS LAST, doc_number
