import { MigrationInterface, QueryRunner } from 'typeorm';

/** A notice's delivery attempts join the stream it belongs to: until now always the cooperative's own. */
export class AddNoticeStreams1795408178642 implements MigrationInterface {
  name = 'AddNoticeStreams1795408178642';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notice_outbox" ADD "stream_id" text`);
    await queryRunner.query(`UPDATE "notice_outbox" SET "stream_id" = "cooperative_id"::text`);
    await queryRunner.query(`ALTER TABLE "notice_outbox" ALTER COLUMN "stream_id" SET NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notice_outbox" DROP COLUMN "stream_id"`);
  }
}
