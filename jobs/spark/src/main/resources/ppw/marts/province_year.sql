-- province_year: one row per provincial unit and year. The 63 former provinces have rows 2011-2025, the 34 current
-- units from 2025; a province-year without documents or scores still has its row, with NULL (N/A), never 0, for
-- what nobody published. Inputs: provinces, documents, deadlines, index_mentions, headline_scores,
-- model_counts_trend, submissions.
WITH unit AS (
  SELECT code AS province_code, valid_from AS province_valid_from, valid_to, name AS province,
         coalesce(successor_code, code) AS successor_code, coalesce(successor_name, name) AS successor_name
  FROM provinces
),
span AS (
  SELECT explode(sequence(2011, greatest(2025, year(DATE '${as_of}'),
                                         coalesce((SELECT max(year) FROM documents), 2025)))) AS year
),
grid AS (
  SELECT u.*, s.year FROM unit u CROSS JOIN span s
  WHERE s.year >= greatest(2011, year(u.province_valid_from)) AND (u.valid_to IS NULL OR s.year <= year(u.valid_to))
),
doc AS (
  SELECT d.*, coalesce(m.names_par_index, false) AS mentions_par_index
  FROM documents d
  LEFT JOIN (SELECT doc_id, true AS names_par_index FROM index_mentions WHERE index_name = 'PAR_INDEX'
             GROUP BY doc_id) m ON m.doc_id = d.doc_id
),
doc_year AS (
  SELECT province_code, province_valid_from, year,
         count(*) AS documents,
         count_if(doc_type = 'KH') AS plans,
         count_if(doc_type = 'CT') AS directives,
         count_if(doc_type = 'BC') AS reports,
         count_if(doc_type NOT IN ('KH', 'CT', 'BC')) AS other_documents,
         count_if(mentions_sipas) AS documents_naming_sipas,
         count_if(mentions_papi) AS documents_naming_papi,
         count_if(mentions_pci) AS documents_naming_pci,
         count_if(mentions_par_index) AS documents_naming_par_index,
         min_by(doc_number, struct(CASE WHEN issue_date IS NULL THEN 1 ELSE 0 END, issue_date, doc_id))
             FILTER (WHERE doc_type = 'KH' AND issuer_level = 'province') AS plan_doc_number,
         min(issue_date) FILTER (WHERE doc_type = 'KH' AND issuer_level = 'province') AS plan_issue_date,
         count_if(doc_type = 'KH' AND issuer_level = 'province') > 0 AS plan_issued,
         bool_or(synthetic) AS synthetic
  FROM doc WHERE province_code IS NOT NULL AND year IS NOT NULL
  GROUP BY province_code, province_valid_from, year
),
deadline_year AS (
  SELECT d.province_code, d.province_valid_from, d.year, count(*) AS deadlines_set
  FROM deadlines x JOIN documents d ON d.doc_id = x.doc_id
  WHERE d.province_code IS NOT NULL AND d.year IS NOT NULL
  GROUP BY d.province_code, d.province_valid_from, d.year
),
register_year AS (
  SELECT p.code AS province_code, p.valid_from AS province_valid_from, s.period_year AS year,
         count(*) AS register_entries, bool_or(s.synthetic) AS synthetic
  FROM submissions s JOIN provinces p
    ON p.name = s.province AND s.due_date BETWEEN p.valid_from AND coalesce(p.valid_to, DATE '9999-12-31')
  GROUP BY p.code, p.valid_from, s.period_year
),
score AS (
  SELECT province_code, province_valid_from, year,
         max(score) FILTER (WHERE measure = 'papi_core6') AS papi_core6_score,
         max(rank) FILTER (WHERE measure = 'papi_core6') AS papi_core6_rank,
         max(national_median) FILTER (WHERE measure = 'papi_core6') AS papi_core6_national_median,
         max(best_province) FILTER (WHERE measure = 'papi_core6') AS papi_core6_best_province,
         max(best_score) FILTER (WHERE measure = 'papi_core6') AS papi_core6_best_score,
         max(change) FILTER (WHERE measure = 'papi_core6') AS papi_core6_change,
         max(comparable_series) FILTER (WHERE measure = 'papi_core6') AS papi_core6_series,
         max(score) FILTER (WHERE measure = 'papi_total') AS papi_total_score,
         max(rank) FILTER (WHERE measure = 'papi_total') AS papi_total_rank,
         max(national_median) FILTER (WHERE measure = 'papi_total') AS papi_total_national_median,
         max(best_province) FILTER (WHERE measure = 'papi_total') AS papi_total_best_province,
         max(best_score) FILTER (WHERE measure = 'papi_total') AS papi_total_best_score,
         max(change) FILTER (WHERE measure = 'papi_total') AS papi_total_change,
         max(comparable_series) FILTER (WHERE measure = 'papi_total') AS papi_total_series,
         max(score) FILTER (WHERE measure = 'pci') AS pci_score,
         max(rank) FILTER (WHERE measure = 'pci') AS pci_rank,
         max(national_median) FILTER (WHERE measure = 'pci') AS pci_national_median,
         max(best_province) FILTER (WHERE measure = 'pci') AS pci_best_province,
         max(best_score) FILTER (WHERE measure = 'pci') AS pci_best_score,
         max(change) FILTER (WHERE measure = 'pci') AS pci_change,
         max(comparable_series) FILTER (WHERE measure = 'pci') AS pci_series,
         max(score) FILTER (WHERE measure = 'sipas') AS sipas_score,
         max(rank) FILTER (WHERE measure = 'sipas') AS sipas_rank,
         max(national_median) FILTER (WHERE measure = 'sipas') AS sipas_national_median,
         max(best_province) FILTER (WHERE measure = 'sipas') AS sipas_best_province,
         max(best_score) FILTER (WHERE measure = 'sipas') AS sipas_best_score,
         max(change) FILTER (WHERE measure = 'sipas') AS sipas_change,
         max(comparable_series) FILTER (WHERE measure = 'sipas') AS sipas_series,
         max(score) FILTER (WHERE measure = 'par_index') AS par_index_score,
         max(rank) FILTER (WHERE measure = 'par_index') AS par_index_rank,
         max(national_median) FILTER (WHERE measure = 'par_index') AS par_index_national_median,
         max(best_province) FILTER (WHERE measure = 'par_index') AS par_index_best_province,
         max(best_score) FILTER (WHERE measure = 'par_index') AS par_index_best_score,
         max(change) FILTER (WHERE measure = 'par_index') AS par_index_change,
         max(comparable_series) FILTER (WHERE measure = 'par_index') AS par_index_series,
         bool_or(synthetic) AS synthetic
  FROM headline_scores
  GROUP BY province_code, province_valid_from, year
)
SELECT g.province, g.province_code, g.province_valid_from, g.year, g.successor_code, g.successor_name,
       coalesce(d.documents, 0) AS documents, coalesce(d.plans, 0) AS plans,
       coalesce(d.directives, 0) AS directives, coalesce(d.reports, 0) AS reports,
       coalesce(d.other_documents, 0) AS other_documents,
       coalesce(d.plan_issued, false) AS plan_issued, d.plan_doc_number, d.plan_issue_date,
       coalesce(d.documents_naming_sipas, 0) AS documents_naming_sipas,
       coalesce(d.documents_naming_papi, 0) AS documents_naming_papi,
       coalesce(d.documents_naming_pci, 0) AS documents_naming_pci,
       coalesce(d.documents_naming_par_index, 0) AS documents_naming_par_index,
       coalesce(x.deadlines_set, 0) AS deadlines_set,
       m.targeted AS models_targeted, m.registered AS models_registered, m.recognized AS models_recognized,
       s.papi_core6_score, s.papi_core6_rank, s.papi_core6_national_median, s.papi_core6_best_province,
       s.papi_core6_best_score, s.papi_core6_change, s.papi_core6_series, s.papi_total_score,
       s.papi_total_rank, s.papi_total_national_median, s.papi_total_best_province, s.papi_total_best_score,
       s.papi_total_change, s.papi_total_series, s.pci_score, s.pci_rank,
       s.pci_national_median, s.pci_best_province, s.pci_best_score, s.pci_change,
       s.pci_series, s.sipas_score, s.sipas_rank, s.sipas_national_median,
       s.sipas_best_province, s.sipas_best_score, s.sipas_change, s.sipas_series,
       s.par_index_score, s.par_index_rank, s.par_index_national_median, s.par_index_best_province,
       s.par_index_best_score, s.par_index_change, s.par_index_series,
       coalesce(d.synthetic, false) OR coalesce(s.synthetic, false) OR coalesce(r.synthetic, false)
           OR coalesce(m.synthetic, false) AS synthetic
FROM grid g
LEFT JOIN doc_year d ON d.province_code = g.province_code AND d.province_valid_from = g.province_valid_from
                    AND d.year = g.year
LEFT JOIN deadline_year x ON x.province_code = g.province_code AND x.province_valid_from = g.province_valid_from
                         AND x.year = g.year
LEFT JOIN register_year r ON r.province_code = g.province_code AND r.province_valid_from = g.province_valid_from
                         AND r.year = g.year
LEFT JOIN score s ON s.province_code = g.province_code AND s.province_valid_from = g.province_valid_from
                 AND s.year = g.year
LEFT JOIN model_counts_trend m ON m.province_code = g.province_code AND m.province_valid_from = g.province_valid_from
                              AND m.year = g.year
