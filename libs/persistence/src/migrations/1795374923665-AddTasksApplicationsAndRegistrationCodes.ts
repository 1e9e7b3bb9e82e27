import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddTasksApplicationsAndRegistrationCodes1795374923665 implements MigrationInterface {
  name = 'AddTasksApplicationsAndRegistrationCodes1795374923665';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "establishment_applications" ("id" uuid NOT NULL, "workflow_id" text NOT NULL, "status" text NOT NULL, "kind" text NOT NULL, "proposed_name" text NOT NULL, "territory_code" text NOT NULL, "regime" text NOT NULL, "filed_on" date NOT NULL, "state" jsonb NOT NULL, "registration_code" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_applications_status" CHECK (status IN ('under-review', 'awaiting-decision', 'approved', 'refused')), CONSTRAINT "PK_099dc0592321632e24656df2cf9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_applications_territory_status" ON "establishment_applications"  ("territory_code", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "user_id" text, "role" text, "territory_code" text NOT NULL, "task_id" uuid NOT NULL, "kind" text NOT NULL, "message" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_by" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notifications_role" ON "notifications"  ("role", "territory_code", "created_at") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_notifications_user" ON "notifications"  ("user_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "registration_code_counters" ("territory_code" text NOT NULL, "year" integer NOT NULL, "last_sequence" integer NOT NULL, CONSTRAINT "PK_7ac3cd5ee2654fcd795e84f7cdc" PRIMARY KEY ("territory_code", "year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "issued_registration_codes" ("application_id" uuid NOT NULL, "code" text NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_15fb8c1623a79603212991e25fd" PRIMARY KEY ("application_id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_issued_registration_codes_code" ON "issued_registration_codes"  ("code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "task_views" ("id" uuid NOT NULL, "name" text NOT NULL, "owner_id" text NOT NULL, "shared_with" text array NOT NULL DEFAULT '{}', "filters" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7802951eb6624b5078821a7893d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_task_views_owner" ON "task_views"  ("owner_id") `);
    await queryRunner.query(
      `CREATE TABLE "tasks" ("id" uuid NOT NULL, "workflow_id" text NOT NULL, "kind" text NOT NULL, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "subject_name" text NOT NULL, "territory_code" text NOT NULL, "candidate_role" text NOT NULL, "assignee_id" text, "assignee_name" text, "status" text NOT NULL, "priority" smallint NOT NULL, "due_on" date NOT NULL, "follow_up_on" date, "escalated" boolean NOT NULL, "spec" jsonb NOT NULL, "decision" jsonb, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_tasks_status" CHECK (status IN ('open', 'claimed', 'completed', 'cancelled', 'expired')), CONSTRAINT "PK_8d12ff38fcc62aaba2cab748772" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_tasks_subject" ON "tasks"  ("subject_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_tasks_territory" ON "tasks"  ("territory_code", "status", "due_on", "id") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_tasks_assignee" ON "tasks"  ("assignee_id", "status", "due_on", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_tasks_inbox" ON "tasks"  ("status", "due_on", "id") `);
    await queryRunner.query(`ALTER TABLE "lifecycle_events" ALTER COLUMN "legal_basis" DROP NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lifecycle_events" ALTER COLUMN "legal_basis" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."ix_tasks_inbox"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tasks_assignee"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tasks_territory"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tasks_subject"`);
    await queryRunner.query(`DROP TABLE "tasks"`);
    await queryRunner.query(`DROP INDEX "public"."ix_task_views_owner"`);
    await queryRunner.query(`DROP TABLE "task_views"`);
    await queryRunner.query(`DROP INDEX "public"."uq_issued_registration_codes_code"`);
    await queryRunner.query(`DROP TABLE "issued_registration_codes"`);
    await queryRunner.query(`DROP TABLE "registration_code_counters"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_role"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP INDEX "public"."ix_applications_territory_status"`);
    await queryRunner.query(`DROP TABLE "establishment_applications"`);
  }
}
