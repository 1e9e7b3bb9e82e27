import { useId, useState, type FormEvent } from 'react';
import { api, call, callAs } from '../api/client';
import type { Campaign, Cooperative, OverdueReport, StatsRow, Sweep } from '../api/shapes';
import { BarChart, type Bar } from '../components/bar-chart';
import { OverdueCharts } from '../components/overdue-charts';
import { StackedBarChart } from '../components/stacked-bar-chart';
import { formatDate, formatMoney, formatNumber, todayInVietnam } from '../format';
import { useI18n, type LocalizedText } from '../i18n';
import { DORMANCY_STAGE_LABELS, SUPPORT_KIND_LABELS, labelOf } from '../labels';
import { can } from '../permissions';
import { loadRegistry } from '../registry';
import { useUser } from '../session';
import { useTerritories } from '../territories';
import { ErrorNotice, Field, Loading, PageTitle, useAction, useLoad } from '../ui';

const TONES: Record<string, Bar['tone']> = {
  active: 'good',
  suspended: 'warn',
  dissolving: 'bad',
  dissolved: 'bad',
  revoked: 'bad',
};

/** Counts cooperatives by a key, labelled in the current language. */
function countBy(
  cooperatives: readonly Cooperative[],
  key: (cooperative: Cooperative) => string,
  label: (cooperative: Cooperative) => string,
  tone?: (key: string) => Bar['tone'],
): Bar[] {
  const counts = new Map<string, Bar>();
  for (const cooperative of cooperatives) {
    const k = key(cooperative);
    const previous = counts.get(k);
    counts.set(k, { key: k, label: label(cooperative), value: (previous?.value ?? 0) + 1, tone: tone?.(k) });
  }
  return [...counts.values()];
}

function SupportCharts({ year }: { year: number }) {
  const { t, tx, lang } = useI18n();
  const summary = useLoad(
    () => call(api.GET('/establishment-support/summary', { params: { query: { year } } })),
    [year],
  );
  if (summary.error) return <ErrorNotice error={summary.error} />;
  if (!summary.data) return <Loading />;
  const { rows, total } = summary.data;
  const byKind = new Map<string, number>();
  for (const row of rows) byKind.set(row.kind, (byKind.get(row.kind) ?? 0) + row.requests);
  const money = (value: number) => formatMoney(value, lang);
  return (
    <>
      <BarChart
        title={t(`Hỗ trợ thành lập năm ${year}: kinh phí`, `Establishment support ${year}: amounts`)}
        sorted={false}
        format={money}
        bars={[
          { key: 'requested', label: t('Đề nghị', 'Requested'), value: total.requestedAmount },
          { key: 'approved', label: t('Được duyệt', 'Approved'), value: total.approvedAmount, tone: 'good' },
          { key: 'disbursed', label: t('Đã giải ngân', 'Disbursed'), value: total.disbursedAmount, tone: 'good' },
        ]}
      />
      <BarChart
        title={t(
          `Hỗ trợ thành lập năm ${year}: số đề nghị theo loại`,
          `Establishment support ${year}: requests by kind`,
        )}
        format={(value) => formatNumber(value, lang)}
        bars={[...byKind].map(([kind, requests]) => ({
          key: kind,
          label: tx(labelOf(SUPPORT_KIND_LABELS, kind)),
          value: requests,
        }))}
      />
    </>
  );
}

/** The targets of one territory and year, as the head of the authority or an administrator sets them. */
function TargetsForm({ rows, year, onSaved }: { rows: StatsRow[]; year: number; onSaved: () => void }) {
  const { t, tx } = useI18n();
  const territories = useTerritories();
  const territoryCode = rows[0].territoryCode;
  const [draft, setDraft] = useState(() =>
    rows.map((row) => ({
      indicator: row.indicator,
      target: row.target === null ? '' : String(row.target),
      source: row.source ?? '',
    })),
  );
  const { busy, error, run } = useAction();
  const filled = draft.filter((row) => row.target.trim() !== '' || row.source.trim() !== '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await call(
        api.PUT('/stats/targets', {
          body: {
            territoryCode,
            year,
            targets: filled.map((row) => ({
              indicator: row.indicator,
              target: Number(row.target),
              source: row.source,
            })),
          },
        }),
      );
      onSaved();
    });
  };
  return (
    <form
      className="panel"
      onSubmit={submit}
      aria-label={t(
        `Đặt chỉ tiêu ${territories.name(territoryCode)}`,
        `Set the targets of ${territories.name(territoryCode)}`,
      )}
      noValidate
    >
      <h3>
        {t('Đặt chỉ tiêu', 'Set the targets')}: {territories.name(territoryCode)}, {year}
      </h3>
      <ErrorNotice error={error} />
      {rows.map((row, index) => (
        <div className="row-fields" key={row.indicator}>
          <Field
            label={`${tx(row.label)}: ${t('chỉ tiêu', 'target')}`}
            field={`targets[${filled.indexOf(draft[index])}].target`}
            error={error}
          >
            {(control) => (
              <input
                {...control}
                inputMode="numeric"
                size={8}
                value={draft[index].target}
                onChange={(event) =>
                  setDraft(
                    draft.map((current, at) => (at === index ? { ...current, target: event.target.value } : current)),
                  )
                }
              />
            )}
          </Field>
          <Field
            label={t('Nguồn chỉ tiêu', 'Source')}
            field={`targets[${filled.indexOf(draft[index])}].source`}
            error={error}
          >
            {(control) => (
              <input
                {...control}
                size={40}
                aria-label={`${t('Nguồn chỉ tiêu', 'Source')}: ${tx(row.label)}`}
                value={draft[index].source}
                onChange={(event) =>
                  setDraft(
                    draft.map((current, at) => (at === index ? { ...current, source: event.target.value } : current)),
                  )
                }
              />
            )}
          </Field>
        </div>
      ))}
      <button type="submit" className="primary" disabled={busy || filled.length === 0}>
        {t('Lưu chỉ tiêu', 'Save the targets')}
      </button>
    </form>
  );
}

