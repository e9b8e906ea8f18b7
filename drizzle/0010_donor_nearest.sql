-- India's Lambert conformal conic projection (standard parallels 12° N and 28° N, central meridian 80° E) on the
-- sphere of radius 6371.0088 km, in km. Conformal: over India the scale is 0.99-1.04 and changes slowly, so plane
-- distance orders nearby places as the ground does and a GiST index can find donors nearest-first.
-- SQL-standard bodies are bound when created: safe in generated columns whatever the search_path.
CREATE FUNCTION india_lcc(lat double precision, lon double precision) RETURNS point
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN point(
    19524.626493302396 / power(tan(pi() / 4 + radians(lat) / 2), 0.3431406021679682)
      * sin(0.3431406021679682 * radians(lon - 80)),
    -19524.626493302396 / power(tan(pi() / 4 + radians(lat) / 2), 0.3431406021679682)
      * cos(0.3431406021679682 * radians(lon - 80)));--> statement-breakpoint
-- The place moved 100,000 km east per blood group (India spans under 4,000 km): one index holds every group apart.
CREATE FUNCTION donor_match_place(lat double precision, lon double precision, blood_group text) RETURNS point
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN india_lcc(lat, lon)
    + point(100000 * array_position(ARRAY['A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-'], blood_group), 0);--> statement-breakpoint
DROP INDEX "donors_matching_idx";--> statement-breakpoint
ALTER TABLE "donors" ADD COLUMN "place" "point" GENERATED ALWAYS AS (india_lcc(lat, lon)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "donors" ADD COLUMN "match_place" "point" GENERATED ALWAYS AS (donor_match_place(lat, lon, blood_group)) STORED;--> statement-breakpoint
CREATE INDEX "donors_nearby_idx" ON "donors" USING gist ("place");--> statement-breakpoint
CREATE INDEX "donors_matching_idx" ON "donors" USING gist ("match_place") INCLUDE ("id", "organisation_id", "eligible_whole_blood_from", "eligible_platelets_from", "eligible_plasma_from", "phenotype", "district_code") WHERE consent_withdrawn_at is null and opted_out_at is null;