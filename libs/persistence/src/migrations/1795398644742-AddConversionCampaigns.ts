import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddConversionCampaigns1795398644742 implements MigrationInterface {
  name = 'AddConversionCampaigns1795398644742';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "conversion_campaigns" ("id" uuid NOT NULL, "name" text NOT NULL, "territory_code" text NOT NULL, "target" text NOT NULL, "legal_deadline" date NOT NULL, "follow_up_by" date NOT NULL, "terms" jsonb NOT NULL, "territory_codes" jsonb NOT NULL, "workflow_id" text NOT NULL, "opened_by" text NOT NULL, "enrolled" integer, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_236ce4ead2446da6810a8bc7959" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_conversion_campaigns_territory" ON "conversion_campaigns"  ("territory_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "conversion_enrolments" ("id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "cooperative_id" uuid NOT NULL, "registration_code" text NOT NULL, "name" text NOT NULL, "territory_code" text NOT NULL, "stage" text NOT NULL, "bucket" text NOT NULL, "workflow_id" text NOT NULL, "state" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_25c11ab078cd5cf446fc6da1128" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_conversion_enrolments_cooperative" ON "conversion_enrolments"  ("cooperative_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_conversion_enrolments_campaign_bucket" ON "conversion_enrolments"  ("campaign_id", "bucket", "registration_code") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_conversion_enrolments_campaign_bucket"`);
    await queryRunner.query(`DROP INDEX "public"."ix_conversion_enrolments_cooperative"`);
    await queryRunner.query(`DROP TABLE "conversion_enrolments"`);
    await queryRunner.query(`DROP INDEX "public"."ix_conversion_campaigns_territory"`);
    await queryRunner.query(`DROP TABLE "conversion_campaigns"`);
  }
}
