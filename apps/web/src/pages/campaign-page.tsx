import { useEffect, useState } from 'react';
import { api, callAs, download } from '../api/client';
import type { Campaign, EnrolmentPage, ProgressBucket } from '../api/shapes';
import { BarChart, type Bar } from '../components/bar-chart';
import { formatNumber } from '../format';
import { useI18n } from '../i18n';
import { Link } from '../router';
import { useTerritories } from '../territories';
import { DateText, ErrorNotice, LegalBasisText, Loading, PageTitle, StatusBadge, useLoad } from '../ui';

const PAGE = 50;

const BUCKET_TONES: Record<ProgressBucket, Bar['tone']> = {
  'not-started': 'warn',
  'in-progress': undefined,
  conformed: 'good',
  overdue: 'bad',
  dissolved: undefined,
  'converted-out': undefined,
  ended: undefined,
};

/** The cooperatives behind one count, a keyset page at a time (a district's cohort runs to hundreds). */
function Enrolments({ campaignId, bucket }: { campaignId: string; bucket: ProgressBucket | null }) {
  const { t, tx } = useI18n();
  const territories = useTerritories();
  /** The cursors of the pages before this one: the last is where this page starts. */
  const [cursors, setCursors] = useState<string[]>([]);
  const after = cursors[cursors.length - 1];
  const page = useLoad(
    () =>
      callAs<EnrolmentPage>(
        api.GET('/conversion-campaigns/{id}/enrolments', {
          params: { path: { id: campaignId }, query: { limit: PAGE, ...(bucket ? { bucket } : {}), after } },
        }),
      ),
    [campaignId, bucket, after],
  );
  if (page.error) return <ErrorNotice error={page.error} />;
  if (!page.data) return <Loading />;
  const { items, nextCursor } = page.data;
  return (
    <>
      <div className="table-wrap">
        <table aria-label={t('Danh sách hợp tác xã trong đợt', 'The cooperatives of the campaign')}>
          <thead>
            <tr>
              <th scope="col">{t('Mã số', 'Code')}</th>
              <th scope="col">{t('Hợp tác xã', 'Cooperative')}</th>
              <th scope="col">{t('Địa bàn', 'Territory')}</th>
              <th scope="col">{t('Tình hình', 'Progress')}</th>
              <th scope="col">{t('Điểm chưa phù hợp', 'Open points')}</th>
              <th scope="col">{t('Điều lệ sửa đổi', 'Amended charter')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((enrolment) => (
              <tr key={enrolment.enrolmentId}>
                <td>{enrolment.registrationCode}</td>
                <td>
                  <Link to={`/campaigns/${campaignId}/enrolments/${enrolment.enrolmentId}`}>{enrolment.name}</Link>
                </td>
                <td>{territories.name(enrolment.territoryCode)}</td>
                <td>
                  <StatusBadge status={enrolment.bucket} label={enrolment.stageLabel} />
                  {enrolment.endLabel && <> {tx(enrolment.endLabel)}</>}
                </td>
                <td>{enrolment.checklist.filter((item) => item.status !== 'conforms').length}</td>
                <td>
                  {enrolment.evidence ? (
                    <>
                      {enrolment.evidence.reference} (<DateText value={enrolment.evidence.filedOn} />)
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {items.length === 0 && <p className="empty">{t('Không có hợp tác xã nào.', 'No cooperative.')}</p>}
      </div>
      <div className="form-actions">
        <button type="button" disabled={cursors.length === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
          {t('Trang trước', 'Previous page')}
        </button>
        <button type="button" disabled={!nextCursor} onClick={() => nextCursor && setCursors([...cursors, nextCursor])}>
          {t('Trang sau', 'Next page')}
        </button>
      </div>
    </>
  );
}

/** One campaign: its terms against the law, the cohort's progress as a chart and counts, and the list behind each. */
export function CampaignPage({ id }: { id: string }) {
  const { t, tx, lang } = useI18n();
  const territories = useTerritories();
  const [bucket, setBucket] = useState<ProgressBucket | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const loaded = useLoad(
    () => callAs<Campaign>(api.GET('/conversion-campaigns/{id}', { params: { path: { id } } })),
    [id],
  );
  const enrolling = loaded.data?.enrolling === true;
  const { reload } = loaded;
  useEffect(() => {
    if (!enrolling) return;
    const timer = setTimeout(reload, 2_000);
    return () => clearTimeout(timer);
  }, [enrolling, loaded.data, reload]);

  if (loaded.error) {
    return (
      <section>
        <PageTitle>{t('Không mở được đợt chuyển đổi', 'The campaign could not be opened')}</PageTitle>
        <ErrorNotice error={loaded.error} />
      </section>
    );
  }
  if (!loaded.data) return <Loading />;
  const campaign = loaded.data;
  const count = (value: number) => formatNumber(value, lang);
  const days = (value: number) =>
    value >= 0 ? t(`còn ${value} ngày`, `${value} days left`) : t(`đã qua ${-value} ngày`, `${-value} days ago`);
  const exportCsv = () => {
    setDownloadError(null);
    download(campaign.links.csv, `chuyen-doi-${campaign.campaignId}.csv`).catch(setDownloadError);
  };

  return (
    <section>
      <PageTitle
        actions={
          <button type="button" onClick={exportCsv}>
            {t('Xuất danh sách (CSV)', 'Export the list (CSV)')}
          </button>
        }
      >
        {campaign.name}
      </PageTitle>
      <ErrorNotice error={downloadError} />
      <div className="columns">
        <section className="panel" aria-labelledby="terms-title">
          <h2 id="terms-title">{t('Phạm vi và thời hạn', 'Scope and deadlines')}</h2>
          <dl className="facts">
            <dt>{t('Địa bàn', 'Territory')}</dt>
            <dd>{territories.name(campaign.territoryCode)}</dd>
            <dt>{t('Chuyển sang', 'Bring under')}</dt>
            <dd>{tx(campaign.targetLabel)}</dd>
            <dt>{t('Hạn theo luật', 'Legal deadline')}</dt>
            <dd>
              <DateText value={campaign.legalDeadline} /> ({days(campaign.daysToLegalDeadline)}) —{' '}
              <LegalBasisText basis={campaign.legalBasis} />
            </dd>
            <dt>{t('Theo dõi đến', 'Follow up until')}</dt>
            <dd>
              <DateText value={campaign.followUpBy} /> ({days(campaign.daysToFollowUp)})
            </dd>
            <dt>{t('Mở ngày', 'Opened on')}</dt>
            <dd>
              <DateText value={campaign.openedOn} /> — {campaign.openedBy.displayName}
            </dd>
            <dt>{t('Số hợp tác xã ghi danh', 'Cooperatives enrolled')}</dt>
            <dd data-testid="enrolled">
              {campaign.enrolled === null ? t('đang ghi danh…', 'enrolling…') : count(campaign.enrolled)}
            </dd>
          </dl>
        </section>
        <BarChart
          title={t('Tiến độ của các hợp tác xã trong đợt', 'Progress of the cohort')}
          sorted={false}
          format={count}
          bars={campaign.progress.map((entry) => ({
            key: entry.bucket,
            label: tx(entry.label),
            value: entry.count,
            tone: BUCKET_TONES[entry.bucket],
          }))}
        />
      </div>
      <section className="panel" aria-labelledby="cohort-title">
        <h2 id="cohort-title">{t('Danh sách theo tình hình', 'The list behind each count')}</h2>
        <div className="toolbar" role="group" aria-label={t('Lọc theo tình hình', 'Filter by progress')}>
          <button type="button" aria-pressed={bucket === null} onClick={() => setBucket(null)}>
            {t('Tất cả', 'All')}: {campaign.enrolled === null ? '…' : count(campaign.enrolled)}
          </button>
          {campaign.progress.map((entry) => (
            <button
              key={entry.bucket}
              type="button"
              aria-pressed={bucket === entry.bucket}
              data-bucket={entry.bucket}
              onClick={() => setBucket(entry.bucket)}
            >
              {tx(entry.label)}: {count(entry.count)}
            </button>
          ))}
        </div>
        <Enrolments key={`${bucket}-${campaign.enrolled}`} campaignId={id} bucket={bucket} />
      </section>
    </section>
  );
}
