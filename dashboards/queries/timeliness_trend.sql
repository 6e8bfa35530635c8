-- Deadlines per province, year and status (mart timeliness): on_time, late, missing (past due, no answer), unknown
-- (an answer without a known date). A deadline due before the 2025 reform (2025-07-01) belongs to the former
-- province (province_valid_from 2008-08-01), a later one to the current unit; successor_code gives the current unit.
SELECT province_code,
       CASE WHEN due_date < DATE '2025-07-01' THEN DATE '2008-08-01' ELSE DATE '2025-07-01' END
           AS province_valid_from,
       province, successor_code, successor_name, year, status, count(*) AS deadlines,
       count(*) FILTER (WHERE source = 'register') AS from_register,
       count(*) FILTER (WHERE source = 'document') AS from_documents,
       bool_or(synthetic) AS synthetic
FROM timeliness
WHERE province_code IS NOT NULL AND year IS NOT NULL
GROUP BY ALL
ORDER BY province_code, province_valid_from, year, status
