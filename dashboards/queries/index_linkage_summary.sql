-- PROVISIONAL (until the index_linkage mart is on main): empty.
SELECT CAST(NULL AS VARCHAR) AS index_name, CAST(NULL AS BOOLEAN) AS linked, CAST(NULL AS BIGINT) AS observations,
       CAST(NULL AS DOUBLE) AS mean_next_year_change, false AS synthetic
WHERE false
