import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (TypeORM cannot generate triggers): the event log refuses UPDATE, DELETE and TRUNCATE, so only a
 * superuser who disables triggers can alter it, and then the hash chain shows where.
 */
export class MakeLifecycleEventsAppendOnly1795371286410 implements MigrationInterface {
  name = 'MakeLifecycleEventsAppendOnly1795371286410';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION lifecycle_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'lifecycle_events is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege',
                HINT = 'Nhật ký sự kiện chỉ được ghi thêm / The event log can only be appended to.';
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER lifecycle_events_append_only BEFORE UPDATE OR DELETE ON lifecycle_events ` +
        `FOR EACH ROW EXECUTE FUNCTION lifecycle_events_refuse_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER lifecycle_events_no_truncate BEFORE TRUNCATE ON lifecycle_events ` +
        `FOR EACH STATEMENT EXECUTE FUNCTION lifecycle_events_refuse_change()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER lifecycle_events_no_truncate ON lifecycle_events`);
    await queryRunner.query(`DROP TRIGGER lifecycle_events_append_only ON lifecycle_events`);
    await queryRunner.query(`DROP FUNCTION lifecycle_events_refuse_change()`);
  }
}
