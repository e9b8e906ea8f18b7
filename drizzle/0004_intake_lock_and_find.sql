-- Intake's first step in one round trip: take the per-phone locks (so one person's pleas are deduplicated one at a
-- time), then read the open cases that could be the same request. In a VOLATILE PL/pgSQL function each statement
-- takes a fresh snapshot, so the read sees everything committed by whoever held the lock before. Which candidate
-- really is a duplicate stays a TypeScript rule (src/server/domain/cases/dedup.ts).
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
  phone text;
BEGIN
  FOR phone IN SELECT DISTINCT p FROM unnest(phones) AS p ORDER BY p LOOP
    PERFORM pg_advisory_xact_lock(hashtext(phone));
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
