import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddNoticeOutboxAndStatisticsTargets1795398122404 implements MigrationInterface {
  name = 'AddNoticeOutboxAndStatisticsTargets1795398122404';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notice_outbox" ("notice_id" text NOT NULL, "cooperative_id" uuid NOT NULL, "workflow_id" text NOT NULL, "territory_code" text NOT NULL, "kind" text NOT NULL, "year" integer NOT NULL, "recipient" text, "subject" text NOT NULL, "body" text NOT NULL, "status" text NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "message_id" text NOT NULL, "last_response" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_attempt_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_notice_outbox_status" CHECK (status IN ('pending', 'delivered', 'bounced', 'failed', 'no-address')), CONSTRAINT "PK_3ea4a15ebff82769fc29e8392ad" PRIMARY KEY ("notice_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notice_outbox_cooperative" ON "notice_outbox"  ("cooperative_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "statistics_targets" ("territory_code" text NOT NULL, "year" integer NOT NULL, "indicator" text NOT NULL, "target" integer NOT NULL, "source" text NOT NULL, "updated_by" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c7e28cdf069976c56e9b4437baf" PRIMARY KEY ("territory_code", "year", "indicator"))`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" ADD "cooperative_id" uuid`);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "task_id" DROP NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "task_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "cooperative_id"`);
    await queryRunner.query(`DROP TABLE "statistics_targets"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notice_outbox_cooperative"`);
    await queryRunner.query(`DROP TABLE "notice_outbox"`);
  }
}
