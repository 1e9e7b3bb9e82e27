import { useId, useState, type FormEvent } from 'react';
import { api, call, idempotencyKey } from '../api/client';
import type { Task, User } from '../api/shapes';
import { formatDateTime } from '../format';
import { useI18n } from '../i18n';
import { TASK_KIND_LABELS, labelOf } from '../labels';
import { can } from '../permissions';
import { Link } from '../router';
import { useTerritories } from '../territories';
import { Badge, DateText, ErrorNotice, LegalBasisText, StatusBadge, useAction } from '../ui';
import { DecideDialog } from './decide-dialog';

function TimeLeft({ task }: { task: Task }) {
  const { t } = useI18n();
  const closed = task.status !== 'open' && task.status !== 'claimed';
  if (closed) return null;
  const days = task.due.daysLeft;
  if (days < 0)
    return <Badge tone="bad">{t(`quá hạn ${-days} ngày`, `${-days} day${days === -1 ? '' : 's'} overdue`)}</Badge>;
  if (days === 0) return <Badge tone="warn">{t('đến hạn hôm nay', 'due today')}</Badge>;
  return (
    <Badge tone={days <= 2 ? 'warn' : 'neutral'}>
      {t(`còn ${days} ngày`, `${days} day${days === 1 ? '' : 's'} left`)}
    </Badge>
  );
}

