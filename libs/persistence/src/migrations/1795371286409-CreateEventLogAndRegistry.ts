import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEventLogAndRegistry1795371286409 implements MigrationInterface {
  name = 'CreateEventLogAndRegistry1795371286409';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "cooperatives" ("id" uuid NOT NULL, "registration_code" text NOT NULL, "workflow_id" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "sector" text NOT NULL, "territory_code" text NOT NULL, "regime" text NOT NULL, "status" text NOT NULL, "registered_on" date NOT NULL, "member_count" integer NOT NULL, "stream_version" integer NOT NULL, "head_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_cooperatives_member_count" CHECK (member_count >= 0), CONSTRAINT "ck_cooperatives_status" CHECK (status IN ('active', 'suspended', 'dormancy-review', 'dissolving', 'dissolved', 'revoked', 'converted-out')), CONSTRAINT "ck_cooperatives_regime" CHECK (regime IN ('law-2003', 'law-2012', 'law-2023')), CONSTRAINT "ck_cooperatives_kind" CHECK (kind IN ('cooperative', 'union', 'group')), CONSTRAINT "PK_52fc93ab8869e3f71c46601fe9b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_cooperatives_registration_code" ON "cooperatives"  ("registration_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_cooperatives_territory_status" ON "cooperatives"  ("territory_code", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "lifecycle_events" ("position" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "stream_id" uuid NOT NULL, "version" integer NOT NULL, "type" text NOT NULL, "data" jsonb NOT NULL, "legal_basis" jsonb NOT NULL, "actor_id" text NOT NULL, "actor_role" text NOT NULL, "actor_name" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "idempotency_key" text NOT NULL, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "uq_lifecycle_events_idempotency_key" UNIQUE ("idempotency_key"), CONSTRAINT "uq_lifecycle_events_stream_version" UNIQUE ("stream_id", "version"), CONSTRAINT "PK_0229b1b2233fe1b5a2cd5c30af9" PRIMARY KEY ("position"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_lifecycle_events_stream_occurred" ON "lifecycle_events"  ("stream_id", "occurred_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_lifecycle_events_stream_occurred"`);
    await queryRunner.query(`DROP TABLE "lifecycle_events"`);
    await queryRunner.query(`DROP INDEX "public"."ix_cooperatives_territory_status"`);
    await queryRunner.query(`DROP INDEX "public"."uq_cooperatives_registration_code"`);
    await queryRunner.query(`DROP TABLE "cooperatives"`);
  }
}
