-- Do provinces whose documents name an index move on it the next year? (mart index_linkage_summary): the mean and
-- median next-year change of linked and unlinked province-years, with the observations behind each figure.
SELECT index_name, linked, observations, provinces, mean_next_year_change, median_next_year_change,
       share_improved, synthetic
FROM index_linkage_summary
ORDER BY index_name, linked DESC
