-- The pages of the site: the 63 provinces before the 2025 reform (era 'former') and the 34 units after it
-- (era 'current'), each former province with the unit it became, each current unit with its predecessors.
SELECT CASE WHEN valid_to IS NULL THEN 'current' ELSE 'former' END AS era,
       code, name, name_ascii, valid_from, valid_to, successor_code, successor_name, predecessors
FROM provinces
ORDER BY era DESC, code
