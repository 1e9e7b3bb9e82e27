import { createHash } from 'node:crypto';
import { parseRegistry, text, vietnamDateOf, type ImportRow, type ImportRowError } from '@htx/domain';
import { RegistryImportRepository, type ImportFailure, type RegistryImport } from '@htx/persistence';
import { CooperativeLifecycleClient, workflowRefusalOf } from '@htx/temporal-client';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AccessPolicy } from '../access/access-policy';
import { actingAs, type AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../http/api-error';
import { inParallel } from '../http/in-parallel';
import { idFromKey } from '../http/idempotency';
import { REGISTERING_ROLES } from './cooperatives.service';
import { readRegistrySheet } from './registry-sheet';

/** Rows handed to Temporal per batch, and how many of them at once: a large file never floods the server. */
const BATCH_SIZE = 250;
const CONCURRENCY = 32;
/** How often a row is sent before the import stops (it resumes on restart). */
const ROW_ATTEMPTS = 5;

export type ImportUpload = { readonly fileName: string; readonly content: Buffer };

/**
 * Imports an existing registry: every row checked first (nothing imported from a file with bad rows unless the good
 * rows are asked for), then each cooperative's workflow started with its history, in bounded batches, with the
 * progress kept in the database. The import's id derives from the file: the same file again is the same import,
 * and each row's facts carry ids of their own, so nothing is recorded twice. An import interrupted by a restart
 * resumes where it stopped.
 */
@Injectable()
export class RegistryImportsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(RegistryImportsService.name);
  private readonly inProgress = new Map<string, Promise<void>>();

  constructor(
    private readonly imports: RegistryImportRepository,
    private readonly lifecycle: CooperativeLifecycleClient,
    private readonly access: AccessPolicy,
  ) {}

  onApplicationBootstrap(): void {
    void this.imports.running().then((running) => running.forEach((entry) => this.continue(entry.id)));
  }

  async start(
    upload: ImportUpload,
    importGoodRows: boolean,
    user: AuthenticatedUser,
    now: Date,
  ): Promise<{ entry: RegistryImport; created: boolean }> {
    const sha256 = createHash('sha256').update(upload.content).digest('hex');
    const id = idFromKey('registry-import', sha256, importGoodRows ? 'good-rows' : 'all');
    const existing = await this.imports.find(id);
    if (existing) return { entry: existing, created: false };

    const parsed = parseRegistry(await readRegistrySheet(upload.content), vietnamDateOf(now));
    if (parsed.headerProblems.length > 0) {
      throw new ApiError(
        400,
        'IMPORT_HEADER_INVALID',
        text(
          'Dòng tiêu đề của tệp thiếu cột bắt buộc; không có gì được nhập.',
          'The header lacks required columns; nothing was imported.',
        ),
        parsed.headerProblems,
      );
    }
    const outside = await this.outsideTerritories(parsed.rows, user, now);
    const rows = parsed.rows.filter((row) => !outside.some((error) => error.row === row.row));
    const rejected = [...parsed.errors, ...outside].sort((a, b) => a.row - b.row);
    if (rows.length === 0 || (rejected.length > 0 && !importGoodRows)) throw rowsRejected(rejected, rows.length);

    const created = await this.imports.begin(
      {
        id,
        fileName: upload.fileName,
        sha256,
        uploadedBy: user.id,
        actor: actingAs(user, REGISTERING_ROLES),
        rows,
        rejectedRows: rejected,
      },
      now,
    );
    this.continue(id);
    return { entry: (await this.imports.find(id))!, created };
  }

  async get(id: string, user: AuthenticatedUser): Promise<RegistryImport> {
    const entry = await this.imports.find(id);
    if (!entry || (entry.uploadedBy !== user.id && !user.roles.includes('administrator'))) throw importNotFound(id);
    return entry;
  }

  /** Runs the import in the background, unless this process is running it already. */
  private continue(id: string): void {
    if (this.inProgress.has(id)) return;
    const running = this.run(id)
      .catch((error: unknown) =>
        this.logger.error(`Registry import ${id} stopped: ${String(error)}; it resumes on restart`),
      )
      .finally(() => this.inProgress.delete(id));
    this.inProgress.set(id, running);
  }

  private async run(id: string): Promise<void> {
    const entry = await this.imports.find(id);
    if (!entry || entry.status === 'completed') return;
    for (let offset = entry.processed; offset < entry.rows.length; offset += BATCH_SIZE) {
      const batch = entry.rows.slice(offset, offset + BATCH_SIZE);
      const outcomes = await inParallel(batch, CONCURRENCY, (row) => this.importRow(row, entry));
      const failures = outcomes.filter((outcome): outcome is ImportFailure => typeof outcome === 'object');
      const created = outcomes.filter((outcome) => outcome === 'created').length;
      await this.imports.advance(id, offset + batch.length, created, failures);
    }
    await this.imports.complete(id, new Date());
  }

  private async importRow(row: ImportRow, entry: RegistryImport): Promise<'created' | 'unchanged' | ImportFailure> {
    try {
      const result = await this.withRetries(() =>
        this.lifecycle.importCooperative({ details: row.details, facts: row.facts, actor: entry.actor }),
      );
      return result.created ? 'created' : 'unchanged';
    } catch (error) {
      const refusal = workflowRefusalOf(error);
      if (!refusal) throw error;
      const reason = [refusal.detail?.vi, ...refusal.problems.map((problem) => problem.reason.vi)]
        .filter(Boolean)
        .join(' ');
      return { row: row.row, registrationCode: row.details.registrationCode, reason };
    }
  }

  /**
   * A row whose confirmation does not come in time (a busy server, a worker restarting) is sent again: the same row
   * again changes nothing. Without this, one slow row stopped the whole import until the api restarted.
   */
  private async withRetries<T>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        if (workflowRefusalOf(error) || attempt >= ROW_ATTEMPTS) throw error;
        this.logger.warn(`An import row is sent again (attempt ${attempt + 1}): ${String(error)}`);
        await new Promise((resolve) => setTimeout(resolve, 1_000 * attempt));
      }
    }
  }

  private async outsideTerritories(
    rows: readonly ImportRow[],
    user: AuthenticatedUser,
    now: Date,
  ): Promise<ImportRowError[]> {
    const codes = [...new Set(rows.map((row) => row.details.territoryCode))];
    const covered = new Set<string>();
    for (const code of codes) if (await this.access.covers(user, code, now)) covered.add(code);
    return rows
      .filter((row) => !covered.has(row.details.territoryCode))
      .map((row) => ({
        row: row.row,
        registrationCode: row.details.registrationCode,
        problems: [
          {
            field: 'territoryCode',
            reason: text(
              `Địa bàn ${row.details.territoryCode} không thuộc phạm vi được phân công cho bạn.`,
              `Territory ${row.details.territoryCode} is outside the territories assigned to you.`,
            ),
          },
        ],
      }));
  }
}

function rowsRejected(rejected: readonly ImportRowError[], good: number): ApiError {
  return new ApiError(
    400,
    'IMPORT_ROWS_INVALID',
    text(
      `${rejected.length} dòng không hợp lệ; không có gì được nhập (${good} dòng hợp lệ).`,
      `${rejected.length} rows are invalid; nothing was imported (${good} rows are valid).`,
    ),
    rejected.flatMap((error) =>
      error.problems.map((problem) => ({ ...problem, field: `rows[${error.row}].${problem.field}` })),
    ),
    text(
      'Sửa các dòng được nêu rồi gửi lại tệp, hoặc gửi importGoodRows=true để chỉ nhập các dòng hợp lệ.',
      'Correct the rows listed and send the file again, or send importGoodRows=true to import only the valid rows.',
    ),
  );
}

function importNotFound(id: string): ApiError {
  return new ApiError(
    404,
    'IMPORT_NOT_FOUND',
    text(`Không tìm thấy lần nhập ${id}.`, `Import ${id} was not found.`),
    [],
    text('Dùng mã trả về khi tải tệp lên.', 'Use the id returned when the file was uploaded.'),
  );
}
