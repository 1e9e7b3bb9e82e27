import { Fragment, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api, call, idempotencyKey, type Schemas } from '../api/client';
import type { DecisionOption, FormField, Task, User } from '../api/shapes';
import { formatDate } from '../format';
import { useI18n } from '../i18n';
import { can } from '../permissions';
import { ErrorNotice, LegalBasisText, useAction } from '../ui';
import { DateInput } from './date-input';

type Value = string | number | boolean;

const requiredFor = (field: FormField, optionId: string | null) =>
  field.requiredFor === 'all' || (optionId !== null && field.requiredFor.includes(optionId));

function FieldInput({
  field,
  value,
  required,
  onChange,
}: {
  field: FormField;
  value: Value | undefined;
  required: boolean;
  onChange: (value: Value | undefined) => void;
}) {
  const { t, tx } = useI18n();
  const id = useId();
  const label = (
    <>
      {tx(field.label)}
      {required && <span className="required"> ({t('bắt buộc', 'required')})</span>}
    </>
  );
  if (field.type === 'boolean') {
    return (
      <div className="checkbox-field">
        <input
          id={id}
          type="checkbox"
          required={required}
          checked={value === true}
          onChange={(event) => onChange(event.target.checked ? true : undefined)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
    );
  }
  const common = { id, required, maxLength: field.maxLength };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {field.type === 'long-text' ? (
        <textarea {...common} rows={3} value={String(value ?? '')} onChange={(event) => onChange(event.target.value)} />
      ) : field.type === 'date' ? (
        <DateInput
          id={id}
          required={required}
          value={String(value ?? '')}
          onChange={(iso) => onChange(iso || undefined)}
        />
      ) : (
        <input
          {...common}
          type={field.type === 'number' ? 'number' : 'text'}
          value={String(value ?? '')}
          onChange={(event) =>
            onChange(
              event.target.value === ''
                ? undefined
                : field.type === 'number'
                  ? Number(event.target.value)
                  : event.target.value,
            )
          }
        />
      )}
    </div>
  );
}

function formValue(field: FormField, value: Value, t: (vi: string, en: string) => string): string {
  if (field.type === 'boolean') return value ? t('Có', 'Yes') : t('Không', 'No');
  if (field.type === 'date') return formatDate(String(value));
  return String(value);
}

/**
 * Decides a task with the form its kind asks for: choose an option (each with its consequence and legal basis), fill
 * the form, then confirm on a second step that repeats the legal basis and what follows, before anything is sent.
 */
