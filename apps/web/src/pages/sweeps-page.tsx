import { useId, useState, type FormEvent } from 'react';
import { api, callAs, idempotencyKey } from '../api/client';
import type { Sweep } from '../api/shapes';
import { formatDateTime, todayInVietnam } from '../format';
import { useI18n } from '../i18n';
import { can } from '../permissions';
import { Link, navigate } from '../router';
import { useUser } from '../session';
import { TerritoryOptions, useTerritories } from '../territories';
import { Badge, DateText, ErrorNotice, Loading, PageTitle, useAction, useLoad } from '../ui';
import { DateInput } from '../components/date-input';

function RequestSweepForm() {
  const { t } = useI18n();
  const user = useUser();
  const ids = { asOf: useId(), territory: useId() };
  const [asOf, setAsOf] = useState(todayInVietnam());
  const [territoryCode, setTerritoryCode] = useState(user.territoryCodes[0] ?? '');
  const { busy, error, run } = useAction('leaves');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      const sweep = await callAs<Sweep>(
        api.POST('/dormancy-sweeps', {
          params: { header: { 'idempotency-key': idempotencyKey() } },
          body: { asOf, ...(territoryCode ? { territoryCode } : {}) },
        }),
      );
      navigate(`/sweeps/${sweep.sweepId}`);
    });
  };
  return (
    <form
      className="panel inline-form"
      onSubmit={(event) => void submit(event)}
      aria-label={t('Rà soát mới', 'New sweep')}
    >
      <div className="field">
        <label htmlFor={ids.territory}>{t('Địa bàn rà soát', 'Territory to sweep')}</label>
        <select id={ids.territory} value={territoryCode} onChange={(event) => setTerritoryCode(event.target.value)}>
          <TerritoryOptions codes={user.territoryCodes} />
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.asOf}>{t('Tình trạng tại cuối ngày', 'As the registry stood at the end of')}</label>
        <DateInput id={ids.asOf} required max={todayInVietnam()} value={asOf} onChange={setAsOf} />
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {t('Rà soát', 'Sweep')}
      </button>
      <ErrorNotice error={error} />
    </form>
  );
}

/** Dormancy sweeps: the daily and requested ones, each a batch to review. */
export function SweepsPage() {
  const { t } = useI18n();
  const user = useUser();
  const territories = useTerritories();
  const sweeps = useLoad(() => callAs<{ items: Sweep[] }>(api.GET('/dormancy-sweeps')), []);
  return (
    <section>
      <PageTitle>{t('Rà soát hợp tác xã ngừng hoạt động', 'Dormancy sweeps')}</PageTitle>
      <p className="muted">
        {t(
          'Mỗi đợt rà soát đánh giá từng hợp tác xã theo ba căn cứ (không hoạt động 12 tháng, thiếu thành viên 12 tháng, không đại hội 18 tháng) và giải thích vì sao.',
          'Each sweep assesses every cooperative against the three grounds (not operating 12 months, too few members 12 months, no general meeting 18 months) and says why.',
        )}
      </p>
      {can.runSweeps(user) && <RequestSweepForm />}
      <ErrorNotice error={sweeps.error} />
      {sweeps.loading && !sweeps.data ? (
        <Loading />
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('Tại ngày', 'As of')}</th>
                <th scope="col">{t('Địa bàn', 'Territory')}</th>
                <th scope="col">{t('Người yêu cầu', 'Requested by')}</th>
                <th scope="col">{t('Bắt đầu', 'Started')}</th>
                <th scope="col">{t('Tình trạng', 'Status')}</th>
                <th scope="col">{t('Đánh giá / có dấu hiệu', 'Assessed / flagged')}</th>
              </tr>
            </thead>
            <tbody>
              {(sweeps.data?.items ?? []).map((sweep) => (
                <tr key={sweep.sweepId}>
                  <td>
                    <Link to={`/sweeps/${sweep.sweepId}`}>
                      <DateText value={sweep.asOf} />
                    </Link>
                  </td>
                  <td>{territories.name(sweep.territoryCode)}</td>
                  <td>{sweep.requestedBy.displayName}</td>
                  <td>{formatDateTime(sweep.startedAt)}</td>
                  <td>
                    {sweep.status === 'completed' ? (
                      <Badge tone="good">{t('Xong', 'Completed')}</Badge>
                    ) : (
                      <Badge tone="warn">{t('Đang chạy', 'Running')}</Badge>
                    )}
                  </td>
                  <td>{sweep.counts ? `${sweep.counts.assessed} / ${sweep.counts.flagged}` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {sweeps.data?.items.length === 0 && <p className="empty">{t('Chưa có đợt rà soát nào.', 'No sweep yet.')}</p>}
        </div>
      )}
    </section>
  );
}
