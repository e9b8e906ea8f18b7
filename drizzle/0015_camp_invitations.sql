CREATE TABLE "camp_invitations" (
	"camp_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"donor_id" uuid NOT NULL,
	"phone" text NOT NULL,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "camp_invitations_camp_id_phone_pk" PRIMARY KEY("camp_id","phone")
);
--> statement-breakpoint
ALTER TABLE "camp_invitations" ADD CONSTRAINT "camp_invitations_camp_id_camps_id_fk" FOREIGN KEY ("camp_id") REFERENCES "public"."camps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "camp_invitations" ADD CONSTRAINT "camp_invitations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "camp_invitations" ADD CONSTRAINT "camp_invitations_donor_id_donors_id_fk" FOREIGN KEY ("donor_id") REFERENCES "public"."donors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "camp_invitations_phone_idx" ON "camp_invitations" USING btree ("phone","invited_at");--> statement-breakpoint
-- The invitations sent before this table: each camp's `invited` events listed the phones invited.
INSERT INTO "camp_invitations" ("camp_id", "organisation_id", "donor_id", "phone", "invited_at")
SELECT e.camp_id, e.organisation_id, d.id, p.phone, e.at
FROM "camp_events" e
CROSS JOIN LATERAL jsonb_array_elements_text(e.details->'phones') AS p(phone)
JOIN "donors" d ON d.organisation_id = e.organisation_id AND d.phone = p.phone
WHERE e.type = 'invited' AND jsonb_typeof(e.details->'phones') = 'array'
ORDER BY e.at, e.id
ON CONFLICT DO NOTHING;
