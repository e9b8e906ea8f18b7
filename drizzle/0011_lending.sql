CREATE TABLE "depots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"address" text NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"contact_phone" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "equipment_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"depot_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"cylinder_type" text,
	"water_litres" real,
	"gas_litres" integer,
	"flow_lpm" real,
	"serial" text,
	"label" text NOT NULL,
	"qr_token" text NOT NULL,
	"sponsor_id" uuid,
	"sponsorship" text,
	"status" text NOT NULL,
	"current_loan_id" uuid,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "equipment_items_cylinder_litres" CHECK (kind <> 'cylinder' or (cylinder_type is not null and gas_litres > 0)),
	CONSTRAINT "equipment_items_sponsorship" CHECK ((sponsor_id is null) = (sponsorship is null)),
	CONSTRAINT "equipment_items_lent_has_loan" CHECK ((status = 'lent') = (current_loan_id is not null))
);
--> statement-breakpoint
CREATE TABLE "item_movements" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"from_depot_id" uuid,
	"to_depot_id" uuid NOT NULL,
	"loan_id" uuid,
	"refill_order_id" uuid,
	"condition" text,
	"loss_reason" text,
	"note" text,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loan_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"loan_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by_id" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "loan_documents_size" CHECK (size_bytes > 0)
);
--> statement-breakpoint
CREATE TABLE "loan_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"loan_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"type" text NOT NULL,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"reference" text NOT NULL,
	"case_id" uuid NOT NULL,
	"need_id" uuid,
	"item_id" uuid NOT NULL,
	"depot_id" uuid NOT NULL,
	"accessories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"patient_name" text NOT NULL,
	"patient_phone" text NOT NULL,
	"borrower_name" text,
	"borrower_phone" text,
	"address" text NOT NULL,
	"language" text DEFAULT 'hi' NOT NULL,
	"channel" text DEFAULT 'whatsapp' NOT NULL,
	"id_seen" text,
	"covid_positive" boolean,
	"has_prescription" boolean,
	"home_isolation" boolean,
	"spo2" smallint,
	"spo2_band" text NOT NULL,
	"gate_outcome" text NOT NULL,
	"override_reason" text,
	"override_by_id" uuid,
	"deposit_amount" integer DEFAULT 0 NOT NULL,
	"deposit_mode" text NOT NULL,
	"deposit_receipt" text,
	"deposit_waive_reason" text,
	"deposit_refunded" integer DEFAULT 0 NOT NULL,
	"deposit_deducted" integer DEFAULT 0 NOT NULL,
	"due_on" text NOT NULL,
	"extensions" smallint DEFAULT 0 NOT NULL,
	"reminders_sent" text[] DEFAULT '{}' NOT NULL,
	"escalated_for_due_on" text,
	"lent_by_id" uuid,
	"lent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"handed_over_by_id" uuid,
	"handed_over_by_name" text,
	"handed_over_at" timestamp with time zone,
	"first_message_at" timestamp with time zone,
	"minutes_to_hand_over" integer,
	"pickup_requested_at" timestamp with time zone,
	"pickup_assignee_id" uuid,
	"returned_at" timestamp with time zone,
	"returned_to_id" uuid,
	"return_depot_id" uuid,
	"return_condition" text,
	"accessories_missing" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"lost_at" timestamp with time zone,
	"loss_reason" text,
	"closed_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "loans_deposit_not_negative" CHECK (deposit_amount >= 0 and deposit_refunded >= 0 and deposit_deducted >= 0 and deposit_refunded + deposit_deducted <= deposit_amount),
	CONSTRAINT "loans_waive_reason" CHECK (deposit_mode <> 'waived' or deposit_waive_reason is not null),
	CONSTRAINT "loans_spo2_range" CHECK (spo2 is null or spo2 between 30 and 100)
);
--> statement-breakpoint
CREATE TABLE "organisation_lending_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"policy" jsonb NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "refill_order_items" (
	"order_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"cylinder_type" text NOT NULL,
	"status" text DEFAULT 'sent' NOT NULL,
	"settled_by_id" uuid,
	"settled_at" timestamp with time zone,
	CONSTRAINT "refill_order_items_order_id_item_id_pk" PRIMARY KEY("order_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "refill_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"depot_id" uuid NOT NULL,
	"vendor_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"prices" jsonb NOT NULL,
	"estimated_cost" integer DEFAULT 0 NOT NULL,
	"cost" integer DEFAULT 0 NOT NULL,
	"note" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"cancel_reason" text
);
--> statement-breakpoint
CREATE TABLE "refill_vendors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"district_code" text,
	"name" text NOT NULL,
	"phone" text,
	"address" text,
	"prices" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sponsors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"contact_name" text,
	"contact_phone" text,
	"contact_email" text,
	"note" text,
	"link_token_hash" text,
	"link_created_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stock_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"site_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"litres" double precision NOT NULL,
	"cylinders" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reason" text,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stock_sites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"address" text,
	"lat" double precision,
	"lon" double precision,
	"alert_hours" smallint,
	"litres" double precision DEFAULT 0 NOT NULL,
	"cylinders" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"last_entry_at" timestamp with time zone,
	"alert_state" text DEFAULT 'no_data' NOT NULL,
	"alert_changed_at" timestamp with time zone,
	"active" boolean DEFAULT true NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_sites_litres" CHECK (litres >= 0)
);
--> statement-breakpoint
ALTER TABLE "depots" ADD CONSTRAINT "depots_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "depots" ADD CONSTRAINT "depots_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "depots" ADD CONSTRAINT "depots_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_items" ADD CONSTRAINT "equipment_items_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_items" ADD CONSTRAINT "equipment_items_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_items" ADD CONSTRAINT "equipment_items_depot_id_depots_id_fk" FOREIGN KEY ("depot_id") REFERENCES "public"."depots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_items" ADD CONSTRAINT "equipment_items_sponsor_id_sponsors_id_fk" FOREIGN KEY ("sponsor_id") REFERENCES "public"."sponsors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_items" ADD CONSTRAINT "equipment_items_current_loan_id_loans_id_fk" FOREIGN KEY ("current_loan_id") REFERENCES "public"."loans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_items" ADD CONSTRAINT "equipment_items_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_movements" ADD CONSTRAINT "item_movements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_movements" ADD CONSTRAINT "item_movements_item_id_equipment_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."equipment_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_movements" ADD CONSTRAINT "item_movements_from_depot_id_depots_id_fk" FOREIGN KEY ("from_depot_id") REFERENCES "public"."depots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_movements" ADD CONSTRAINT "item_movements_to_depot_id_depots_id_fk" FOREIGN KEY ("to_depot_id") REFERENCES "public"."depots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_movements" ADD CONSTRAINT "item_movements_loan_id_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_movements" ADD CONSTRAINT "item_movements_refill_order_id_refill_orders_id_fk" FOREIGN KEY ("refill_order_id") REFERENCES "public"."refill_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_movements" ADD CONSTRAINT "item_movements_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_documents" ADD CONSTRAINT "loan_documents_loan_id_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_documents" ADD CONSTRAINT "loan_documents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_documents" ADD CONSTRAINT "loan_documents_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_events" ADD CONSTRAINT "loan_events_loan_id_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_events" ADD CONSTRAINT "loan_events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_events" ADD CONSTRAINT "loan_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_need_id_case_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."case_needs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_item_id_equipment_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."equipment_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_depot_id_depots_id_fk" FOREIGN KEY ("depot_id") REFERENCES "public"."depots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_override_by_id_users_id_fk" FOREIGN KEY ("override_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_lent_by_id_users_id_fk" FOREIGN KEY ("lent_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_handed_over_by_id_users_id_fk" FOREIGN KEY ("handed_over_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_pickup_assignee_id_users_id_fk" FOREIGN KEY ("pickup_assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_returned_to_id_users_id_fk" FOREIGN KEY ("returned_to_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_return_depot_id_depots_id_fk" FOREIGN KEY ("return_depot_id") REFERENCES "public"."depots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_lending_settings" ADD CONSTRAINT "organisation_lending_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_lending_settings" ADD CONSTRAINT "organisation_lending_settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refill_order_items" ADD CONSTRAINT "refill_order_items_order_id_refill_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."refill_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refill_order_items" ADD CONSTRAINT "refill_order_items_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refill_order_items" ADD CONSTRAINT "refill_order_items_item_id_equipment_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."equipment_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refill_order_items" ADD CONSTRAINT "refill_order_items_settled_by_id_users_id_fk" FOREIGN KEY ("settled_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refill_orders" ADD CONSTRAINT "refill_orders_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refill_orders" ADD CONSTRAINT "refill_orders_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refill_orders" ADD CONSTRAINT "refill_orders_depot_id_depots_id_fk" FOREIGN KEY ("depot_id") REFERENCES "public"."depots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refill_orders" ADD CONSTRAINT "refill_orders_vendor_id_refill_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."refill_vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refill_orders" ADD CONSTRAINT "refill_orders_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refill_vendors" ADD CONSTRAINT "refill_vendors_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refill_vendors" ADD CONSTRAINT "refill_vendors_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refill_vendors" ADD CONSTRAINT "refill_vendors_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sponsors" ADD CONSTRAINT "sponsors_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sponsors" ADD CONSTRAINT "sponsors_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_entries" ADD CONSTRAINT "stock_entries_site_id_stock_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."stock_sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_entries" ADD CONSTRAINT "stock_entries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_entries" ADD CONSTRAINT "stock_entries_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_sites" ADD CONSTRAINT "stock_sites_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_sites" ADD CONSTRAINT "stock_sites_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_sites" ADD CONSTRAINT "stock_sites_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "depots_organisation_name_idx" ON "depots" USING btree ("organisation_id","name");--> statement-breakpoint
CREATE INDEX "depots_district_idx" ON "depots" USING btree ("organisation_id","district_code");--> statement-breakpoint
CREATE UNIQUE INDEX "equipment_items_serial_idx" ON "equipment_items" USING btree ("organisation_id","serial") WHERE serial is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "equipment_items_label_idx" ON "equipment_items" USING btree ("organisation_id","label");--> statement-breakpoint
CREATE UNIQUE INDEX "equipment_items_qr_idx" ON "equipment_items" USING btree ("qr_token");--> statement-breakpoint
CREATE INDEX "equipment_items_available_idx" ON "equipment_items" USING btree ("organisation_id","depot_id","kind","cylinder_type") WHERE status = 'available';--> statement-breakpoint
CREATE INDEX "equipment_items_depot_status_idx" ON "equipment_items" USING btree ("depot_id","status");--> statement-breakpoint
CREATE INDEX "equipment_items_sponsor_idx" ON "equipment_items" USING btree ("sponsor_id") WHERE sponsor_id is not null;--> statement-breakpoint
CREATE INDEX "item_movements_item_idx" ON "item_movements" USING btree ("item_id","id");--> statement-breakpoint
CREATE INDEX "item_movements_loan_idx" ON "item_movements" USING btree ("loan_id") WHERE loan_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "loan_documents_loan_sha_idx" ON "loan_documents" USING btree ("loan_id","sha256");--> statement-breakpoint
CREATE INDEX "loan_events_loan_idx" ON "loan_events" USING btree ("loan_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "loans_reference_idx" ON "loans" USING btree ("organisation_id","reference");--> statement-breakpoint
CREATE UNIQUE INDEX "loans_one_device_idx" ON "loans" USING btree ("organisation_id","patient_phone") WHERE status = 'active' and override_reason is null;--> statement-breakpoint
CREATE UNIQUE INDEX "loans_active_item_idx" ON "loans" USING btree ("item_id") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "loans_due_idx" ON "loans" USING btree ("organisation_id","due_on") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "loans_case_idx" ON "loans" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "loans_patient_idx" ON "loans" USING btree ("organisation_id","patient_phone");--> statement-breakpoint
CREATE UNIQUE INDEX "refill_order_items_out_idx" ON "refill_order_items" USING btree ("item_id") WHERE status = 'sent';--> statement-breakpoint
CREATE INDEX "refill_orders_open_idx" ON "refill_orders" USING btree ("organisation_id","depot_id") WHERE status in ('open', 'sent', 'partly_returned');--> statement-breakpoint
CREATE UNIQUE INDEX "refill_vendors_organisation_name_idx" ON "refill_vendors" USING btree ("organisation_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "sponsors_organisation_name_idx" ON "sponsors" USING btree ("organisation_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "sponsors_link_idx" ON "sponsors" USING btree ("link_token_hash") WHERE link_token_hash is not null;--> statement-breakpoint
CREATE INDEX "stock_entries_site_idx" ON "stock_entries" USING btree ("site_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "stock_sites_organisation_name_idx" ON "stock_sites" USING btree ("organisation_id","name");--> statement-breakpoint
CREATE INDEX "stock_sites_low_idx" ON "stock_sites" USING btree ("organisation_id") WHERE alert_state = 'low';