export function DecideDialog({
  task,
  user,
  onClose,
  onDecided,
}: {
  task: Task;
  user: User;
  onClose: () => void;
  onDecided: () => void;
}) {
  const { t, tx } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const commentId = useId();
  const [optionId, setOptionId] = useState<string | null>(null);
  const [values, setValues] = useState<Record<string, Value>>({});
  const [comment, setComment] = useState('');
  const [step, setStep] = useState<'choose' | 'confirm'>('choose');
  const { busy, error, run } = useAction('leaves');

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  const option: DecisionOption | undefined = task.options.find((candidate) => candidate.id === optionId);

  const review = (event: FormEvent) => {
    event.preventDefault();
    if (option) setStep('confirm');
  };

  const confirm = async () => {
    if (!option) return;
    await run(async () => {
      await call(
        api.POST('/tasks/{id}/complete', {
          params: { path: { id: task.id }, header: { 'idempotency-key': idempotencyKey() } },
          body: {
            optionId: option.id,
            comment: comment.trim() || undefined,
            // The document types formData as an object without properties; its fields are the task's form.
            formData: values as unknown as Schemas['CompleteTaskDto']['formData'],
          },
        }),
      );
      onDecided();
    });
  };

  const filled = task.form.filter((field) => values[field.name] !== undefined);

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onCancel={onClose}>
      <h2 id={titleId}>
        {t('Quyết định', 'Decide')}: {tx(task.title)}
      </h2>
      <p className="muted">{task.subject.name}</p>
      {step === 'choose' ? (
        <form onSubmit={review}>
          <fieldset className="options">
            <legend>{t('Chọn quyết định', 'Choose the decision')}</legend>
            {task.options.map((candidate) => {
              const allowed = can.takeOption(user, candidate.binding);
              const id = `${titleId}-${candidate.id}`;
              return (
                <div key={candidate.id} className={`option ${allowed ? '' : 'option-disabled'}`}>
                  <input
                    type="radio"
                    name="option"
                    id={id}
                    value={candidate.id}
                    required
                    disabled={!allowed}
                    checked={optionId === candidate.id}
                    onChange={() => setOptionId(candidate.id)}
                  />
                  <label htmlFor={id}>
                    <strong>{tx(candidate.label)}</strong>
                    {candidate.binding && (
                      <span className="badge badge-warn">
                        {t('Có giá trị pháp lý — lãnh đạo ký', 'Binding — signed by the head')}
                      </span>
                    )}
                    <span className="option-detail">{tx(candidate.consequence)}</span>
                    <span className="option-detail">
                      {t('Căn cứ', 'Legal basis')}: <LegalBasisText basis={candidate.legalBasis} />
                    </span>
                  </label>
                </div>
              );
            })}
          </fieldset>
          {task.form.map((field) => (
            <FieldInput
              key={field.name}
              field={field}
              value={values[field.name]}
              required={requiredFor(field, optionId)}
              onChange={(value) =>
                setValues(({ [field.name]: _dropped, ...rest }) =>
                  value === undefined ? rest : { ...rest, [field.name]: value },
                )
              }
            />
          ))}
          <div className="field">
            <label htmlFor={commentId}>
              {t('Ý kiến, lý do', 'Comment, reasons')}
              {option?.requiresComment && <span className="required"> ({t('bắt buộc', 'required')})</span>}
            </label>
            <textarea
              id={commentId}
              rows={3}
              required={option?.requiresComment ?? false}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
            />
          </div>
          <div className="dialog-actions">
            <button type="submit" className="primary">
              {t('Xem lại trước khi xác nhận', 'Review before confirming')}
            </button>
            <button type="button" onClick={onClose}>
              {t('Hủy', 'Cancel')}
            </button>
          </div>
        </form>
      ) : (
        option && (
          <section aria-label={t('Xác nhận quyết định', 'Confirm the decision')} className="confirm-step">
            <dl className="facts">
              <dt>{t('Quyết định', 'Decision')}</dt>
              <dd data-testid="confirm-option">{tx(option.label)}</dd>
              <dt>{t('Căn cứ pháp lý', 'Legal basis')}</dt>
              <dd data-testid="confirm-legal-basis">
                <LegalBasisText basis={option.legalBasis} />
              </dd>
              <dt>{t('Điều gì xảy ra tiếp theo', 'What follows')}</dt>
              <dd>{tx(option.consequence)}</dd>
              {filled.map((field) => (
                <Fragment key={field.name}>
                  <dt>{tx(field.label)}</dt>
                  <dd>{formValue(field, values[field.name], t)}</dd>
                </Fragment>
              ))}
              {comment.trim() && (
                <>
                  <dt>{t('Ý kiến, lý do', 'Comment, reasons')}</dt>
                  <dd>{comment.trim()}</dd>
                </>
              )}
            </dl>
            <ErrorNotice error={error} />
            <div className="dialog-actions">
              <button type="button" className="primary" disabled={busy} onClick={() => void confirm()}>
                {busy ? t('Đang gửi…', 'Sending…') : t('Xác nhận quyết định', 'Confirm the decision')}
              </button>
              <button type="button" disabled={busy} onClick={() => setStep('choose')}>
                {t('Quay lại', 'Back')}
              </button>
            </div>
          </section>
        )
      )}
    </dialog>
  );
}
