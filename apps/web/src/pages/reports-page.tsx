import { useState } from 'react';
import { api, callAs, download } from '../api/client';
import type { AnnualReport, OverdueReport } from '../api/shapes';
import { DateInput } from '../components/date-input';
import { OverdueCharts } from '../components/overdue-charts';
import { formatDateTime, formatMoney, formatNumber, todayInVietnam } from '../format';
import { useI18n } from '../i18n';
import { ladderStepText } from '../ladder-steps';
import { COOPERATIVE_KIND_LABELS, COOPERATIVE_STATUS_LABELS, SECTOR_LABELS, labelOf } from '../labels';
import { Link } from '../router';
import { useUser } from '../session';
import { TerritoryOptions, useTerritories } from '../territories';
import { DateText, ErrorNotice, Field, LegalBasisText, Loading, NoticeStatusBadge, PageTitle, useLoad } from '../ui';

/** Who is overdue with the annual report, by how long, and the proof of every notice sent for that year. */
function Overdue() {
  const { t, tx, lang } = useI18n();
  const user = useUser();
  const territories = useTerritories();
  const [territoryCode, setTerritoryCode] = useState('');
  const [asOf, setAsOf] = useState('');
  const overdue = useLoad(
    () =>
      callAs<{ asOf: string; items: OverdueReport[] }>(
        api.GET('/reports/overdue', {
          params: { query: { ...(territoryCode ? { territoryCode } : {}), ...(asOf ? { asOf } : {}) } },
        }),
      ),
    [territoryCode, asOf],
  );
  const items = overdue.data?.items ?? [];
  return (
    <section className="report" aria-labelledby="overdue-title">
      <h2 id="overdue-title">{t('Quá hạn báo cáo năm', 'Overdue annual reports')}</h2>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <Field label={t('Địa bàn', 'Territory')} field="territoryCode" error={overdue.error}>
          {(control) => (
            <select {...control} value={territoryCode} onChange={(event) => setTerritoryCode(event.target.value)}>
              <option value="">{t('Mọi địa bàn của bạn', 'All your territories')}</option>
              <TerritoryOptions codes={user.territoryCodes} />
            </select>
          )}
        </Field>
        <Field label={t('Tại ngày', 'As of')} field="asOf" error={overdue.error} hint="dd/mm/yyyy">
          {(control) => <DateInput {...control} max={todayInVietnam()} value={asOf} onChange={setAsOf} />}
        </Field>
      </form>
      <ErrorNotice error={overdue.error} />
      {overdue.loading && !overdue.data ? (
        <Loading />
      ) : (
        <>
          <p className="muted" data-testid="overdue-count">
            {t(
              `${formatNumber(items.length, lang)} báo cáo quá hạn tại ngày`,
              `${formatNumber(items.length, lang)} reports overdue on`,
            )}{' '}
            <DateText value={overdue.data?.asOf} />.
          </p>
          <div className="chart-grid">
            <OverdueCharts items={items} />
          </div>
          <div className="table-wrap">
            <table>
              <caption>{t('Danh sách quá hạn, lâu nhất trước', 'Overdue reports, longest first')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('Hợp tác xã', 'Cooperative')}</th>
                  <th scope="col">{t('Địa bàn', 'Territory')}</th>
                  <th scope="col">{t('Năm', 'Year')}</th>
                  <th scope="col">{t('Hạn nộp', 'Due')}</th>
                  <th scope="col">{t('Quá hạn', 'Late by')}</th>
                  <th scope="col">{t('Cảnh báo', 'Warned')}</th>
                  <th scope="col">{t('Thông báo đã gửi', 'Notices sent')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={`${item.cooperativeId}-${item.year}`}>
                    <td>
                      <Link to={`/cooperatives/${item.cooperativeId}`}>{item.name}</Link>
                      <div className="muted">{item.registrationCode}</div>
                    </td>
                    <td>{territories.name(item.territoryCode)}</td>
                    <td>{item.year}</td>
                    <td>
                      <DateText value={item.dueOn} />
                      <div className="muted">
                        <LegalBasisText basis={item.legalBasis} />
                      </div>
                    </td>
                    <td>{t(`${item.daysOverdue} ngày`, `${item.daysOverdue} days`)}</td>
                    <td>
                      <DateText value={item.warnedOn} />
                    </td>
                    <td>
                      {item.notices.length === 0 ? (
                        '—'
                      ) : (
                        <ul className="plain">
                          {item.notices.map((notice) => (
                            <li key={notice.noticeId}>
                              {tx(
                                ladderStepText(
                                  notice.step,
                                  item.notices.map((sent) => sent.step),
                                ),
                              )}{' '}
                              · {formatDateTime(notice.decidedAt)} · <NoticeStatusBadge status={notice.status} />{' '}
                              {notice.recipient ?? ''}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {items.length === 0 && <p className="empty">{t('Không có báo cáo quá hạn.', 'No report overdue.')}</p>}
          </div>
        </>
      )}
    </section>
  );
}

/** The year's aggregate sent up the ladder, read on screen or downloaded as CSV or XLSX. */
function Annual() {
  const { t, tx, lang } = useI18n();
  const user = useUser();
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const [territoryCode, setTerritoryCode] = useState(user.territoryCodes[0] ?? '');
  const [year, setYear] = useState(thisYear);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const report = useLoad(
    () => callAs<AnnualReport>(api.GET('/reports/annual', { params: { query: { territoryCode, year } } })),
    [territoryCode, year],
  );
  const count = (value: number) => formatNumber(value, lang);
  const save = (format: 'csv' | 'xlsx') => () => {
    setDownloadError(null);
    const query = new URLSearchParams({ territoryCode, year: String(year), format });
    download(`/reports/annual?${query}`, `bao-cao-htx-${territoryCode}-${year}.${format}`).catch(setDownloadError);
  };
  const aggregate = report.data?.aggregate;
  const breakdown = (counts: Record<string, number>, labels: Record<string, { vi: string; en: string }>) =>
    Object.entries(counts)
      .filter(([, value]) => value > 0)
      .map(([code, value]) => `${tx(labelOf(labels, code))}: ${count(value)}`)
      .join('; ') || '—';
  return (
    <section className="report" aria-labelledby="annual-title">
      <h2 id="annual-title">{t('Báo cáo tổng hợp năm', 'Yearly aggregate')}</h2>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <Field label={t('Địa bàn', 'Territory')} field="territoryCode" error={report.error}>
          {(control) => (
            <select {...control} value={territoryCode} onChange={(event) => setTerritoryCode(event.target.value)}>
              <TerritoryOptions codes={user.territoryCodes} />
            </select>
          )}
        </Field>
        <Field label={t('Năm', 'Year')} field="year" error={report.error}>
          {(control) => (
            <select {...control} value={year} onChange={(event) => setYear(Number(event.target.value))}>
              {[thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="button" onClick={save('csv')}>
          {t('Tải CSV', 'Download CSV')}
        </button>
        <button type="button" onClick={save('xlsx')}>
          {t('Tải XLSX', 'Download XLSX')}
        </button>
      </form>
      <ErrorNotice error={report.error ?? downloadError} />
      {report.loading && !report.data ? (
        <Loading />
      ) : (
        aggregate && (
          <div className="panel">
            <dl className="facts" data-testid="annual-aggregate">
              <dt>{t('Số hợp tác xã trong sổ', 'Cooperatives on the register')}</dt>
              <dd>{count(aggregate.cooperatives)}</dd>
              <dt>{t('Theo loại hình', 'By kind')}</dt>
              <dd>{breakdown(aggregate.byKind, COOPERATIVE_KIND_LABELS)}</dd>
              <dt>{t('Theo lĩnh vực', 'By sector')}</dt>
              <dd>{breakdown(aggregate.bySector, SECTOR_LABELS)}</dd>
              <dt>{t('Theo tình trạng', 'By status')}</dt>
              <dd>{breakdown(aggregate.byStatus, COOPERATIVE_STATUS_LABELS)}</dd>
              <dt>{t('Tổng số thành viên', 'Members')}</dt>
              <dd>{count(aggregate.members)}</dd>
              <dt>{t('Doanh thu theo báo cáo', 'Reported revenue')}</dt>
              <dd>
                {formatMoney(aggregate.reportedRevenue, lang)} ({count(aggregate.reportsWithRevenue)}{' '}
                {t('báo cáo', 'reports')})
              </dd>
              <dt>{t('Thành lập mới / giải thể / chuyển loại hình', 'Registered / dissolved / converted out')}</dt>
              <dd>
                {count(aggregate.registeredInYear)} / {count(aggregate.dissolvedInYear)} /{' '}
                {count(aggregate.convertedOut)}
              </dd>
              <dt>{t('Báo cáo năm đã nộp / quá hạn / chưa rõ', 'Annual reports filed / overdue / unknown')}</dt>
              <dd>
                {count(aggregate.reportsFiled)} / {count(aggregate.reportsOverdue)} / {count(aggregate.reportsUnknown)}{' '}
                ({t('hạn', 'due')} <DateText value={aggregate.reportDue.dueOn} />,{' '}
                <LegalBasisText basis={aggregate.reportDue.legalBasis} />)
              </dd>
              {aggregate.cascade.district && (
                <>
                  <dt>{t('Cấp huyện gửi tỉnh trước', 'District sends up by')}</dt>
                  <dd>
                    <DateText value={aggregate.cascade.district.dueOn} /> —{' '}
                    <LegalBasisText basis={aggregate.cascade.district.legalBasis} />
                  </dd>
                </>
              )}
              {aggregate.cascade.province && (
                <>
                  <dt>{t('Cấp tỉnh gửi trung ương trước', 'Province sends up by')}</dt>
                  <dd>
                    <DateText value={aggregate.cascade.province.dueOn} /> —{' '}
                    <LegalBasisText basis={aggregate.cascade.province.legalBasis} />
                  </dd>
                </>
              )}
            </dl>
          </div>
        )
      )}
    </section>
  );
}

/** Reports up the ladder: who is overdue with the annual report, and the yearly aggregate with its files. */
export function ReportsPage() {
  const { t } = useI18n();
  return (
    <section>
      <PageTitle>{t('Báo cáo', 'Reports')}</PageTitle>
      <Overdue />
      <Annual />
    </section>
  );
}
