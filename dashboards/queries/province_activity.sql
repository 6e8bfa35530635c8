-- What each province did per year (mart province_year): documents by type, the provincial plan (number and date),
-- documents naming each index and deadlines set. Former provinces up to mid-2025, current units from 2025.
SELECT province_code, province_valid_from, province, successor_code, successor_name, year,
       documents, plans, directives, reports, other_documents, plan_issued, plan_doc_number, plan_issue_date,
       documents_naming_papi, documents_naming_pci, documents_naming_sipas, documents_naming_par_index,
       deadlines_set, synthetic
FROM province_year
WHERE documents > 0
ORDER BY province_code, province_valid_from, year
