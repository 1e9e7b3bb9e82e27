import { useState } from 'react';
import { formatDate } from '../format';
import { useI18n } from '../i18n';

/** dd/mm/yyyy → YYYY-MM-DD, or null when it is not a real date. */
export function parseVietnameseDate(text: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A date typed as dd/mm/yyyy whatever the browser's own language (a native date field follows the browser's locale,
 * which may show mm/dd/yyyy). Hands YYYY-MM-DD to the page, or '' while it is empty or not a date.
 */
export function DateInput({
  id,
  value,
  onChange,
  required = false,
  max,
  ...described
}: {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  value: string;
  onChange: (iso: string) => void;
  required?: boolean;
  /** YYYY-MM-DD */
  max?: string;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(value ? formatDate(value) : '');
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    // The page changed the date (a saved view, "back to today"): show it.
    setShown(value);
    if (value !== (parseVietnameseDate(text) ?? '')) setText(value ? formatDate(value) : '');
  }
  const change = (next: string, input: HTMLInputElement) => {
    setText(next);
    const iso = parseVietnameseDate(next);
    const tooLate = iso !== null && max !== undefined && iso > max;
    input.setCustomValidity(
      next.trim() && (!iso || tooLate)
        ? tooLate
          ? t(`Ngày không được sau ${formatDate(max)}.`, `The date may not be after ${formatDate(max)}.`)
          : t('Nhập ngày dạng dd/mm/yyyy, ví dụ 31/12/2025.', 'Type the date as dd/mm/yyyy, e.g. 31/12/2025.')
        : '',
    );
    const accepted = iso && !tooLate ? iso : '';
    setShown(accepted);
    onChange(accepted);
  };
  return (
    <input
      id={id}
      type="text"
      inputMode="numeric"
      placeholder="dd/mm/yyyy"
      autoComplete="off"
      size={12}
      required={required}
      {...described}
      value={text}
      onChange={(event) => change(event.target.value, event.target)}
    />
  );
}
