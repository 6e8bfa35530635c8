-- timeliness: one row per deadline and answer.
-- Inputs (views): documents, deadlines, submissions; ${as_of} is the run's reference date.
-- Deadlines come from plans (recurring ones expanded over the plan's years, directives up to the as-of year) and
-- from register rows. Answers: a lower unit's plan naming the plan as its parent answers a sub-plan deadline; a
-- lower unit's report of the same province and period answers a report deadline; a register row answers itself.
WITH plan AS (
  SELECT d.doc_id, d.doc_number, d.doc_type, d.province, d.province_code, d.successor_code, d.successor_name,
         d.district, d.issuer_level, d.issue_date, d.period_start, d.period_end, d.synthetic,
         CASE d.issuer_level WHEN 'province' THEN 3 WHEN 'department' THEN 2 WHEN 'district' THEN 2
                             WHEN 'commune' THEN 1 ELSE 0 END AS level_rank
  FROM documents d
),
-- Spread over the cluster before the occurrences are expanded and matched: deadlines is one file, read by one task,
-- which would otherwise produce every occurrence and its answers alone. The number is explicit because Spark merges
-- the partitions of a small shuffle, and the deadlines are few next to the rows their matching produces.
set_by_plan AS (
  SELECT /*+ REPARTITION(${shuffle_partitions}) */
         p.*, x.kind, x.recurring, x.recipient, x.due_month, x.due_day, x.due_date AS first_due,
         coalesce(year(x.due_date), p.period_start, year(p.issue_date)) AS first_year
  FROM deadlines x JOIN plan p ON p.doc_id = x.doc_id
),
occurrence AS (
  SELECT s.*, y AS occurrence_year,
         CASE WHEN s.recurring OR s.first_due IS NULL
              THEN make_date(y, s.due_month, least(s.due_day, day(last_day(make_date(y, s.due_month, 1)))))
              ELSE s.first_due END AS due
  FROM set_by_plan s
  LATERAL VIEW explode(
      CASE WHEN s.recurring THEN sequence(s.first_year,
                                          greatest(s.first_year, coalesce(s.period_end, year(DATE '${as_of}'))))
           ELSE array(s.first_year) END) years AS y
  WHERE s.first_year IS NOT NULL
),
answer AS (
  SELECT a.doc_id, a.doc_number, a.doc_type, a.province, a.district, a.issuer_level, a.issue_date,
         a.parent_doc_number, a.parent_doc_date, coalesce(a.period_start, year(a.issue_date)) AS answer_year,
         CASE a.issuer_level WHEN 'province' THEN 3 WHEN 'department' THEN 2 WHEN 'district' THEN 2
                             WHEN 'commune' THEN 1 ELSE 0 END AS level_rank,
         CASE WHEN coalesce(a.title, '') RLIKE '(?iu)(6|06|sáu) tháng' THEN 'six_month_report'
              ELSE 'annual_report' END AS report_kind,
         a.synthetic
  FROM documents a
),
-- The two kinds of answer are two joins, each on its own equality keys: one join on an OR of both would compare
-- every deadline with every document of its province.
matched_columns AS (
  SELECT o.doc_id AS plan_doc_id, o.doc_number AS plan_doc_number, o.kind, o.recurring, o.occurrence_year,
         o.due AS due_date, o.province, o.province_code, o.successor_code, o.successor_name, o.issuer_level,
         o.synthetic AS plan_synthetic, o.doc_id, o.doc_number, o.issue_date, o.level_rank, o.district
  FROM occurrence o
),
matched AS (
  SELECT o.plan_doc_id, o.plan_doc_number, o.kind, o.recurring, o.occurrence_year, o.due_date, o.province,
         o.province_code, o.successor_code, o.successor_name, o.issuer_level, o.plan_synthetic,
         a.doc_id AS answer_doc_id, a.doc_number AS answer_doc_number, a.issue_date AS answered_date,
         a.synthetic AS answer_synthetic
  FROM (SELECT * FROM matched_columns WHERE kind = 'sub_plan') o
  LEFT JOIN answer a
    ON a.province = o.province AND a.parent_doc_number = o.doc_number AND a.doc_type = 'KH'
   AND a.doc_id <> o.doc_id AND a.level_rank < o.level_rank
   AND (a.parent_doc_date = o.issue_date
        OR (a.parent_doc_date IS NULL AND a.answer_year BETWEEN o.occurrence_year AND o.occurrence_year + 1))
  UNION ALL
  SELECT o.plan_doc_id, o.plan_doc_number, o.kind, o.recurring, o.occurrence_year, o.due_date, o.province,
         o.province_code, o.successor_code, o.successor_name, o.issuer_level, o.plan_synthetic,
         a.doc_id, a.doc_number, a.issue_date, a.synthetic
  FROM (SELECT * FROM matched_columns WHERE kind IN ('six_month_report', 'annual_report')) o
  LEFT JOIN answer a
    ON a.province = o.province AND a.report_kind = o.kind AND a.answer_year = o.occurrence_year
   AND a.doc_type = 'BC' AND a.doc_id <> o.doc_id AND a.level_rank < o.level_rank
   AND (o.issuer_level <> 'district' OR a.district = o.district)
  UNION ALL
  SELECT o.plan_doc_id, o.plan_doc_number, o.kind, o.recurring, o.occurrence_year, o.due_date, o.province,
         o.province_code, o.successor_code, o.successor_name, o.issuer_level, o.plan_synthetic,
         CAST(NULL AS STRING), CAST(NULL AS STRING), CAST(NULL AS DATE), CAST(NULL AS BOOLEAN)
  FROM matched_columns o
  WHERE o.kind IS NULL OR o.kind NOT IN ('sub_plan', 'six_month_report', 'annual_report')
),
from_plans AS (
  SELECT 'document' AS source, plan_doc_id, plan_doc_number, answer_doc_id, answer_doc_number,
         CAST(NULL AS STRING) AS unit, CAST(NULL AS STRING) AS unit_level, kind, recurring, due_date, answered_date,
         CASE WHEN answer_doc_id IS NOT NULL AND answered_date IS NULL THEN 'unknown'
              WHEN answer_doc_id IS NOT NULL AND answered_date <= due_date THEN 'on_time'
              WHEN answer_doc_id IS NOT NULL THEN 'late'
              WHEN due_date >= DATE '${as_of}' THEN 'unknown'
              WHEN kind IN ('sub_plan', 'six_month_report', 'annual_report') THEN 'missing'
              ELSE 'unknown' END AS status,
         CASE WHEN answer_doc_id IS NOT NULL AND answered_date IS NULL THEN 'the answering document has no date'
              WHEN answer_doc_id IS NOT NULL AND answered_date <= due_date THEN 'answered by its due date'
              WHEN answer_doc_id IS NOT NULL THEN 'answered after its due date'
              WHEN due_date >= DATE '${as_of}' THEN 'not yet due'
              WHEN kind IN ('sub_plan', 'six_month_report', 'annual_report') THEN 'no answering document'
              ELSE 'answers of this kind are not documents the warehouse reads' END AS status_reason,
         province, province_code, successor_code, successor_name, occurrence_year AS year,
         plan_synthetic OR coalesce(answer_synthetic, false) AS synthetic
  FROM matched
),
from_registers AS (
  SELECT 'register' AS source, CAST(NULL AS STRING) AS plan_doc_id, CAST(NULL AS STRING) AS plan_doc_number,
         CAST(NULL AS STRING) AS answer_doc_id, CAST(NULL AS STRING) AS answer_doc_number,
         s.unit, s.unit_level, s.report_kind AS kind, false AS recurring, s.due_date, s.received_date AS answered_date,
         CASE WHEN s.received_unknown THEN 'unknown'
              WHEN s.received_date IS NOT NULL AND s.received_date <= s.due_date THEN 'on_time'
              WHEN s.received_date IS NOT NULL THEN 'late'
              WHEN s.due_date >= DATE '${as_of}' THEN 'unknown'
              ELSE 'missing' END AS status,
         CASE WHEN s.received_unknown THEN 'received on a date the register does not record'
              WHEN s.received_date IS NOT NULL AND s.received_date <= s.due_date THEN 'received by its due date'
              WHEN s.received_date IS NOT NULL THEN 'received after its due date'
              WHEN s.due_date >= DATE '${as_of}' THEN 'not yet due'
              ELSE 'nothing received' END AS status_reason,
         s.province, p.code AS province_code, p.successor_code, p.successor_name, s.period_year AS year, s.synthetic
  FROM submissions s
  LEFT JOIN provinces p
    ON p.name = s.province AND s.due_date BETWEEN p.valid_from AND coalesce(p.valid_to, DATE '9999-12-31')
)
SELECT source, plan_doc_id, plan_doc_number, answer_doc_id, answer_doc_number, unit, unit_level, kind, recurring,
       due_date, answered_date, status, status_reason,
       CASE WHEN status = 'late' THEN datediff(answered_date, due_date)
            WHEN status = 'on_time' THEN 0 END AS days_late,
       province, province_code, successor_code, successor_name, year, DATE '${as_of}' AS as_of, synthetic
FROM from_plans
UNION ALL
SELECT source, plan_doc_id, plan_doc_number, answer_doc_id, answer_doc_number, unit, unit_level, kind, recurring,
       due_date, answered_date, status, status_reason,
       CASE WHEN status = 'late' THEN datediff(answered_date, due_date)
            WHEN status = 'on_time' THEN 0 END AS days_late,
       province, province_code, successor_code, successor_name, year, DATE '${as_of}' AS as_of, synthetic
FROM from_registers
