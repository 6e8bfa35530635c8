-- PROVISIONAL (until the index_linkage mart is on main): empty.
SELECT CAST(NULL AS VARCHAR) AS index_name, CAST(NULL AS INT) AS year, CAST(NULL AS BIGINT) AS provinces,
       CAST(NULL AS BIGINT) AS provinces_linked, CAST(NULL AS DOUBLE) AS share_linked, false AS synthetic
WHERE false
