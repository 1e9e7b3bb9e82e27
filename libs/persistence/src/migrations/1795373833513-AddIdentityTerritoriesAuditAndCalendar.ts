import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddIdentityTerritoriesAuditAndCalendar1795373833513 implements MigrationInterface {
  name = 'AddIdentityTerritoriesAuditAndCalendar1795373833513';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_records" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" text NOT NULL, "actor_role" text NOT NULL, "action" text NOT NULL, "outcome" text NOT NULL, "subject_type" text NOT NULL, "subject_id" text NOT NULL, "cooperative_id" uuid, "territory_code" text, "reason" jsonb, "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_f903ebdf175f062be69747b0f18" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_records_actor" ON "audit_records"  ("actor_id", "occurred_at") `);
    await queryRunner.query(
      `CREATE INDEX "ix_audit_records_cooperative" ON "audit_records"  ("cooperative_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "authorities" ("id" text NOT NULL, "name" text NOT NULL, "territory_code" text NOT NULL, "handles" text array NOT NULL, "valid_from" date, "valid_to" date, "confirmed" boolean NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_10bd95b9548629cdf02016dab65" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "calendar_schedules" ("year" integer NOT NULL, "source" text NOT NULL, "days_off" jsonb NOT NULL, "working_days" jsonb NOT NULL, "loaded_by" text NOT NULL, "loaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1e8c75a455fbe402c2a60c2c842" PRIMARY KEY ("year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "territories" ("code" text NOT NULL, "name" text NOT NULL, "level" text NOT NULL, "parent_code" text, "valid_from" date, "valid_to" date, "successor_code" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_territories_level" CHECK (level IN ('province', 'district', 'commune')), CONSTRAINT "PK_e1a81c0cf29b429237ed209cc07" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_territories_parent" ON "territories"  ("parent_code") `);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" text NOT NULL, "display_name" text NOT NULL, "roles" text array NOT NULL, "territory_codes" text array NOT NULL DEFAULT '{}', "cooperative_ids" uuid array NOT NULL DEFAULT '{}', "password_hash" text, "external_subject" text, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_users_external_subject" ON "users"  ("external_subject") WHERE external_subject IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_users_external_subject"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."ix_territories_parent"`);
    await queryRunner.query(`DROP TABLE "territories"`);
    await queryRunner.query(`DROP TABLE "calendar_schedules"`);
    await queryRunner.query(`DROP TABLE "authorities"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_records_cooperative"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_records_actor"`);
    await queryRunner.query(`DROP TABLE "audit_records"`);
  }
}
