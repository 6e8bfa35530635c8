-- PROVISIONAL (registers only, until the timeliness mart is on main): deadlines per province, year and status.
WITH former AS (SELECT code, name, successor_code, successor_name FROM provinces WHERE valid_to IS NOT NULL)
SELECT f.code AS province_code, s.province, f.successor_code, f.successor_name, s.period_year AS year,
       CASE WHEN s.received_unknown THEN 'unknown'
            WHEN s.received_date IS NULL THEN 'missing'
            WHEN s.received_date <= s.due_date THEN 'on_time' ELSE 'late' END AS status,
       count(*) AS deadlines, bool_or(s.synthetic) AS synthetic
FROM submissions s JOIN former f ON f.name = s.province
GROUP BY ALL
ORDER BY province_code, year, status
