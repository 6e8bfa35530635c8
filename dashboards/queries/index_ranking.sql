-- National ranking of the 63 provinces per index measure and year (mart province_index_year): one row per province
-- for every year in which the measure has any score; score NULL (N/A, never 0) where the province has none.
-- Measures: papi_core6 (PAPI, total of the 6 core dimensions, comparable 2011-2024), papi_total (PAPI composite:
-- 6 dimensions to 2017, 8 from 2018), pci, sipas, par_index. quartile 1 is the best quarter of the provinces with a
-- score; provinces_with_score says how many have one (the site draws quartile bands only from 50). synthetic is the
-- index score's own flag (index_scores), not the province-year's.
SELECT measure, index_name, year, province_code, province, score, rank, quartile, provinces_with_score,
       comparable_series, synthetic
FROM province_index_year
ORDER BY measure, year, score DESC NULLS LAST, province_code
