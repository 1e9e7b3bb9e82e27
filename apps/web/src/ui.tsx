import { useCallback, useEffect, useId, useState, type DependencyList, type ReactNode } from 'react';
import { ApiFailure } from './api/client';
import type { LegalBasis } from './api/shapes';
import { formatDate } from './format';
import { useI18n, type LocalizedText } from './i18n';
import { NOTICE_STATUS_LABELS, labelOf } from './labels';

export type Loaded<T> = {
  readonly data: T | undefined;
  readonly error: unknown;
  readonly loading: boolean;
  reload: () => void;
};

/** Loads once per change of `deps` (the answer to an older load is dropped); `reload` loads again. */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState({ error, loading: false }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what its load depends on
  }, [...deps, round]);
  const reload = useCallback(() => {
    setState((previous) => ({ ...previous, loading: true }));
    setRound((value) => value + 1);
  }, []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

/**
 * What a form or button starts: busy while it runs (the button disabled), its failure kept to show, cleared on the
 * next try. An action that ends by leaving the screen (`'leaves'`) stays busy once it succeeded, so it cannot be sent
 * twice on the way out.
 */
export function useAction(onSuccess: 'idle' | 'leaves' = 'idle') {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (action: () => Promise<void>) => {
      setBusy(true);
      setError(null);
      try {
        await action();
        if (onSuccess === 'idle') setBusy(false);
      } catch (failure) {
        setError(failure);
        setBusy(false);
      }
    },
    [onSuccess],
  );
  return { busy, error, setError, run };
}

/** One option per entry of a label table, in its order, labelled in the reader's language. */
export function LabelOptions({ labels }: { labels: Readonly<Record<string, LocalizedText>> }) {
  const { tx } = useI18n();
  return (
    <>
      {Object.entries(labels).map(([code, label]) => (
        <option key={code} value={code}>
          {tx(label)}
        </option>
      ))}
    </>
  );
}

/** The api's refusal as the officer should read it: what was wrong, the fields at fault, how to fix it. */
export function ErrorNotice({ error }: { error: unknown }) {
  const { t, tx } = useI18n();
  if (!error) return null;
  if (!(error instanceof ApiFailure)) {
    return (
      <div role="alert" className="notice notice-error">
        {t('Đã có lỗi không mong muốn.', 'Something unexpected went wrong.')}{' '}
        {error instanceof Error ? error.message : JSON.stringify(error)}
      </div>
    );
  }
  const { body } = error;
  return (
    <div role="alert" className="notice notice-error" data-error-code={body.code}>
      <p className="notice-title">{tx(body.message)}</p>
      {body.fields.length > 0 && (
        <ul className="field-problems">
          {body.fields.map((problem, index) => (
            <li key={`${problem.field}-${index}`}>
              <code>{problem.field}</code>: {tx(problem.reason)}
              {problem.fix && <span className="fix"> — {tx(problem.fix)}</span>}
            </li>
          ))}
        </ul>
      )}
      {body.fix && <p className="fix">{tx(body.fix)}</p>}
    </div>
  );
}

type FieldProblem = ApiFailure['body']['fields'][number];

/** The problems the api named for a field or any part of it ("members" holds "members[0].name"). */
export function problemsFor(error: unknown, field: string): FieldProblem[] {
  if (!(error instanceof ApiFailure)) return [];
  return error.body.fields.filter(
    (problem) =>
      problem.field === field || problem.field.startsWith(`${field}.`) || problem.field.startsWith(`${field}[`),
  );
}

/** The api's problems with one part of a form, told where that part is. */
export function FieldProblems({ id, problems }: { id?: string; problems: readonly FieldProblem[] }) {
  const { tx } = useI18n();
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="field-error">
      {problems.map((problem, index) => (
        <li key={`${problem.field}-${index}`}>
          {tx(problem.reason)}
          {problem.fix && <span className="fix"> {tx(problem.fix)}</span>}
        </li>
      ))}
    </ul>
  );
}

