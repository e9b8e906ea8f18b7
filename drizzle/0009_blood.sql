CREATE TABLE "donations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"donor_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"case_id" uuid,
	"need_id" uuid,
	"product" text NOT NULL,
	"units" smallint DEFAULT 1 NOT NULL,
	"bag_number" text,
	"blood_centre" text NOT NULL,
	"donated_on" text NOT NULL,
	"replacement" boolean DEFAULT false NOT NULL,
	"reached_note" text,
	"recorded_by_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "donor_asks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"donor_id" uuid NOT NULL,
	"phone" text NOT NULL,
	"kind" text NOT NULL,
	"state" text NOT NULL,
	"wave" smallint DEFAULT 0 NOT NULL,
	"distance_km" real,
	"asked_by_id" uuid,
	"asked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"send_after" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"answer_channel" text,
	"outbox_id" uuid
);
--> statement-breakpoint
CREATE TABLE "donor_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"donor_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"type" text NOT NULL,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"case_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "donors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"phone" text NOT NULL,
	"name" text NOT NULL,
	"sex" text,
	"date_of_birth" text,
	"weight_band" text,
	"weight_kg" smallint,
	"blood_group" text,
	"group_confirmed_at" timestamp with time zone,
	"group_confirmed_by_id" uuid,
	"group_confirmed_centre" text,
	"phenotype" text,
	"antigens" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"phenotype_notes" text,
	"district_code" text NOT NULL,
	"locality" text,
	"pincode" text,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"location_source" text NOT NULL,
	"products" text[] DEFAULT '{"whole_blood"}' NOT NULL,
	"contact_from" smallint DEFAULT 420 NOT NULL,
	"contact_to" smallint DEFAULT 1320 NOT NULL,
	"category" text NOT NULL,
	"language" text DEFAULT 'hi' NOT NULL,
	"preferred_channel" text DEFAULT 'whatsapp' NOT NULL,
	"consent_purpose" text NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"consent_channel" text NOT NULL,
	"consent_withdrawn_at" timestamp with time zone,
	"opted_out_at" timestamp with time zone,
	"source" text NOT NULL,
	"verified_at" timestamp with time zone,
	"verified_by_id" uuid,
	"id_seen" text,
	"first_time_donor" boolean DEFAULT false NOT NULL,
	"declared_last_donation" text,
	"deferrals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"pregnant" boolean DEFAULT false NOT NULL,
	"breast_feeding" boolean DEFAULT false NOT NULL,
	"breast_feeding_until" text,
	"contested_clauses" text[] DEFAULT '{}' NOT NULL,
	"centre_deferral_reason" text,
	"centre_deferral_until" text,
	"eligible_whole_blood_from" text,
	"eligible_platelets_from" text,
	"eligible_plasma_from" text,
	"eligibility" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"eligibility_assumed" text[] DEFAULT '{}' NOT NULL,
	"eligibility_rule_set" text NOT NULL,
	"eligibility_decided_at" timestamp with time zone NOT NULL,
	"times_asked" integer DEFAULT 0 NOT NULL,
	"times_yes" integer DEFAULT 0 NOT NULL,
	"times_no" integer DEFAULT 0 NOT NULL,
	"last_asked_at" timestamp with time zone,
	"last_donated_on" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_blood_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"policy" jsonb NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outreach_runs" (
	"need_id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"state" text DEFAULT 'running' NOT NULL,
	"radius_km" real NOT NULL,
	"wave" smallint DEFAULT 0 NOT NULL,
	"next_wave_at" timestamp with time zone,
	"started_by_id" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stopped_by_id" uuid,
	"stopped_at" timestamp with time zone,
	"stop_reason" text
);
--> statement-breakpoint
CREATE TABLE "phone_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"phone" text NOT NULL,
	"purpose" text NOT NULL,
	"code_hash" text NOT NULL,
	"attempts" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"consumed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "donations" ADD CONSTRAINT "donations_donor_id_donors_id_fk" FOREIGN KEY ("donor_id") REFERENCES "public"."donors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donations" ADD CONSTRAINT "donations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donations" ADD CONSTRAINT "donations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donations" ADD CONSTRAINT "donations_need_id_case_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."case_needs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donations" ADD CONSTRAINT "donations_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donor_asks" ADD CONSTRAINT "donor_asks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donor_asks" ADD CONSTRAINT "donor_asks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donor_asks" ADD CONSTRAINT "donor_asks_need_id_case_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."case_needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donor_asks" ADD CONSTRAINT "donor_asks_donor_id_donors_id_fk" FOREIGN KEY ("donor_id") REFERENCES "public"."donors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donor_asks" ADD CONSTRAINT "donor_asks_asked_by_id_users_id_fk" FOREIGN KEY ("asked_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donor_events" ADD CONSTRAINT "donor_events_donor_id_donors_id_fk" FOREIGN KEY ("donor_id") REFERENCES "public"."donors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donor_events" ADD CONSTRAINT "donor_events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donor_events" ADD CONSTRAINT "donor_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donor_events" ADD CONSTRAINT "donor_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donors" ADD CONSTRAINT "donors_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donors" ADD CONSTRAINT "donors_group_confirmed_by_id_users_id_fk" FOREIGN KEY ("group_confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donors" ADD CONSTRAINT "donors_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donors" ADD CONSTRAINT "donors_verified_by_id_users_id_fk" FOREIGN KEY ("verified_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donors" ADD CONSTRAINT "donors_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_blood_settings" ADD CONSTRAINT "organisation_blood_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_blood_settings" ADD CONSTRAINT "organisation_blood_settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_runs" ADD CONSTRAINT "outreach_runs_need_id_case_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."case_needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_runs" ADD CONSTRAINT "outreach_runs_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_runs" ADD CONSTRAINT "outreach_runs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_runs" ADD CONSTRAINT "outreach_runs_started_by_id_users_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_runs" ADD CONSTRAINT "outreach_runs_stopped_by_id_users_id_fk" FOREIGN KEY ("stopped_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "donations_donor_idx" ON "donations" USING btree ("donor_id","donated_on");--> statement-breakpoint
CREATE INDEX "donations_organisation_idx" ON "donations" USING btree ("organisation_id","donated_on");--> statement-breakpoint
CREATE UNIQUE INDEX "donations_bag_idx" ON "donations" USING btree ("blood_centre","bag_number") WHERE bag_number is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "donor_asks_need_donor_idx" ON "donor_asks" USING btree ("need_id","donor_id");--> statement-breakpoint
CREATE INDEX "donor_asks_phone_idx" ON "donor_asks" USING btree ("phone","asked_at");--> statement-breakpoint
CREATE INDEX "donor_asks_case_idx" ON "donor_asks" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "donor_asks_open_idx" ON "donor_asks" USING btree ("phone") WHERE state in ('queued', 'sent');--> statement-breakpoint
CREATE INDEX "donor_events_donor_idx" ON "donor_events" USING btree ("donor_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "donors_organisation_phone_idx" ON "donors" USING btree ("organisation_id","phone");--> statement-breakpoint
CREATE INDEX "donors_matching_idx" ON "donors" USING btree ("organisation_id","blood_group","lat","lon") WHERE consent_withdrawn_at is null and opted_out_at is null;--> statement-breakpoint
CREATE INDEX "donors_district_idx" ON "donors" USING btree ("organisation_id","district_code");--> statement-breakpoint
CREATE INDEX "donors_phone_idx" ON "donors" USING btree ("phone");--> statement-breakpoint
CREATE INDEX "outreach_runs_case_idx" ON "outreach_runs" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "phone_codes_phone_idx" ON "phone_codes" USING btree ("phone","purpose","created_at");