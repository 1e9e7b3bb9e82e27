import { useEffect, useId, useState, type FormEvent } from 'react';
import { api, callAs, idempotencyKey } from '../api/client';
import type { BulkDecisionResult, SweepBatch, SweepFinding } from '../api/shapes';
import { byVietnamese, formatDateTime, todayInVietnam } from '../format';
import { useI18n } from '../i18n';
import { COOPERATIVE_STATUS_LABELS, GROUND_LABELS, TASK_STATUS_LABELS, labelOf } from '../labels';
import { can } from '../permissions';
import { Link } from '../router';
import { useUser } from '../session';
import { useTerritories } from '../territories';
import { Badge, DateText, ErrorNotice, LegalBasisText, Loading, PageTitle, useAction, useLoad } from '../ui';
import { DateInput } from '../components/date-input';

const isDecidable = (finding: SweepFinding) =>
  finding.review !== null && (finding.review.status === 'open' || finding.review.status === 'claimed');

/** What a bulk decision did, per cooperative refused with the api's reason. */
function BulkOutcome({ result, names }: { result: BulkDecisionResult; names: Map<string, string> }) {
  const { t, tx } = useI18n();
  return (
    <div className="notice" role="status" data-testid="bulk-result">
      <p>
        {t(
          `Đã quyết định ${result.decided}, không đổi ${result.unchanged}, bị từ chối ${result.refused}.`,
          `Decided ${result.decided}, unchanged ${result.unchanged}, refused ${result.refused}.`,
        )}
      </p>
      <ul>
        {result.results
          .filter((entry) => entry.outcome === 'refused')
          .map((entry) => (
            <li key={entry.cooperativeId}>
              {names.get(entry.cooperativeId) ?? entry.cooperativeId}: {tx(entry.message)}
            </li>
          ))}
      </ul>
    </div>
  );
}

function BulkDecision({
  sweepId,
  selected,
  onDone,
}: {
  sweepId: string;
  selected: string[];
  onDone: (result: BulkDecisionResult) => void;
}) {
  const { t } = useI18n();
  const ids = { comment: useId(), evidence: useId(), confirm: useId(), dismiss: useId() };
  const [decision, setDecision] = useState<'confirm' | 'dismiss'>('confirm');
  const [comment, setComment] = useState('');
  const [evidenceOn, setEvidenceOn] = useState('');
  const { busy, error, run } = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      const answer = await callAs<BulkDecisionResult>(
        api.POST('/dormancy-sweeps/{id}/decisions', {
          params: { path: { id: sweepId }, header: { 'idempotency-key': idempotencyKey() } },
          body: {
            decision,
            cooperativeIds: selected,
            comment: comment.trim(),
            ...(decision === 'dismiss' && evidenceOn ? { evidenceOn } : {}),
          },
        }),
      );
      onDone(answer);
    });
  };
  return (
    <form
      className="panel bulk"
      onSubmit={(event) => void submit(event)}
      aria-label={t('Quyết định hàng loạt', 'Decide in bulk')}
    >
      <h2>
        {t('Quyết định cho', 'Decide for')} {selected.length} {t('hợp tác xã đã chọn', 'selected cooperatives')}
      </h2>
      <fieldset>
        <legend>{t('Quyết định', 'Decision')}</legend>
        <span className="checkbox-field">
          <input
            id={ids.confirm}
            type="radio"
            name="decision"
            checked={decision === 'confirm'}
            onChange={() => setDecision('confirm')}
          />
          <label htmlFor={ids.confirm}>{t('Xác nhận ngừng hoạt động', 'Confirm dormant')}</label>
        </span>
        <span className="checkbox-field">
          <input
            id={ids.dismiss}
            type="radio"
            name="decision"
            checked={decision === 'dismiss'}
            onChange={() => setDecision('dismiss')}
          />
          <label htmlFor={ids.dismiss}>{t('Bác bỏ: vẫn hoạt động', 'Dismiss: it operates')}</label>
        </span>
      </fieldset>
      {decision === 'dismiss' && (
        <div className="field">
          <label htmlFor={ids.evidence}>
            {t('Ngày của bằng chứng hoạt động', 'Date of the evidence of operating')}{' '}
            <span className="required">({t('bắt buộc', 'required')})</span>
          </label>
          <DateInput id={ids.evidence} required max={todayInVietnam()} value={evidenceOn} onChange={setEvidenceOn} />
        </div>
      )}
      <div className="field">
        <label htmlFor={ids.comment}>
          {t('Lý do (ghi vào từng hồ sơ)', 'Reasons (recorded on every review)')}{' '}
          <span className="required">({t('bắt buộc', 'required')})</span>
        </label>
        <textarea
          id={ids.comment}
          required
          rows={2}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
      </div>
      <p className="muted">
        {decision === 'confirm'
          ? t(
              'Theo Luật HTX 2012, đây là căn cứ giải thể bắt buộc; theo Luật HTX 2023, là cờ theo dõi có thể dẫn tới thu hồi giấy chứng nhận. Người đã gắn cờ không được quyết định.',
              'Under the 2012 Law this is a ground for compulsory dissolution; under the 2023 Law a monitoring flag that may lead to revocation. Whoever flagged a case may not decide it.',
            )
          : t(
              'Các thời hạn được tính lại từ ngày của bằng chứng.',
              'The clocks restart from the date of the evidence.',
            )}
      </p>
      <button type="submit" className="primary" disabled={busy || selected.length === 0}>
        {t('Gửi quyết định', 'Send the decisions')}
      </button>
      <ErrorNotice error={error} />
    </form>
  );
}

