-- PROVISIONAL (registry only, until the model_counts_trend mart is on main): models per province and year.
WITH former AS (SELECT code, name, successor_code, successor_name FROM provinces WHERE valid_to IS NOT NULL)
SELECT f.code AS province_code, m.province, f.successor_code, f.successor_name, m.year,
       CAST(NULL AS BIGINT) AS targeted, count(*) AS registered,
       count(*) FILTER (WHERE m.status = 'recognized') AS recognized, bool_or(m.synthetic) AS synthetic
FROM model_registry m JOIN former f ON f.name = m.province
GROUP BY ALL
ORDER BY province_code, year
