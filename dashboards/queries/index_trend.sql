-- Each of the 63 provinces' index scores over the years (mart province_index_year) with the national context of the
-- year: the median over the provinces with a score (NULL when fewer than 50 have one) and the best province. One row
-- per province, measure and year in which the measure has any score; score NULL (N/A) where the province has none.
-- A trend line is one (province, measure, comparable_series): never draw across two series. synthetic is the index
-- score's own flag (index_scores).
SELECT measure, province_code, province, successor_code, successor_name, year, comparable_series, score, rank,
       change, national_median, best_province, best_score, provinces_with_score, synthetic
FROM province_index_year
ORDER BY province_code, measure, year
