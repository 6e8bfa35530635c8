-- Deadlines per province, year and status (mart timeliness_summary, counted from timeliness): on_time, late,
-- missing (past due, no answer), unknown (an answer without a known date). A deadline due before the 2025 reform
-- (2025-07-01) belongs to the former province (province_valid_from 2008-08-01), a later one to the current unit;
-- successor_code gives the current unit.
SELECT province_code, province_valid_from, province, successor_code, successor_name, year, status, deadlines,
       from_register, from_documents, synthetic
FROM timeliness_summary
ORDER BY province_code, province_valid_from, year, status
