-- Intake also locks the patient's name in its district. Deduplication joins a plea to an open case with one of its
-- phones OR the same patient's name in the same district; locking only the phones let relatives who called at the
-- same moment from different numbers about one patient open a case each. All the locks are taken in one sorted
-- order (phones, then the name key — '+…' sorts before 'name|…'), as the batch path in intake-candidates.ts does.
CREATE OR REPLACE FUNCTION intake_lock_and_find(phones text[], name_key text, district text, since timestamptz)
RETURNS TABLE (
  case_id uuid,
  case_reference text,
  case_phones text[],
  case_name_key text,
  case_district text,
  case_first_message_at timestamptz,
  case_resources text[]
)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  lock_key text;
BEGIN
  FOR lock_key IN
    SELECT DISTINCT k FROM (
      SELECT unnest(phones) AS k
      UNION ALL
      SELECT 'name|' || district || '|' || name_key WHERE name_key IS NOT NULL
    ) keys ORDER BY k
  LOOP
    PERFORM pg_advisory_xact_lock(hashtext(lock_key));
  END LOOP;
  RETURN QUERY
    SELECT c.id, c.reference, c.requester_phones, c.patient_name_key, c.district_code, c.first_message_at,
      array(SELECT n.resource FROM case_needs n WHERE n.case_id = c.id)
    FROM cases c
    WHERE c.status NOT IN ('fulfilled', 'closed')
      AND c.first_message_at >= since
      AND (c.requester_phones && phones
        OR (name_key IS NOT NULL AND c.district_code = district AND c.patient_name_key = name_key))
    LIMIT 20;
END
$$;
