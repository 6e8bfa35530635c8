-- timeliness_summary: the timeliness mart counted per province, era, year and status, so a dashboard reads a few
-- thousand rows instead of every deadline occurrence (1.5 million for 100 000 documents).
-- Inputs (views): timeliness. A deadline due before the 2025 reform (2025-07-01) belongs to the former province
-- (province_valid_from 2008-08-01), a later one to the current unit. Deadlines without a province or a year are
-- not counted here (they stay in timeliness).
SELECT province_code,
       CASE WHEN due_date < DATE '2025-07-01' THEN DATE '2008-08-01' ELSE DATE '2025-07-01' END
           AS province_valid_from,
       province, successor_code, successor_name, year, status, count(*) AS deadlines,
       count_if(source = 'register') AS from_register,
       count_if(source = 'document') AS from_documents,
       bool_or(synthetic) AS synthetic
FROM timeliness
WHERE province_code IS NOT NULL AND year IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6, 7
