// The annual-report reminder ladder's step codes, as the api sends them on each notice (`reminder-15`, `reminder+30`,
// `follow-up+45`, `warning+60`: the kind and its offset in days from the due date), put in words.

type Words = { readonly vi: string; readonly en: string };

const KINDS = {
  reminder: { vi: 'Nhắc', en: 'Reminder' },
  'follow-up': { vi: 'Cán bộ đôn đốc', en: 'Officer follow-up' },
  warning: { vi: 'Cảnh báo quá hạn', en: 'Overdue warning' },
} as const;

function parse(code: string): { kind: keyof typeof KINDS; offset: number } | null {
  const match = /^(reminder|follow-up|warning)([+-]\d+)$/.exec(code);
  return match ? { kind: match[1] as keyof typeof KINDS, offset: Number(match[2]) } : null;
}

/**
 * A ladder step in words, e.g. `reminder+15` → "Nhắc lần 3 (15 ngày sau hạn)". A reminder is numbered by its place
 * among the reminders of `sent` (the steps whose notices went out that year), so the number is the one the cooperative
 * received, whatever the authority's policy; a code this build cannot read is given back as it is.
 */
export function ladderStepText(code: string, sent: readonly string[]): Words {
  const step = parse(code);
  if (!step) return { vi: code, en: code };
  const { kind, offset } = step;
  const days = Math.abs(offset);
  const when: Words =
    offset === 0
      ? { vi: 'đúng hạn', en: 'on the deadline' }
      : {
          vi: `${days} ngày ${offset < 0 ? 'trước' : 'sau'} hạn`,
          en: `${days} ${days === 1 ? 'day' : 'days'} ${offset < 0 ? 'before' : 'after'} the deadline`,
        };
  let name: Words = KINDS[kind];
  if (kind === 'reminder') {
    const earlier = new Set(
      sent.map(parse).flatMap((other) => (other?.kind === 'reminder' && other.offset < offset ? [other.offset] : [])),
    );
    name = { vi: `Nhắc lần ${earlier.size + 1}`, en: `Reminder ${earlier.size + 1}` };
  }
  return { vi: `${name.vi} (${when.vi})`, en: `${name.en} (${when.en})` };
}
