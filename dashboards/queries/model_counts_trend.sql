-- "Dân vận khéo" models per province and year (mart model_counts_trend): targeted is the per-unit target a plan
-- sets (at least N models per unit, not a total); registered and recognized come from the province's own report,
-- else from the model registry, as the *_source columns say. NULL is N/A.
SELECT province_code, province_valid_from, province, successor_code, successor_name, year,
       targeted, targeted_source, registered, registered_source, recognized, recognized_source, synthetic
FROM model_counts_trend
ORDER BY province_code, province_valid_from, year
