import { useId, useState, type FormEvent } from 'react';
import { api, call, callAs } from '../api/client';
import type { ChainVerification, Cooperative, LifecycleEventResponse, RecordAsOf } from '../api/shapes';
import { formatDateTime, formatMoney, todayInVietnam } from '../format';
import { useI18n } from '../i18n';
import {
  COOPERATIVE_STATUS_LABELS,
  DORMANCY_STAGE_LABELS,
  EVENT_LABELS,
  GROUND_LABELS,
  ROLE_LABELS,
  SUPPORT_KIND_LABELS,
  labelOf,
} from '../labels';
import { useTerritories } from '../territories';
import { Badge, DateText, ErrorNotice, LegalBasisText, Loading, PageTitle, StatusBadge, useLoad } from '../ui';
import { DateInput } from '../components/date-input';
import { DissolutionCases } from '../components/dissolution-cases';

function Facts({ cooperative }: { cooperative: Cooperative }) {
  const { t, tx } = useI18n();
  const territories = useTerritories();
  const evidence = cooperative.evidence;
  return (
    <div className="columns">
      <section className="panel" aria-labelledby="facts-title">
        <h2 id="facts-title">{t('Thông tin đăng ký', 'Registration')}</h2>
        <dl className="facts">
          <dt>{t('Mã số', 'Registration code')}</dt>
          <dd>{cooperative.registrationCode}</dd>
          <dt>{t('Loại hình', 'Kind')}</dt>
          <dd>{tx(cooperative.kindLabel)}</dd>
          <dt>{t('Ngành nghề', 'Sector')}</dt>
          <dd>{tx(cooperative.sectorLabel)}</dd>
          <dt>{t('Chế độ pháp lý', 'Legal regime')}</dt>
          <dd>{tx(cooperative.regimeLabel)}</dd>
          <dt>{t('Địa bàn', 'Territory')}</dt>
          <dd>{territories.name(cooperative.territoryCode)}</dd>
          <dt>{t('Ngày đăng ký', 'Registered on')}</dt>
          <dd>
            <DateText value={cooperative.registeredOn} />
          </dd>
          <dt>{t('Số thành viên', 'Members')}</dt>
          <dd>{cooperative.memberCount}</dd>
        </dl>
      </section>
      <section className="panel" aria-labelledby="evidence-title">
        <h2 id="evidence-title">{t('Bằng chứng hoạt động', 'Evidence of operating')}</h2>
        <dl className="facts">
          <dt>{t('Hoạt động gần nhất', 'Last operating')}</dt>
          <dd>
            <DateText value={evidence.lastOperatingOn} /> — {tx(evidence.lastOperatingBy)}
          </dd>
          <dt>{t('Đại hội thành viên gần nhất', 'Last general meeting')}</dt>
          <dd>
            <DateText value={evidence.lastGeneralMeetingOn} />
          </dd>
          <dt>{t('Báo cáo năm gần nhất', 'Last annual report')}</dt>
          <dd>
            {evidence.lastReport ? (
              <>
                {evidence.lastReport.year} ({t('nộp ngày', 'filed on')} <DateText value={evidence.lastReport.filedOn} />
                )
              </>
            ) : (
              '—'
            )}
          </dd>
          {evidence.belowMinimumSince && (
            <>
              <dt>{t('Dưới số thành viên tối thiểu từ', 'Below the minimum since')}</dt>
              <dd>
                <DateText value={evidence.belowMinimumSince} />
              </dd>
            </>
          )}
          {evidence.clocksRestartedOn && (
            <>
              <dt>{t('Tính lại thời hạn từ', 'Clocks restarted on')}</dt>
              <dd>
                <DateText value={evidence.clocksRestartedOn} />
              </dd>
            </>
          )}
        </dl>
      </section>
    </div>
  );
}