/** How the due date was counted: the period, from when, the days off passed over, under which rule. */
function DueProvenance({ task }: { task: Task }) {
  const { t, tx } = useI18n();
  const provenance = task.due.provenance;
  return (
    <details className="provenance">
      <summary>{t('Cách tính hạn', 'How the due date was counted')}</summary>
      <dl className="facts">
        <dt>{t('Tính từ', 'Counted from')}</dt>
        <dd>
          <DateText value={provenance.from} />
        </dd>
        <dt>{t('Căn cứ', 'Legal basis')}</dt>
        <dd>
          <LegalBasisText basis={provenance.legalBasis} />
        </dd>
        {provenance.skipped.length > 0 && (
          <>
            <dt>{t('Ngày nghỉ không tính', 'Days off not counted')}</dt>
            <dd>
              <ul className="plain">
                {provenance.skipped.map((day) => (
                  <li key={day.date}>
                    <DateText value={day.date} /> — {tx(day.reason)}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {provenance.rolledForwardFrom && (
          <>
            <dt>{t('Hạn gốc rơi vào ngày nghỉ', 'Original end fell on a day off')}</dt>
            <dd>
              <DateText value={provenance.rolledForwardFrom} />
            </dd>
          </>
        )}
        {provenance.calendar.length > 0 && (
          <>
            <dt>{t('Lịch nghỉ', 'Holiday calendar')}</dt>
            <dd>
              {provenance.calendar
                .map((year) =>
                  year.basis === 'official'
                    ? t(`${year.year}: lịch chính thức`, `${year.year}: official schedule`)
                    : t(`${year.year}: mặc định theo luật`, `${year.year}: statutory default`),
                )
                .join('; ')}
            </dd>
          </>
        )}
      </dl>
    </details>
  );
}

function AssignForm({ task, onDone }: { task: Task; onDone: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [assigneeId, setAssigneeId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await call(
        api.POST('/tasks/{id}/assign', {
          params: { path: { id: task.id }, header: { 'idempotency-key': idempotencyKey() } },
          body: { assigneeId: assigneeId.trim() },
        }),
      );
      onDone();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor={id}>{t('Giao cho (tên đăng nhập)', 'Assign to (username)')}</label>
      <input id={id} required value={assigneeId} onChange={(event) => setAssigneeId(event.target.value)} />
      <button type="submit">{t('Giao việc', 'Assign')}</button>
      <ErrorNotice error={error} />
    </form>
  );
}

/**
 * One task as an officer needs it: what and whom it is about, the due date and how it was counted, why it exists and
 * what happens if it is ignored, and the actions the signed-in user's role allows.
 */
export function TaskCard({ task, user, onChanged }: { task: Task; user: User; onChanged: () => void }) {
  const { t, tx } = useI18n();
  const territories = useTerritories();
  const titleId = useId();
  const [deciding, setDeciding] = useState(false);
  const [assigning, setAssigning] = useState(false);
  const { busy, error, run } = useAction();

  const act = (action: 'claim' | 'unclaim') =>
    run(async () => {
      const params = { path: { id: task.id }, header: { 'idempotency-key': idempotencyKey() } };
      await call(
        action === 'claim' ? api.POST('/tasks/{id}/claim', { params }) : api.POST('/tasks/{id}/unclaim', { params }),
      );
      onChanged();
    });

  // A territory's yearly aggregate has no page of its own here (its figures are at GET /reports/annual).
  const subjectPath =
    task.subject.type === 'cooperative'
      ? `/cooperatives/${task.subject.id}`
      : task.subject.type === 'establishment-application'
        ? `/applications/${task.subject.id}`
        : null;
  const decision = task.decision;
  const decidedOption = decision && task.options.find((option) => option.id === decision.optionId);

  return (
    <article
      className={`task-card ${task.due.overdue ? 'task-overdue' : ''}`}
      aria-labelledby={titleId}
      data-task-id={task.id}
    >
      <header className="task-head">
        <div>
          <h2 id={titleId} className="task-title">
            {subjectPath ? <Link to={subjectPath}>{task.subject.name}</Link> : task.subject.name}
          </h2>
          <p className="task-step">
            {tx(task.title)} · <span className="muted">{tx(labelOf(TASK_KIND_LABELS, task.kind))}</span> ·{' '}
            {territories.name(task.subject.territoryCode)}
          </p>
        </div>
        <div className="task-due">
          <span>
            {t('Hạn', 'Due')}:{' '}
            <strong>
              <DateText value={task.due.on} />
            </strong>
          </span>
          <TimeLeft task={task} />
        </div>
      </header>
      <p className="due-explanation">{tx(task.due.explanation)}</p>
      <DueProvenance task={task} />
      <section className="why" aria-label={t('Vì sao có việc này', 'Why this task exists')}>
        <p>
          <strong>{t('Vì sao', 'Why')}:</strong> {tx(task.why.trigger.summary)}
        </p>
        <p>
          <strong>{t('Quy định', 'Rule')}:</strong> {tx(task.why.rule.summary)} (
          <LegalBasisText basis={task.why.rule.legalBasis} />)
        </p>
        <p>
          <strong>{t('Nếu không xử lý', 'If ignored')}:</strong> {tx(task.why.ifIgnored)}
        </p>
      </section>
      <footer className="task-foot">
        <div className="task-state">
          <StatusBadge status={task.status} label={task.statusLabel} />
          {task.escalated && <Badge tone="bad">{t('Đã chuyển lãnh đạo', 'Escalated')}</Badge>}
          <span className="muted">
            {task.assignee
              ? t(`Người xử lý: ${task.assignee.displayName}`, `Assignee: ${task.assignee.displayName}`)
              : t(`Dành cho: ${tx(task.candidateRoleLabel)}`, `For: ${tx(task.candidateRoleLabel)}`)}
          </span>
          {decision && (
            <span className="decision">
              {t('Đã quyết định', 'Decided')}: {decidedOption ? tx(decidedOption.label) : decision.optionId} —{' '}
              {decision.decidedBy.displayName}, {formatDateTime(decision.decidedAt)}
              {decision.comment && <> · “{decision.comment}”</>}
            </span>
          )}
        </div>
        <div className="task-actions">
          {can.claim(user, task) && (
            <button type="button" disabled={busy} onClick={() => void act('claim')}>
              {t('Nhận việc', 'Claim')}
            </button>
          )}
          {can.unclaim(user, task) && (
            <button type="button" disabled={busy} onClick={() => void act('unclaim')}>
              {t('Trả lại', 'Release')}
            </button>
          )}
          {can.assign(user, task) && (
            <button type="button" aria-expanded={assigning} onClick={() => setAssigning((open) => !open)}>
              {t('Giao việc…', 'Assign…')}
            </button>
          )}
          {can.decide(user, task) && (
            <button type="button" className="primary" onClick={() => setDeciding(true)}>
              {t('Quyết định…', 'Decide…')}
            </button>
          )}
        </div>
      </footer>
      {assigning && (
        <AssignForm
          task={task}
          onDone={() => {
            setAssigning(false);
            onChanged();
          }}
        />
      )}
      <ErrorNotice error={error} />
      {deciding && (
        <DecideDialog
          task={task}
          user={user}
          onClose={() => setDeciding(false)}
          onDecided={() => {
            setDeciding(false);
            onChanged();
          }}
        />
      )}
    </article>
  );
}
