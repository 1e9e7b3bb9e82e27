import { useEffect, useId, useState, type FormEvent } from 'react';
import { ApiFailure, api, callAs, send } from '../api/client';
import type { RegistryImport } from '../api/shapes';
import { formatDateTime } from '../format';
import { useI18n } from '../i18n';
import { ErrorNotice, PageTitle, useAction } from '../ui';

const LAST_IMPORT = 'htx.lastImport';

/** "rows[12].registeredOn" → row 12, field registeredOn: how the api names a bad cell. */
const cellOf = (field: string) => /^rows\[(\d+)\]\.(.+)$/.exec(field);

function RowErrors({ failure }: { failure: ApiFailure }) {
  const { t, tx } = useI18n();
  const cells = failure.body.fields.map((problem) => ({ problem, cell: cellOf(problem.field) }));
  if (!cells.some(({ cell }) => cell)) return <ErrorNotice error={failure} />;
  return (
    <div role="alert" className="notice notice-error" data-error-code={failure.body.code}>
      <p className="notice-title">{tx(failure.body.message)}</p>
      {failure.body.fix && <p className="fix">{tx(failure.body.fix)}</p>}
      <div className="table-wrap">
        <table>
          <caption>{t('Các dòng không hợp lệ', 'Rows refused')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('Dòng', 'Row')}</th>
              <th scope="col">{t('Cột', 'Column')}</th>
              <th scope="col">{t('Lỗi', 'Problem')}</th>
              <th scope="col">{t('Cách sửa', 'Fix')}</th>
            </tr>
          </thead>
          <tbody>
            {cells.map(({ problem, cell }, index) => (
              <tr key={`${problem.field}-${index}`}>
                <td>{cell ? cell[1] : '—'}</td>
                <td>
                  <code>{cell ? cell[2] : problem.field}</code>
                </td>
                <td>{tx(problem.reason)}</td>
                <td>{problem.fix ? tx(problem.fix) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function Progress({ entry }: { entry: RegistryImport }) {
  const { t, tx } = useI18n();
  const done = entry.totalRows === 0 ? 1 : entry.processed / entry.totalRows;
  return (
    <section className="panel" aria-labelledby="progress-title" data-testid="import-progress">
      <h2 id="progress-title">
        {entry.fileName} — {entry.status === 'completed' ? t('đã xong', 'completed') : t('đang nhập…', 'importing…')}
      </h2>
      <label htmlFor="import-bar">
        {t(
          `Đã xử lý ${entry.processed}/${entry.totalRows} dòng`,
          `${entry.processed} of ${entry.totalRows} rows processed`,
        )}
      </label>
      <progress id="import-bar" max={1} value={done} />
      <p>
        {t(
          `Mới vào sổ: ${entry.created}; đã có sẵn: ${entry.unchanged}; lỗi: ${entry.failures.length}; dòng bị loại: ${entry.rejectedRows.length}.`,
          `New: ${entry.created}; already there: ${entry.unchanged}; failed: ${entry.failures.length}; rows left out: ${entry.rejectedRows.length}.`,
        )}{' '}
        {entry.withoutReports > 0 &&
          t(
            `${entry.withoutReports} dòng không có năm báo cáo gần nhất: các báo cáo đến hạn trước ngày nhập được coi là chưa rõ, không đôn đốc.`,
            `${entry.withoutReports} rows have no last report year: the reports due before the import are taken as unknown and not chased.`,
          )}{' '}
        <span className="muted">
          {t('Bắt đầu', 'Started')} {formatDateTime(entry.startedAt)}
        </span>
      </p>
      {entry.failures.length > 0 && (
        <ul>
          {entry.failures.map((failure) => (
            <li key={failure.row}>
              {t('Dòng', 'Row')} {failure.row} ({failure.registrationCode}): {failure.reason}
            </li>
          ))}
        </ul>
      )}
      {entry.rejectedRows.length > 0 && (
        <ul>
          {entry.rejectedRows.map((row) => (
            <li key={row.row}>
              {t('Dòng', 'Row')} {row.row}:{' '}
              {row.problems.map((problem) => `${problem.field} — ${tx(problem.reason)}`).join('; ')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Imports an existing register (CSV or XLSX): every row checked first, then progress as it goes. */
export function ImportPage() {
  const { t } = useI18n();
  const ids = { file: useId(), good: useId() };
  const [file, setFile] = useState<File | null>(null);
  const [importGoodRows, setImportGoodRows] = useState(false);
  const { busy, error, setError, run } = useAction();
  const [entry, setEntry] = useState<RegistryImport | null>(null);
  const [importId, setImportId] = useState<string | null>(() => sessionStorage.getItem(LAST_IMPORT));

  useEffect(() => {
    if (!importId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const current = await callAs<RegistryImport>(
          api.GET('/cooperatives/import/{importId}', { params: { path: { importId } } }),
        );
        if (stopped) return;
        setEntry(current);
        if (current.status === 'running') timer = setTimeout(() => void poll(), 1_000);
      } catch (failure) {
        if (!stopped) setError(failure);
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [importId, setError]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    await run(async () => {
      const form = new FormData();
      form.append('importGoodRows', String(importGoodRows));
      form.append('file', file, file.name);
      const started = (await (
        await send('/cooperatives/import', { method: 'POST', body: form })
      ).json()) as RegistryImport;
      sessionStorage.setItem(LAST_IMPORT, started.id);
      setEntry(started);
      setImportId(started.id);
    });
  };

  return (
    <section>
      <PageTitle>{t('Nhập sổ đăng ký hiện có', 'Import an existing registry')}</PageTitle>
      <p className="muted">
        {t(
          'Tệp CSV hoặc XLSX, tiêu đề tiếng Việt hoặc tiếng Anh (Mã số HTX, Tên, Loại hình, Ngành, Địa bàn, Chế độ, Ngày đăng ký, Số thành viên…), ngày dạng dd/mm/yyyy hoặc YYYY-MM-DD. Mọi dòng được kiểm tra trước; nhập lại cùng tệp không thêm gì.',
          'A CSV or XLSX file with Vietnamese or English headers (registrationCode, name, kind, sector, territoryCode, regime, registeredOn, memberCount…), dates as dd/mm/yyyy or YYYY-MM-DD. Every row is checked first; the same file again adds nothing.',
        )}
      </p>
      <form className="panel" onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor={ids.file}>{t('Tệp sổ đăng ký', 'Registry file')}</label>
          <input
            id={ids.file}
            type="file"
            required
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <div className="checkbox-field">
          <input
            id={ids.good}
            type="checkbox"
            checked={importGoodRows}
            onChange={(event) => setImportGoodRows(event.target.checked)}
          />
          <label htmlFor={ids.good}>
            {t('Chỉ nhập các dòng hợp lệ, bỏ qua dòng lỗi', 'Import the valid rows only, leaving out the bad ones')}
          </label>
        </div>
        <button type="submit" className="primary" disabled={busy || !file}>
          {busy ? t('Đang tải lên…', 'Uploading…') : t('Tải lên và nhập', 'Upload and import')}
        </button>
      </form>
      {error instanceof ApiFailure ? <RowErrors failure={error} /> : <ErrorNotice error={error} />}
      {entry && <Progress entry={entry} />}
    </section>
  );
}