/** One sweep's batch: each cooperative with the grounds, the months elapsed and why; bulk confirm or dismiss. */
export function SweepPage({ id }: { id: string }) {
  const { t, tx } = useI18n();
  const user = useUser();
  const territories = useTerritories();
  const flaggedId = useId();
  const [flaggedOnly, setFlaggedOnly] = useState(true);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [outcome, setOutcome] = useState<BulkDecisionResult | null>(null);
  const batch = useLoad(
    () =>
      callAs<SweepBatch>(
        api.GET('/dormancy-sweeps/{id}', {
          params: { path: { id }, query: { limit: 500, ...(flaggedOnly ? { flagged: true } : {}) } },
        }),
      ),
    [id, flaggedOnly],
  );
  const running = batch.data?.status === 'running';
  const { reload } = batch;
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(reload, 2_000);
    return () => clearTimeout(timer);
  }, [running, batch.data, reload]);

  if (batch.error) {
    return (
      <section>
        <PageTitle>{t('Không mở được đợt rà soát', 'The sweep could not be opened')}</PageTitle>
        <ErrorNotice error={batch.error} />
      </section>
    );
  }
  if (!batch.data) return <Loading />;
  const sweep = batch.data;
  const findings = [...sweep.items].sort(byVietnamese((finding) => finding.name));
  const decidable = findings.filter(isDecidable);
  const names = new Map(findings.map((finding) => [finding.cooperativeId, finding.name]));
  const chosen = [...selected].filter((cooperativeId) =>
    decidable.some((finding) => finding.cooperativeId === cooperativeId),
  );
  const toggle = (cooperativeId: string) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(cooperativeId)) next.delete(cooperativeId);
      else next.add(cooperativeId);
      return next;
    });
  const mayDecide = can.runSweeps(user);

  return (
    <section>
      <PageTitle>
        {t('Rà soát tại ngày', 'Sweep as of')} {sweep.asOf.split('-').reverse().join('/')} —{' '}
        {territories.name(sweep.territoryCode)}
      </PageTitle>
      <p role="status">
        {running ? (
          <Badge tone="warn">{t('Đang chạy…', 'Running…')}</Badge>
        ) : (
          <Badge tone="good">{t('Xong', 'Completed')}</Badge>
        )}{' '}
        {t(
          `Đã đánh giá ${sweep.counts.assessed} hợp tác xã, ${sweep.counts.flagged} có dấu hiệu ngừng hoạt động.`,
          `${sweep.counts.assessed} cooperatives assessed, ${sweep.counts.flagged} flagged.`,
        )}{' '}
        <span className="muted">
          {t('Yêu cầu bởi', 'Requested by')} {sweep.requestedBy.displayName}, {formatDateTime(sweep.startedAt)}
        </span>
      </p>
      <div className="toolbar">
        <span className="checkbox-field">
          <input
            id={flaggedId}
            type="checkbox"
            checked={flaggedOnly}
            onChange={(event) => setFlaggedOnly(event.target.checked)}
          />
          <label htmlFor={flaggedId}>{t('Chỉ hợp tác xã có dấu hiệu', 'Flagged only')}</label>
        </span>
        {mayDecide && decidable.length > 0 && (
          <button
            type="button"
            onClick={() =>
              setSelected(
                chosen.length === decidable.length
                  ? new Set()
                  : new Set(decidable.map((finding) => finding.cooperativeId)),
              )
            }
          >
            {chosen.length === decidable.length
              ? t('Bỏ chọn tất cả', 'Select none')
              : t('Chọn tất cả việc đang mở', 'Select all open reviews')}
          </button>
        )}
      </div>
      {mayDecide && chosen.length > 0 && (
        <BulkDecision
          sweepId={sweep.sweepId}
          selected={chosen}
          onDone={(result) => {
            setOutcome(result);
            setSelected(new Set());
            batch.reload();
          }}
        />
      )}
      {outcome && <BulkOutcome result={outcome} names={names} />}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              {mayDecide && <th scope="col">{t('Chọn', 'Select')}</th>}
              <th scope="col">{t('Hợp tác xã', 'Cooperative')}</th>
              <th scope="col">{t('Hoạt động gần nhất', 'Last operating')}</th>
              <th scope="col">{t('Căn cứ (số tháng)', 'Grounds (months)')}</th>
              <th scope="col">{t('Vì sao', 'Why')}</th>
              <th scope="col">{t('Xem xét', 'Review')}</th>
            </tr>
          </thead>
          <tbody>
            {findings.map((finding) => (
              <tr key={finding.cooperativeId} data-flagged={finding.assessment.flagged}>
                {mayDecide && (
                  <td>
                    {isDecidable(finding) && (
                      <input
                        type="checkbox"
                        aria-label={`${t('Chọn', 'Select')} ${finding.name}`}
                        checked={selected.has(finding.cooperativeId)}
                        onChange={() => toggle(finding.cooperativeId)}
                      />
                    )}
                  </td>
                )}
                <td>
                  <Link to={`/cooperatives/${finding.cooperativeId}`}>{finding.name}</Link>
                  <div className="muted">
                    {finding.registrationCode} · {tx(labelOf(COOPERATIVE_STATUS_LABELS, finding.status))}
                  </div>
                </td>
                <td>
                  <DateText value={finding.lastOperatingOn} />
                </td>
                <td>
                  <ul className="plain">
                    {finding.assessment.clocks.map((clock) => {
                      const met = finding.assessment.met.some((ground) => ground.ground === clock.ground);
                      return (
                        <li key={clock.ground} className={met ? 'ground-met' : ''}>
                          {met && <Badge tone="bad">{t('đạt', 'met')}</Badge>}{' '}
                          {tx(labelOf(GROUND_LABELS, clock.ground))}: {clock.monthsElapsed}/{clock.months}{' '}
                          {t('tháng', 'months')}
                          <div className="muted">
                            <LegalBasisText basis={clock.legalBasis} />
                          </div>
                        </li>
                      );
                    })}
                  </ul>
                </td>
                <td>{tx(finding.assessment.explanation)}</td>
                <td>
                  {finding.review ? tx(labelOf(TASK_STATUS_LABELS, finding.review.status)) : '—'}
                  {finding.review?.decision && (
                    <div className="muted">{finding.review.decision.decidedBy.displayName}</div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {findings.length === 0 && <p className="empty">{t('Không có hợp tác xã nào.', 'No cooperative.')}</p>}
      </div>
    </section>
  );
}
