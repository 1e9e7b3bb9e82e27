import { useId, useState } from 'react';
import { api, call, callAs } from '../api/client';
import type { Cooperative, Sweep } from '../api/shapes';
import { BarChart, type Bar } from '../components/bar-chart';
import { formatDate, formatMoney, formatNumber, todayInVietnam } from '../format';
import { useI18n, type LocalizedText } from '../i18n';
import { DORMANCY_STAGE_LABELS, SUPPORT_KIND_LABELS, labelOf } from '../labels';
import { loadRegistry } from '../registry';
import { useTerritories } from '../territories';
import { ErrorNotice, Loading, PageTitle, useLoad } from '../ui';

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

/** What a steering committee looks at: the registry by status, sector and territory; dormancy; support. */
export function DashboardsPage() {
  const { t, tx, lang } = useI18n();
  const territories = useTerritories();
  const yearId = useId();
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const registry = useLoad(() => loadRegistry(), []);
  const sweeps = useLoad(() => callAs<{ items: Sweep[] }>(api.GET('/dormancy-sweeps')), []);
  const count = (value: number) => formatNumber(value, lang);
  const label = (text: LocalizedText) => tx(text);

  const cooperatives = registry.data ?? [];
  const flagged = cooperatives.filter((cooperative) => cooperative.dormancy);
  const lastSweep = sweeps.data?.items.find((sweep) => sweep.status === 'completed' && sweep.counts);

  return (
    <section>
      <PageTitle>{t('Bảng số liệu', 'Dashboards')}</PageTitle>
      <ErrorNotice error={registry.error ?? sweeps.error} />
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
          </div>
        </>
      )}
      <h2>{t('Hỗ trợ thành lập hợp tác xã mới', 'Support to new cooperatives')}</h2>
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
      <div className="chart-grid">
        <SupportCharts year={year} />
      </div>
    </section>
  );
}
