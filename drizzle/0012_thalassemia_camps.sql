CREATE TABLE "roster_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"donor_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"agreed_to_more_pools" boolean DEFAULT false NOT NULL,
	"added_by_id" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_by_id" uuid,
	"removed_at" timestamp with time zone,
	"removed_reason" text
);
--> statement-breakpoint
CREATE TABLE "transfusion_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"transfusion_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"donor_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"state" text DEFAULT 'booked' NOT NULL,
	"booked_by_id" uuid,
	"booked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"asked_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"answer_channel" text,
	"reminded_at" timestamp with time zone,
	"deferral_reason" text,
	"donation_id" uuid
);
--> statement-breakpoint
CREATE TABLE "transfusion_patient_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"type" text NOT NULL,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transfusion_patients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"reference" text NOT NULL,
	"name" text NOT NULL,
	"sex" text,
	"date_of_birth" text,
	"guardian_name" text NOT NULL,
	"guardian_phone" text NOT NULL,
	"alt_phone" text,
	"language" text DEFAULT 'hi' NOT NULL,
	"preferred_channel" text DEFAULT 'whatsapp' NOT NULL,
	"blood_group" text NOT NULL,
	"phenotype" text,
	"antigens" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"phenotype_notes" text,
	"interval_days" smallint NOT NULL,
	"units_per_transfusion" smallint NOT NULL,
	"centre" text NOT NULL,
	"centre_address" text,
	"locality" text,
	"pincode" text,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"location_source" text NOT NULL,
	"last_transfusion_on" text,
	"book_ahead" smallint DEFAULT 3 NOT NULL,
	"arrival_minute" smallint DEFAULT 600 NOT NULL,
	"state" text DEFAULT 'active' NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"consent_by" text NOT NULL,
	"consent_withdrawn_at" timestamp with time zone,
	"notes" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transfusion_patients_interval_check" CHECK ("transfusion_patients"."interval_days" between 7 and 120),
	CONSTRAINT "transfusion_patients_units_check" CHECK ("transfusion_patients"."units_per_transfusion" between 1 and 4),
	CONSTRAINT "transfusion_patients_book_ahead_check" CHECK ("transfusion_patients"."book_ahead" between 1 and 6)
);
--> statement-breakpoint
CREATE TABLE "transfusions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"due_on" text NOT NULL,
	"units" smallint NOT NULL,
	"state" text DEFAULT 'planned' NOT NULL,
	"case_id" uuid,
	"done_on" text,
	"units_given" smallint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "camp_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"camp_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"type" text NOT NULL,
	"registration_id" uuid,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "camp_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"camp_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"donor_id" uuid,
	"name" text NOT NULL,
	"phone" text NOT NULL,
	"blood_group" text,
	"category" text DEFAULT 'citizen' NOT NULL,
	"language" text DEFAULT 'hi' NOT NULL,
	"source" text NOT NULL,
	"slot_at" timestamp with time zone,
	"state" text DEFAULT 'registered' NOT NULL,
	"check_in_token" text NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checked_in_at" timestamp with time zone,
	"checked_in_by_id" uuid,
	"outcome_at" timestamp with time zone,
	"outcome_by_id" uuid,
	"deferral_reason" text,
	"deferral_until" text,
	"product" text,
	"units" smallint,
	"bag_number" text,
	"donation_id" uuid,
	"thanked_at" timestamp with time zone,
	CONSTRAINT "camp_registrations_check_in_token_unique" UNIQUE("check_in_token")
);
--> statement-breakpoint
CREATE TABLE "camps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"venue" text NOT NULL,
	"venue_address" text,
	"locality" text,
	"pincode" text,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"location_source" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"slot_minutes" smallint DEFAULT 30 NOT NULL,
	"slot_capacity" smallint DEFAULT 10 NOT NULL,
	"partner_centre" text NOT NULL,
	"target_units" smallint NOT NULL,
	"co_organisers" text[] DEFAULT '{}' NOT NULL,
	"state" text DEFAULT 'planned' NOT NULL,
	"thanked_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "camps_code_unique" UNIQUE("code"),
	CONSTRAINT "camps_hours_check" CHECK ("camps"."ends_at" > "camps"."starts_at"),
	CONSTRAINT "camps_target_check" CHECK ("camps"."target_units" > 0)
);
--> statement-breakpoint
CREATE TABLE "certificate_counters" (
	"organisation_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"last" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "certificate_counters_organisation_id_year_pk" PRIMARY KEY("organisation_id","year")
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"donation_id" uuid NOT NULL,
	"donor_id" uuid NOT NULL,
	"camp_id" uuid,
	"donor_name" text NOT NULL,
	"blood_group" text,
	"product" text NOT NULL,
	"units" smallint NOT NULL,
	"donated_on" text NOT NULL,
	"place" text NOT NULL,
	"organisation_name_en" text NOT NULL,
	"organisation_name_hi" text NOT NULL,
	"signatory_en" text NOT NULL,
	"signatory_hi" text NOT NULL,
	"language" text NOT NULL,
	"issued_by_id" uuid,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_by_id" uuid,
	"revoked_reason" text,
	CONSTRAINT "certificates_number_unique" UNIQUE("number"),
	CONSTRAINT "certificates_donation_id_unique" UNIQUE("donation_id")
);
--> statement-breakpoint
CREATE TABLE "organisation_certificate_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"name_en" text NOT NULL,
	"name_hi" text NOT NULL,
	"signatory_en" text NOT NULL,
	"signatory_hi" text NOT NULL,
	"number_prefix" text NOT NULL,
	"logo" "bytea",
	"logo_type" text,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "roster_members" ADD CONSTRAINT "roster_members_patient_id_transfusion_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."transfusion_patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_members" ADD CONSTRAINT "roster_members_donor_id_donors_id_fk" FOREIGN KEY ("donor_id") REFERENCES "public"."donors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_members" ADD CONSTRAINT "roster_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_members" ADD CONSTRAINT "roster_members_added_by_id_users_id_fk" FOREIGN KEY ("added_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_members" ADD CONSTRAINT "roster_members_removed_by_id_users_id_fk" FOREIGN KEY ("removed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfusion_bookings" ADD CONSTRAINT "transfusion_bookings_transfusion_id_transfusions_id_fk" FOREIGN KEY ("transfusion_id") REFERENCES "public"."transfusions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfusion_bookings" ADD CONSTRAINT "transfusion_bookings_patient_id_transfusion_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."transfusion_patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfusion_bookings" ADD CONSTRAINT "transfusion_bookings_donor_id_donors_id_fk" FOREIGN KEY ("donor_id") REFERENCES "public"."donors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfusion_bookings" ADD CONSTRAINT "transfusion_bookings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfusion_bookings" ADD CONSTRAINT "transfusion_bookings_booked_by_id_users_id_fk" FOREIGN KEY ("booked_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfusion_bookings" ADD CONSTRAINT "transfusion_bookings_donation_id_donations_id_fk" FOREIGN KEY ("donation_id") REFERENCES "public"."donations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfusion_patient_events" ADD CONSTRAINT "transfusion_patient_events_patient_id_transfusion_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."transfusion_patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfusion_patient_events" ADD CONSTRAINT "transfusion_patient_events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfusion_patient_events" ADD CONSTRAINT "transfusion_patient_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfusion_patients" ADD CONSTRAINT "transfusion_patients_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfusion_patients" ADD CONSTRAINT "transfusion_patients_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfusion_patients" ADD CONSTRAINT "transfusion_patients_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfusions" ADD CONSTRAINT "transfusions_patient_id_transfusion_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."transfusion_patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfusions" ADD CONSTRAINT "transfusions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfusions" ADD CONSTRAINT "transfusions_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfusions" ADD CONSTRAINT "transfusions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "camp_events" ADD CONSTRAINT "camp_events_camp_id_camps_id_fk" FOREIGN KEY ("camp_id") REFERENCES "public"."camps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "camp_events" ADD CONSTRAINT "camp_events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "camp_events" ADD CONSTRAINT "camp_events_registration_id_camp_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."camp_registrations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "camp_events" ADD CONSTRAINT "camp_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "camp_registrations" ADD CONSTRAINT "camp_registrations_camp_id_camps_id_fk" FOREIGN KEY ("camp_id") REFERENCES "public"."camps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "camp_registrations" ADD CONSTRAINT "camp_registrations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "camp_registrations" ADD CONSTRAINT "camp_registrations_donor_id_donors_id_fk" FOREIGN KEY ("donor_id") REFERENCES "public"."donors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "camp_registrations" ADD CONSTRAINT "camp_registrations_checked_in_by_id_users_id_fk" FOREIGN KEY ("checked_in_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "camp_registrations" ADD CONSTRAINT "camp_registrations_outcome_by_id_users_id_fk" FOREIGN KEY ("outcome_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "camp_registrations" ADD CONSTRAINT "camp_registrations_donation_id_donations_id_fk" FOREIGN KEY ("donation_id") REFERENCES "public"."donations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "camps" ADD CONSTRAINT "camps_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "camps" ADD CONSTRAINT "camps_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "camps" ADD CONSTRAINT "camps_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_counters" ADD CONSTRAINT "certificate_counters_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_donation_id_donations_id_fk" FOREIGN KEY ("donation_id") REFERENCES "public"."donations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_donor_id_donors_id_fk" FOREIGN KEY ("donor_id") REFERENCES "public"."donors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_camp_id_camps_id_fk" FOREIGN KEY ("camp_id") REFERENCES "public"."camps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_issued_by_id_users_id_fk" FOREIGN KEY ("issued_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_revoked_by_id_users_id_fk" FOREIGN KEY ("revoked_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_certificate_settings" ADD CONSTRAINT "organisation_certificate_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_certificate_settings" ADD CONSTRAINT "organisation_certificate_settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "roster_members_active_idx" ON "roster_members" USING btree ("patient_id","donor_id") WHERE removed_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "roster_members_one_pool_idx" ON "roster_members" USING btree ("donor_id") WHERE removed_at is null and not agreed_to_more_pools;--> statement-breakpoint
CREATE INDEX "roster_members_donor_idx" ON "roster_members" USING btree ("donor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "transfusion_bookings_donor_idx" ON "transfusion_bookings" USING btree ("transfusion_id","donor_id");--> statement-breakpoint
CREATE INDEX "transfusion_bookings_donor_state_idx" ON "transfusion_bookings" USING btree ("donor_id","state");--> statement-breakpoint
CREATE INDEX "transfusion_bookings_patient_idx" ON "transfusion_bookings" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "transfusion_patient_events_patient_idx" ON "transfusion_patient_events" USING btree ("patient_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "transfusion_patients_reference_idx" ON "transfusion_patients" USING btree ("organisation_id","reference");--> statement-breakpoint
CREATE INDEX "transfusion_patients_district_idx" ON "transfusion_patients" USING btree ("organisation_id","district_code");--> statement-breakpoint
CREATE UNIQUE INDEX "transfusions_patient_due_idx" ON "transfusions" USING btree ("patient_id","due_on");--> statement-breakpoint
CREATE INDEX "transfusions_due_idx" ON "transfusions" USING btree ("due_on") WHERE state in ('planned', 'covered');--> statement-breakpoint
CREATE INDEX "transfusions_organisation_idx" ON "transfusions" USING btree ("organisation_id","due_on");--> statement-breakpoint
CREATE INDEX "camp_events_camp_idx" ON "camp_events" USING btree ("camp_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "camp_registrations_phone_idx" ON "camp_registrations" USING btree ("camp_id","phone");--> statement-breakpoint
CREATE INDEX "camp_registrations_slot_idx" ON "camp_registrations" USING btree ("camp_id","slot_at");--> statement-breakpoint
CREATE INDEX "camp_registrations_donor_idx" ON "camp_registrations" USING btree ("donor_id");--> statement-breakpoint
CREATE INDEX "camps_organisation_idx" ON "camps" USING btree ("organisation_id","starts_at");--> statement-breakpoint
CREATE INDEX "camps_district_idx" ON "camps" USING btree ("district_code","starts_at");--> statement-breakpoint
CREATE INDEX "certificates_organisation_idx" ON "certificates" USING btree ("organisation_id","issued_at");--> statement-breakpoint
CREATE INDEX "certificates_camp_idx" ON "certificates" USING btree ("camp_id");