function Cases({ cooperative }: { cooperative: Cooperative }) {
  const { t, tx } = useI18n();
  const { suspension, dormancy } = cooperative;
  if (!suspension && !dormancy) return null;
  return (
    <div className="columns">
      {suspension && (
        <section className="panel" aria-labelledby="suspension-title">
          <h2 id="suspension-title">{t('Tạm ngừng hoạt động', 'Suspension')}</h2>
          <p>
            {t('Từ', 'From')} <DateText value={suspension.from} /> {t('đến', 'to')}{' '}
            <DateText value={suspension.resumeOn ?? suspension.until} /> ({t('thông báo ngày', 'notified on')}{' '}
            <DateText value={suspension.noticeOn} />)
          </p>
        </section>
      )}
      {dormancy && (
        <section className="panel" aria-labelledby="dormancy-title">
          <h2 id="dormancy-title">
            {t('Dấu hiệu ngừng hoạt động', 'Dormancy case')}{' '}
            <Badge tone="warn">{tx(labelOf(DORMANCY_STAGE_LABELS, dormancy.stage))}</Badge>
          </h2>
          <p>
            {t('Mở ngày', 'Opened on')} <DateText value={dormancy.openedOn} />
            {dormancy.evidenceDueOn && (
              <>
                {' '}
                · {t('hạn nộp bằng chứng', 'evidence due')} <DateText value={dormancy.evidenceDueOn} />
              </>
            )}
          </p>
          <ul>
            {dormancy.grounds.map((ground) => (
              <li key={ground.ground}>
                {tx(labelOf(GROUND_LABELS, ground.ground))} ({t('từ', 'since')} <DateText value={ground.since} />) —{' '}
                <LegalBasisText basis={ground.legalBasis} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function Deadlines({ cooperative }: { cooperative: Cooperative }) {
  const { t, tx } = useI18n();
  return (
    <section className="panel" aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">{t('Thời hạn đang chạy', 'Pending deadlines')}</h2>
      {cooperative.deadlines.length === 0 ? (
        <p className="muted">{t('Không có thời hạn nào.', 'No pending deadline.')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('Thời hạn', 'Deadline')}</th>
                <th scope="col">{t('Đến hạn', 'Due')}</th>
                <th scope="col">{t('Cách tính', 'How it was counted')}</th>
                <th scope="col">{t('Căn cứ pháp lý', 'Legal basis')}</th>
              </tr>
            </thead>
            <tbody>
              {[...cooperative.deadlines]
                .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
                .map((deadline) => (
                  <tr key={`${deadline.kind}-${deadline.dueOn}`}>
                    <td>{tx(deadline.label)}</td>
                    <td>
                      <DateText value={deadline.dueOn} />
                    </td>
                    <td>{tx(deadline.explanation)}</td>
                    <td>
                      <LegalBasisText basis={deadline.legalBasis} />
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Support({ cooperative }: { cooperative: Cooperative }) {
  const { t, tx, lang } = useI18n();
  if (cooperative.support.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="support-title">
      <h2 id="support-title">{t('Hỗ trợ thành lập', 'Establishment support')}</h2>
      <ul>
        {cooperative.support.map((support) => (
          <li key={support.supportId}>
            {tx(labelOf(SUPPORT_KIND_LABELS, support.kind))}: {support.description} — {t('đề nghị', 'requested')}{' '}
            {formatMoney(support.requestedAmount, lang)}, {t('duyệt', 'approved')}{' '}
            {formatMoney(support.approvedAmount, lang)}, {t('đã giải ngân', 'disbursed')}{' '}
            {formatMoney(
              support.disbursements.reduce((sum, payment) => sum + payment.amount, 0),
              lang,
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Verification({ id }: { id: string }) {
  const { t, tx } = useI18n();
  const verification = useLoad(
    () => call(api.GET('/cooperatives/{id}/events/verify', { params: { path: { id } } })) as Promise<ChainVerification>,
    [id],
  );
  if (verification.error) return <ErrorNotice error={verification.error} />;
  if (!verification.data) return <Loading />;
  const result = verification.data;
  return (
    <div
      className={`notice ${result.valid ? 'notice-good' : 'notice-error'}`}
      data-testid="chain-verification"
      role="status"
    >
      <strong>
        {result.valid ? t('Chuỗi băm toàn vẹn', 'Hash chain intact') : t('Chuỗi băm bị phá vỡ', 'Hash chain broken')}
      </strong>
      : {tx(result.summary)}{' '}
      <span className="muted">
        ({t('kiểm tra lúc', 'checked at')} {formatDateTime(result.verifiedAt)})
      </span>
      <button type="button" className="link-button" onClick={verification.reload}>
        {t('Kiểm tra lại', 'Check again')}
      </button>
    </div>
  );
}

function Timeline({ events }: { events: LifecycleEventResponse[] }) {
  const { t, tx } = useI18n();
  if (events.length === 0) return <p className="muted">{t('Chưa có sự kiện nào.', 'No event yet.')}</p>;
  return (
    <ol className="timeline" aria-label={t('Nhật ký sự kiện', 'Event log')}>
      {events.map((event) => (
        <li key={event.version} data-event-type={event.type}>
          <div className="timeline-when">
            <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
            <span className="muted">#{event.version}</span>
          </div>
          <div className="timeline-what">
            <strong>{tx(labelOf(EVENT_LABELS, event.type))}</strong>
            <span className="muted"> ({event.type})</span>
            <div>
              {t('Người thực hiện', 'By')}: {event.actor.displayName}
              {event.actor.role !== 'system' && <> · {tx(labelOf(ROLE_LABELS, event.actor.role))}</>}
            </div>
            <div>
              {t('Căn cứ', 'Legal basis')}: <LegalBasisText basis={event.legalBasis} />
            </div>
            <details>
              <summary>{t('Chi tiết và mã băm', 'Details and hash')}</summary>
              <pre className="event-data">{JSON.stringify(event.data, null, 2)}</pre>
              <p className="hash">
                {t('Ghi nhận', 'Recorded')} {formatDateTime(event.recordedAt)} · hash{' '}
                <code>{event.hash.slice(0, 16)}…</code> · prev <code>{event.prevHash.slice(0, 16)}…</code>
              </p>
            </details>
          </div>
        </li>
      ))}
    </ol>
  );
}

function History({ id }: { id: string }) {
  const { t, tx } = useI18n();
  const dateId = useId();
  const [draft, setDraft] = useState('');
  const [asOf, setAsOf] = useState('');
  const history = useLoad(async () => {
    if (!asOf) {
      return {
        record: undefined,
        events: await call(api.GET('/cooperatives/{id}/events', { params: { path: { id } } })),
      };
    }
    const answer = await callAs<RecordAsOf>(
      api.GET('/cooperatives/{id}/events', { params: { path: { id }, query: { asOf } } }),
    );
    return { record: answer.record, events: answer.events };
  }, [id, asOf]);

  const show = (event: FormEvent) => {
    event.preventDefault();
    setAsOf(draft);
  };
  const record = history.data?.record;

  return (
    <section className="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">
        {t('Nhật ký: ai, làm gì, khi nào, căn cứ nào', 'Timeline: who, what, when, on what basis')}
      </h2>
      <Verification id={id} />
      <form className="inline-form" onSubmit={show}>
        <label htmlFor={dateId}>{t('Xem hồ sơ tại ngày', 'View the record as of')}</label>
        <DateInput id={dateId} required max={todayInVietnam()} value={draft} onChange={setDraft} />
        <button type="submit">{t('Xem', 'Show')}</button>
        {asOf && (
          <button
            type="button"
            onClick={() => {
              setDraft('');
              setAsOf('');
            }}
          >
            {t('Về hôm nay', 'Back to today')}
          </button>
        )}
      </form>
      <ErrorNotice error={history.error} />
      {asOf && history.data && (
        <div className="notice" data-testid="as-of" role="status">
          <strong>
            {t('Hồ sơ tại cuối ngày', 'The record at the end of')} <DateText value={asOf} />:
          </strong>{' '}
          {record ? (
            <>
              {tx(labelOf(COOPERATIVE_STATUS_LABELS, record.status))} · {record.memberCount}{' '}
              {t('thành viên', 'members')}
              {record.dormancy && <> · {t('có dấu hiệu ngừng hoạt động', 'dormancy case open')}</>}
              {record.suspension && <> · {t('có thông báo tạm ngừng', 'suspension notified')}</>}
            </>
          ) : (
            t('chưa được đăng ký.', 'not registered yet.')
          )}
        </div>
      )}
      {history.loading && !history.data ? <Loading /> : <Timeline events={history.data?.events ?? []} />}
    </section>
  );
}

/** A cooperative's record: status, regime, territory, members, deadlines, evidence, and its log with "as of". */
export function CooperativePage({ id }: { id: string }) {
  const { t } = useI18n();
  const record = useLoad(
    () => call(api.GET('/cooperatives/{id}', { params: { path: { id } } })) as Promise<Cooperative>,
    [id],
  );
  if (record.error) {
    return (
      <section>
        <PageTitle>{t('Không mở được hồ sơ', 'The record could not be opened')}</PageTitle>
        <ErrorNotice error={record.error} />
      </section>
    );
  }
  if (!record.data) return <Loading />;
  const cooperative = record.data;
  return (
    <section>
      <PageTitle actions={<StatusBadge status={cooperative.status} label={cooperative.statusLabel} />}>
        {cooperative.name}
      </PageTitle>
      <Facts cooperative={cooperative} />
      <Cases cooperative={cooperative} />
      <DissolutionCases cooperative={cooperative} />
      <Deadlines cooperative={cooperative} />
      <Support cooperative={cooperative} />
      <History id={id} />
    </section>
  );
}
