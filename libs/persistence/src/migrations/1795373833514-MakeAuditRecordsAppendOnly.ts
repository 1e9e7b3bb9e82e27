import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Written by hand (TypeORM cannot generate triggers): audit records refuse UPDATE, DELETE and TRUNCATE too. */
export class MakeAuditRecordsAppendOnly1795373833514 implements MigrationInterface {
  name = 'MakeAuditRecordsAppendOnly1795373833514';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION append_only_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege',
                HINT = 'Bảng này chỉ được ghi thêm / This table can only be appended to.';
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_records_append_only BEFORE UPDATE OR DELETE ON audit_records ` +
        `FOR EACH ROW EXECUTE FUNCTION append_only_refuse_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_records_no_truncate BEFORE TRUNCATE ON audit_records ` +
        `FOR EACH STATEMENT EXECUTE FUNCTION append_only_refuse_change()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_records_no_truncate ON audit_records`);
    await queryRunner.query(`DROP TRIGGER audit_records_append_only ON audit_records`);
    await queryRunner.query(`DROP FUNCTION append_only_refuse_change()`);
  }
}
