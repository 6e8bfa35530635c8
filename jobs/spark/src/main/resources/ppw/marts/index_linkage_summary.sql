-- index_linkage_summary: across provinces, do province-years whose documents name an index move more on it the
-- next year than those whose documents do not? Every figure comes with the observations behind it; a group with
-- no observation has NULL figures. Input: index_linkage.
WITH groups AS (
  SELECT index_name, g AS linked FROM (SELECT DISTINCT index_name FROM index_linkage)
  LATERAL VIEW explode(array(true, false)) t AS g
),
obs AS (
  SELECT index_name, linked, next_year_change, province_code, synthetic FROM index_linkage
  WHERE linked IS NOT NULL AND next_year_change IS NOT NULL
)
SELECT g.index_name, g.linked,
       count(o.next_year_change) AS observations,
       count(DISTINCT o.province_code) AS provinces,
       avg(o.next_year_change) AS mean_next_year_change,
       median(o.next_year_change) AS median_next_year_change,
       CASE WHEN count(o.next_year_change) > 0
            THEN count_if(o.next_year_change > 0) / count(o.next_year_change) END AS share_improved,
       coalesce(bool_or(o.synthetic), false) AS synthetic
FROM groups g LEFT JOIN obs o ON o.index_name = g.index_name AND o.linked = g.linked
GROUP BY g.index_name, g.linked
