import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddRuleCorrections1795397264002 implements MigrationInterface {
  name = 'AddRuleCorrections1795397264002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rule_corrections" ("regime" text NOT NULL, "sequence" integer NOT NULL, "parameter_id" text NOT NULL, "value" jsonb, "citation" jsonb NOT NULL, "confirmed" boolean NOT NULL, "effective_from" date NOT NULL, "reason" text NOT NULL, "corrected_by" text NOT NULL, "corrected_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2151b9c0eca22612cc96faeb6f8" PRIMARY KEY ("regime", "sequence"))`,
    );
    // Added by hand: corrections are kept, never edited (the append-only function comes from the audit records).
    await queryRunner.query(
      `CREATE TRIGGER rule_corrections_append_only BEFORE UPDATE OR DELETE ON rule_corrections FOR EACH ROW EXECUTE FUNCTION append_only_refuse_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER rule_corrections_no_truncate BEFORE TRUNCATE ON rule_corrections FOR EACH STATEMENT EXECUTE FUNCTION append_only_refuse_change()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER rule_corrections_no_truncate ON rule_corrections`);
    await queryRunner.query(`DROP TRIGGER rule_corrections_append_only ON rule_corrections`);
    await queryRunner.query(`DROP TABLE "rule_corrections"`);
  }
}