/** Targets against actuals (GET /stats): the share achieved as a chart, every figure in the table under it. */
function TargetsAndActuals({ year }: { year: number }) {
  const { t, tx, lang } = useI18n();
  const user = useUser();
  const stats = useLoad(() => callAs<{ rows: StatsRow[] }>(api.GET('/stats', { params: { query: { year } } })), [year]);
  if (stats.error) return <ErrorNotice error={stats.error} />;
  if (!stats.data) return <Loading />;
  const { rows } = stats.data;
  const count = (value: number) => formatNumber(value, lang);
  const territories = [...new Set(rows.map((row) => row.territoryCode))];
  return (
    <>
      <div className="chart-grid">
        <BarChart
          title={t(`Mức đạt chỉ tiêu năm ${year}`, `Targets achieved in ${year}`)}
          sorted={false}
          format={(value) => `${formatNumber(value, lang)}%`}
          bars={rows
            .filter((row) => row.achieved !== null)
            .map((row) => ({
              key: `${row.territoryCode}-${row.indicator}`,
              label: `${tx(row.label)} (${row.territoryName})`,
              value: Math.round(row.achieved! * 100),
              tone: row.achieved! >= 1 ? 'good' : 'warn',
            }))}
        />
      </div>
      <div className="table-wrap">
        <table>
          <caption>{t(`Chỉ tiêu và kết quả năm ${year}`, `Targets and actuals, ${year}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('Địa bàn', 'Territory')}</th>
              <th scope="col">{t('Chỉ tiêu', 'Indicator')}</th>
              <th scope="col">{t('Kế hoạch', 'Target')}</th>
              <th scope="col">{t('Thực hiện', 'Actual')}</th>
              <th scope="col">{t('Nguồn', 'Source')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.territoryCode}-${row.indicator}`}>
                <td>{row.territoryName}</td>
                <td>{tx(row.label)}</td>
                <td>{row.target === null ? t('chưa đặt', 'not set') : count(row.target)}</td>
                <td>{count(row.actual)}</td>
                <td>{row.source ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {can.setTargets(user) &&
        territories.map((code) => (
          <TargetsForm
            key={`${code}-${year}-${JSON.stringify(rows)}`}
            rows={rows.filter((row) => row.territoryCode === code)}
            year={year}
            onSaved={stats.reload}
          />
        ))}
    </>
  );
}

/** Annual reports over the last five years (GET /reports/overdue/history): on time, late, not filed, not due yet. */
function ReportingHistoryChart() {
  const { t, lang } = useI18n();
  const history = useLoad(() => call(api.GET('/reports/overdue/history', { params: { query: { years: 5 } } })), []);
  if (history.error) return <ErrorNotice error={history.error} />;
  if (!history.data) return <Loading />;
  return (
    <StackedBarChart
      title={t(
        'Báo cáo năm qua các năm: đúng hạn, trễ hạn, chưa nộp',
        'Annual reports by year: on time, late, not filed',
      )}
      rowHeader={t('Năm báo cáo', 'Reporting year')}
      note={t(
        'Các năm hệ thống đã theo dõi, theo hạn nộp của từng năm; báo cáo nộp trước khi đưa vào theo dõi không được tính.',
        'The years the registry tracked, against each year’s due date; reports filed before tracking began are not counted.',
      )}
      format={(value) => formatNumber(value, lang)}
      series={[
        { key: 'onTime', label: t('Nộp đúng hạn', 'Filed on time'), tone: 'good' },
        { key: 'late', label: t('Nộp trễ hạn', 'Filed late'), tone: 'warn' },
        { key: 'notFiled', label: t('Quá hạn chưa nộp', 'Not filed, overdue'), tone: 'bad' },
        { key: 'notYetDue', label: t('Chưa đến hạn', 'Not due yet') },
      ]}
      rows={history.data.years.map((year) => ({ key: String(year.year), label: String(year.year), values: year }))}
    />
  );
}

/** How far each conversion campaign got: the share of its cohort that conforms to the new law. */
function CampaignProgress() {
  const { t, lang } = useI18n();
  const campaigns = useLoad(() => callAs<{ items: Campaign[] }>(api.GET('/conversion-campaigns')), []);
  if (campaigns.error) return <ErrorNotice error={campaigns.error} />;
  if (!campaigns.data) return <Loading />;
  const share = (campaign: Campaign) => {
    const conformed = campaign.progress.find((entry) => entry.bucket === 'conformed')?.count ?? 0;
    return campaign.enrolled ? Math.round((conformed * 100) / campaign.enrolled) : 0;
  };
  return (
    <BarChart
      title={t('Chuyển đổi: tỷ lệ hợp tác xã đã phù hợp, theo đợt', 'Conversion: share of each cohort that conforms')}
      format={(value) => `${formatNumber(value, lang)}%`}
      bars={campaigns.data.items.map((campaign) => ({
        key: campaign.campaignId,
        label: campaign.name,
        value: share(campaign),
        tone: 'good',
      }))}
    />
  );
}

/**
 * What a steering committee looks at: the registry by status, sector and territory; dormancy; overdue reports;
 * conversion campaigns; targets against actuals for a year, and support to new cooperatives that year.
 */
export function DashboardsPage() {
  const { t, tx, lang } = useI18n();
  const territories = useTerritories();
  const yearId = useId();
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const registry = useLoad(() => loadRegistry(), []);
  const sweeps = useLoad(() => callAs<{ items: Sweep[] }>(api.GET('/dormancy-sweeps')), []);
  const overdue = useLoad(() => callAs<{ items: OverdueReport[] }>(api.GET('/reports/overdue')), []);
  const count = (value: number) => formatNumber(value, lang);
  const label = (text: LocalizedText) => tx(text);

  const cooperatives = registry.data ?? [];
  const flagged = cooperatives.filter((cooperative) => cooperative.dormancy);
  const lastSweep = sweeps.data?.items.find((sweep) => sweep.status === 'completed' && sweep.counts);

  return (
    <section>
      <PageTitle>{t('Bảng số liệu', 'Dashboards')}</PageTitle>
      <ErrorNotice error={registry.error ?? sweeps.error ?? overdue.error} />
      {registry.loading && !registry.data ? (
        <Loading />
      ) : (
        <>
          <p className="muted">
            {t(
              `${count(cooperatives.length)} hợp tác xã trong phạm vi của bạn.`,
              `${count(cooperatives.length)} cooperatives within your reach.`,
            )}
          </p>
          <div className="chart-grid">
            <BarChart
              title={t('Hợp tác xã theo tình trạng', 'Cooperatives by status')}
              format={count}
              bars={countBy(
                cooperatives,
                (c) => c.status,
                (c) => label(c.statusLabel),
                (status) => TONES[status],
              )}
            />
            <BarChart
              title={t('Hợp tác xã theo ngành', 'Cooperatives by sector')}
              format={count}
              bars={countBy(
                cooperatives,
                (c) => c.sector,
                (c) => label(c.sectorLabel),
              )}
            />
            <BarChart
              title={t('Hợp tác xã theo địa bàn', 'Cooperatives by territory')}
              format={count}
              bars={countBy(
                cooperatives,
                (c) => c.territoryCode,
                (c) => territories.name(c.territoryCode),
              )}
            />
            <BarChart
              title={t('Dấu hiệu ngừng hoạt động đang mở, theo bước', 'Open dormancy cases by stage')}
              format={count}
              bars={countBy(
                flagged,
                (c) => c.dormancy!.stage,
                (c) => tx(labelOf(DORMANCY_STAGE_LABELS, c.dormancy!.stage)),
                () => 'warn',
              )}
            />
            {lastSweep?.counts && (
              <BarChart
                title={`${t('Đợt rà soát gần nhất', 'Latest sweep')} (${formatDate(lastSweep.asOf)}, ${territories.name(lastSweep.territoryCode)})`}
                sorted={false}
                format={count}
                bars={[
                  { key: 'assessed', label: t('Đã đánh giá', 'Assessed'), value: lastSweep.counts.assessed },
                  { key: 'flagged', label: t('Có dấu hiệu', 'Flagged'), value: lastSweep.counts.flagged, tone: 'warn' },
                ]}
              />
            )}
            <OverdueCharts items={overdue.data?.items ?? []} />
            <ReportingHistoryChart />
            <CampaignProgress />
          </div>
        </>
      )}
      <h2>{t('Chỉ tiêu và kết quả', 'Targets and actuals')}</h2>
      <div className="inline-form">
        <label htmlFor={yearId}>{t('Năm', 'Year')}</label>
        <select id={yearId} value={year} onChange={(event) => setYear(Number(event.target.value))}>
          {[thisYear, thisYear - 1, thisYear - 2].map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
      <TargetsAndActuals year={year} />
      <h2>{t('Hỗ trợ thành lập hợp tác xã mới', 'Support to new cooperatives')}</h2>
      <div className="chart-grid">
        <SupportCharts year={year} />
      </div>
    </section>
  );
}