/** What the control of a Field needs: its id, and whether and where its problems are told. */
export type FieldControl = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

/**
 * A labelled form field that shows, right under its control, what the api found wrong with it and how to fix it
 * (the notice above the form still lists every problem).
 */
export function Field({
  label,
  field,
  error,
  hint,
  required = false,
  children,
}: {
  label: string;
  /** The field's path in the request, as the api names it in its refusals. */
  field: string;
  error: unknown;
  hint?: ReactNode;
  required?: boolean;
  children: (control: FieldControl) => ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  const problems = problemsFor(error, field);
  const described = [hint ? `${id}-hint` : '', problems.length > 0 ? `${id}-problems` : ''].filter(Boolean).join(' ');
  return (
    <div className={problems.length > 0 ? 'field field-invalid' : 'field'} data-field={field}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> ({t('bắt buộc', 'required')})</span>}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="muted">
          {hint}
        </span>
      )}
      {children({
        id,
        ...(problems.length > 0 ? { 'aria-invalid': true } : {}),
        ...(described ? { 'aria-describedby': described } : {}),
      })}
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted" role="status">
      {t('Đang tải…', 'Loading…')}
    </p>
  );
}

/** A citation with its rule, flagged when it has not been checked against the text of the law. */
export function LegalBasisText({ basis }: { basis: LegalBasis | null | undefined }) {
  const { t, tx } = useI18n();
  if (!basis) return <span className="muted">{t('Không có căn cứ riêng', 'No specific basis')}</span>;
  return (
    <span className="legal-basis" title={`${basis.ruleId} · ${basis.regime} · v${basis.rulePackVersion}`}>
      {tx(basis.citation)}
      {!basis.confirmed && <span className="badge badge-warn">{t('chưa xác nhận', 'unconfirmed')}</span>}
    </span>
  );
}

export function Badge({
  tone = 'neutral',
  children,
}: {
  tone?: 'neutral' | 'good' | 'warn' | 'bad';
  children: ReactNode;
}) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

const STATUS_TONES: Record<string, 'good' | 'warn' | 'bad' | 'neutral'> = {
  active: 'good',
  approved: 'good',
  suspended: 'warn',
  'under-review': 'neutral',
  'awaiting-decision': 'warn',
  'amendments-requested': 'warn',
  dissolving: 'bad',
  dissolved: 'bad',
  revoked: 'bad',
  refused: 'bad',
  lapsed: 'bad',
};

export function StatusBadge({ status, label }: { status: string; label: LocalizedText }) {
  const { tx } = useI18n();
  return (
    <span className={`badge badge-${STATUS_TONES[status] ?? 'neutral'}`} data-status={status}>
      {tx(label)}
    </span>
  );
}

const NOTICE_TONES: Record<string, 'good' | 'warn' | 'bad'> = {
  delivered: 'good',
  pending: 'warn',
  bounced: 'bad',
  failed: 'bad',
  'no-address': 'bad',
};

/** How a notice's delivery stands (proof of notice): delivered, still sending, bounced, failed, no address. */
export function NoticeStatusBadge({ status }: { status: string }) {
  const { tx } = useI18n();
  return <Badge tone={NOTICE_TONES[status] ?? 'neutral'}>{tx(labelOf(NOTICE_STATUS_LABELS, status))}</Badge>;
}

/** dd/mm/yyyy inside a <time> that keeps the machine date. */
export function DateText({ value }: { value: string | null | undefined }) {
  if (!value) return <span>—</span>;
  return <time dateTime={value}>{formatDate(value)}</time>;
}

export function PageTitle({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  useEffect(() => {
    if (typeof children === 'string') document.title = `${children} · HTX`;
  }, [children]);
  return (
    <div className="page-title">
      <h1 tabIndex={-1}>{children}</h1>
      {actions && <div className="page-actions">{actions}</div>}
    </div>
  );
}
