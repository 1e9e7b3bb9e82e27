import type { OverdueReport } from '../api/shapes';
import { formatNumber } from '../format';
import { useI18n } from '../i18n';
import { useTerritories } from '../territories';
import { BarChart, type Bar } from './bar-chart';

/** How long reports have been overdue, in the bands an officer acts on (a reminder, a warning, a dormancy ground). */
const BANDS = [
  { key: 'up-to-30', upTo: 30, vi: 'Đến 30 ngày', en: 'Up to 30 days', tone: 'warn' },
  { key: 'up-to-90', upTo: 90, vi: '31–90 ngày', en: '31–90 days', tone: 'warn' },
  { key: 'up-to-180', upTo: 180, vi: '91–180 ngày', en: '91–180 days', tone: 'bad' },
  { key: 'over-180', upTo: Infinity, vi: 'Trên 180 ngày', en: 'Over 180 days', tone: 'bad' },
] as const;

/** Overdue annual reports by territory and by how late they are (GET /reports/overdue). */
export function OverdueCharts({ items }: { items: readonly Pick<OverdueReport, 'territoryCode' | 'daysOverdue'>[] }) {
  const { t, lang } = useI18n();
  const territories = useTerritories();
  const count = (value: number) => formatNumber(value, lang);
  const byTerritory = new Map<string, number>();
  for (const item of items) byTerritory.set(item.territoryCode, (byTerritory.get(item.territoryCode) ?? 0) + 1);
  const bands: Bar[] = BANDS.map((band, index) => ({
    key: band.key,
    label: t(band.vi, band.en),
    tone: band.tone,
    value: items.filter(
      (item) => item.daysOverdue <= band.upTo && (index === 0 || item.daysOverdue > BANDS[index - 1].upTo),
    ).length,
  }));
  return (
    <>
      <BarChart
        title={t('Báo cáo năm quá hạn theo địa bàn', 'Overdue annual reports by territory')}
        format={count}
        bars={[...byTerritory].map(([code, value]) => ({
          key: code,
          label: territories.name(code),
          value,
          tone: 'bad',
        }))}
      />
      <BarChart
        title={t('Báo cáo năm quá hạn theo số ngày quá hạn', 'Overdue annual reports by days late')}
        sorted={false}
        format={count}
        bars={bands}
      />
    </>
  );
}
