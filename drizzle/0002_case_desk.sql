CREATE TABLE "case_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"type" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "case_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"resource" text NOT NULL,
	"quantity_requested" integer DEFAULT 1 NOT NULL,
	"quantity_fulfilled" integer DEFAULT 0 NOT NULL,
	"blood_group" text,
	"medicine" text,
	"position" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"close_reason" text,
	"duplicate_of_id" uuid,
	"channel" text NOT NULL,
	"organisation_id" uuid,
	"district_code" text NOT NULL,
	"locality" text,
	"address" text,
	"pincode" text,
	"hospital" text,
	"lat" double precision,
	"lon" double precision,
	"requester_name" text,
	"requester_phones" text[] NOT NULL,
	"requester_language" text DEFAULT 'hi' NOT NULL,
	"consent_to_share" boolean NOT NULL,
	"patient_name" text,
	"patient_name_key" text,
	"patient_age" smallint,
	"patient_sex" text,
	"conditions" text[] DEFAULT '{}' NOT NULL,
	"spo2" smallint,
	"spo2_at" timestamp with time zone,
	"transfusion_date" text,
	"computed_priority" text NOT NULL,
	"priority_reasons" text[] DEFAULT '{}' NOT NULL,
	"priority_override" text,
	"priority_override_reason" text,
	"priority_rank" smallint NOT NULL,
	"first_message_at" timestamp with time zone NOT NULL,
	"first_response_at" timestamp with time zone,
	"response_due_at" timestamp with time zone NOT NULL,
	"fulfil_due_at" timestamp with time zone NOT NULL,
	"fulfilled_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"was_verified" boolean DEFAULT false NOT NULL,
	"assignee_id" uuid,
	"claimed_at" timestamp with time zone,
	"assignee_active_at" timestamp with time zone,
	"message_count" integer DEFAULT 0 NOT NULL,
	"channels_used" text[] DEFAULT '{}' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_reference_unique" UNIQUE("reference"),
	CONSTRAINT "cases_closed_has_reason" CHECK (("cases"."status" = 'closed') = ("cases"."close_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "flagged_phones" (
	"phone" text PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"flagged_by_id" uuid,
	"flagged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel" text NOT NULL,
	"provider_id" text,
	"sender_phone" text,
	"sender_name" text,
	"text" text,
	"received_at" timestamp with time zone NOT NULL,
	"case_id" uuid,
	"understood" jsonb,
	"corrections" jsonb,
	"logged_by_id" uuid,
	"ip" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"case_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "organisation_desk_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"policy" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_needs" ADD CONSTRAINT "case_needs_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flagged_phones" ADD CONSTRAINT "flagged_phones_flagged_by_id_users_id_fk" FOREIGN KEY ("flagged_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_logged_by_id_users_id_fk" FOREIGN KEY ("logged_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_desk_settings" ADD CONSTRAINT "organisation_desk_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","id");--> statement-breakpoint
CREATE INDEX "case_needs_case_idx" ON "case_needs" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_needs_resource_idx" ON "case_needs" USING btree ("resource","case_id");--> statement-breakpoint
CREATE INDEX "cases_queue_idx" ON "cases" USING btree ("district_code","status","priority_rank","fulfil_due_at");--> statement-breakpoint
CREATE INDEX "cases_open_queue_idx" ON "cases" USING btree ("priority_rank","fulfil_due_at") WHERE "cases"."status" not in ('fulfilled', 'closed');--> statement-breakpoint
CREATE INDEX "cases_phones_idx" ON "cases" USING gin ("requester_phones");--> statement-breakpoint
CREATE INDEX "cases_patient_idx" ON "cases" USING btree ("district_code","patient_name_key");--> statement-breakpoint
CREATE INDEX "cases_assignee_idx" ON "cases" USING btree ("assignee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_provider_unique" ON "messages" USING btree ("channel","provider_id");--> statement-breakpoint
CREATE INDEX "messages_case_idx" ON "messages" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "messages_sender_idx" ON "messages" USING btree ("sender_phone","received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_once" ON "notifications" USING btree ("user_id","kind","case_id");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");