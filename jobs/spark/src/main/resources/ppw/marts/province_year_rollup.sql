-- province_year_rollup: province_year rolled up to the 34 current units. Counts add up over the predecessors (in
-- 2025 both the former provinces' first half and the new unit's second half); a plan counts once per predecessor
-- that issued one. Index scores come from index_scores_rollup, whose rule (unweighted mean of the predecessors with
-- a score, with min, max and how many had one) is the one roll-up rule of the warehouse.
-- Inputs: province_year, index_scores_rollup.
WITH counts AS (
  SELECT successor_code, successor_name, year,
         count(*) AS units, sum(documents) AS documents, sum(plans) AS plans, sum(directives) AS directives,
         sum(reports) AS reports, count_if(plan_issued) AS units_with_plan,
         sum(documents_naming_sipas) AS documents_naming_sipas, sum(documents_naming_papi) AS documents_naming_papi,
         sum(documents_naming_pci) AS documents_naming_pci, sum(deadlines_set) AS deadlines_set,
         sum(models_registered) AS models_registered, sum(models_recognized) AS models_recognized,
         bool_or(synthetic) AS synthetic
  FROM province_year
  GROUP BY successor_code, successor_name, year
),
scores AS (
  SELECT successor_code, year,
         max(score_mean) FILTER (WHERE index_name = 'PAPI' AND dimension = 'total_core6') AS papi_core6_mean,
         max(score_min) FILTER (WHERE index_name = 'PAPI' AND dimension = 'total_core6') AS papi_core6_min,
         max(score_max) FILTER (WHERE index_name = 'PAPI' AND dimension = 'total_core6') AS papi_core6_max,
         max(predecessors_with_data) FILTER (WHERE index_name = 'PAPI' AND dimension = 'total_core6')
             AS papi_core6_units_with_score,
         max(score_mean) FILTER (WHERE index_name = 'PCI' AND dimension = 'total') AS pci_mean,
         max(score_min) FILTER (WHERE index_name = 'PCI' AND dimension = 'total') AS pci_min,
         max(score_max) FILTER (WHERE index_name = 'PCI' AND dimension = 'total') AS pci_max,
         max(predecessors_with_data) FILTER (WHERE index_name = 'PCI' AND dimension = 'total')
             AS pci_units_with_score,
         max(score_mean) FILTER (WHERE index_name = 'SIPAS' AND dimension = 'total') AS sipas_mean,
         max(score_min) FILTER (WHERE index_name = 'SIPAS' AND dimension = 'total') AS sipas_min,
         max(score_max) FILTER (WHERE index_name = 'SIPAS' AND dimension = 'total') AS sipas_max,
         max(predecessors_with_data) FILTER (WHERE index_name = 'SIPAS' AND dimension = 'total')
             AS sipas_units_with_score,
         max(score_mean) FILTER (WHERE index_name = 'PAR_INDEX' AND dimension = 'total') AS par_index_mean,
         max(score_min) FILTER (WHERE index_name = 'PAR_INDEX' AND dimension = 'total') AS par_index_min,
         max(score_max) FILTER (WHERE index_name = 'PAR_INDEX' AND dimension = 'total') AS par_index_max,
         max(predecessors_with_data) FILTER (WHERE index_name = 'PAR_INDEX' AND dimension = 'total')
             AS par_index_units_with_score,
         bool_or(synthetic) AS synthetic
  FROM index_scores_rollup
  GROUP BY successor_code, year
)
SELECT c.successor_code, c.successor_name, c.year, c.units, c.documents, c.plans, c.directives, c.reports,
       c.units_with_plan, c.documents_naming_sipas, c.documents_naming_papi, c.documents_naming_pci,
       c.deadlines_set, c.models_registered, c.models_recognized,
       s.papi_core6_mean, s.papi_core6_min, s.papi_core6_max, s.papi_core6_units_with_score,
       s.pci_mean, s.pci_min, s.pci_max, s.pci_units_with_score,
       s.sipas_mean, s.sipas_min, s.sipas_max, s.sipas_units_with_score,
       s.par_index_mean, s.par_index_min, s.par_index_max, s.par_index_units_with_score,
       c.synthetic OR coalesce(s.synthetic, false) AS synthetic
FROM counts c LEFT JOIN scores s ON s.successor_code = c.successor_code AND s.year = c.year
