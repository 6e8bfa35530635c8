-- Per index and year (mart index_linkage): how many provinces have documents in the warehouse that year, how many
-- of them name the index, and that share. A province without documents that year is not counted (linked is NULL).
SELECT index_name, year,
       count(linked) AS provinces,
       count(*) FILTER (WHERE linked) AS provinces_linked,
       count(*) FILTER (WHERE linked) / nullif(count(linked), 0) AS share_linked,
       bool_or(synthetic) AS synthetic
FROM index_linkage
GROUP BY index_name, year
HAVING count(linked) > 0
ORDER BY index_name, year
