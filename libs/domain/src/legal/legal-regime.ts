import { compareIsoDates, type IsoDate } from '../shared/iso-date';
import { text, type LocalizedText } from '../shared/localized-text';

/**
 * The law a cooperative's organisation and operation conform to.
 * `law-2003` covers cooperatives formed under the 1996 and 2003 Laws (the 2003 Law replaced the 1996 one).
 */
export const LEGAL_REGIMES = ['law-2003', 'law-2012', 'law-2023'] as const;
export type LegalRegime = (typeof LEGAL_REGIMES)[number];

export type RegimeDescription = {
  readonly regime: LegalRegime;
  readonly title: LocalizedText;
  /** First day the law applied; `null` for the legacy regime, which covers everything before the 2012 Law. */
  readonly inForceFrom: IsoDate | null;
  /** Last day the law applied to new events, or `null` while it is in force. */
  readonly inForceUntil: IsoDate | null;
};

export const REGIMES: Readonly<Record<LegalRegime, RegimeDescription>> = {
  'law-2003': {
    regime: 'law-2003',
    title: text('Luật Hợp tác xã 1996/2003 (18/2003/QH11)', 'Law on Cooperatives 1996/2003 (18/2003/QH11)'),
    inForceFrom: null,
    inForceUntil: '2013-06-30',
  },
  'law-2012': {
    regime: 'law-2012',
    title: text('Luật Hợp tác xã 2012 (23/2012/QH13)', 'Law on Cooperatives 2012 (23/2012/QH13)'),
    inForceFrom: '2013-07-01',
    inForceUntil: '2024-06-30',
  },
  'law-2023': {
    regime: 'law-2023',
    title: text('Luật Hợp tác xã 2023 (17/2023/QH15)', 'Law on Cooperatives 2023 (17/2023/QH15)'),
    inForceFrom: '2024-07-01',
    inForceUntil: null,
  },
};

/** The law in force on a date: the 2012 Law from 2013-07-01, the 2023 Law from 2024-07-01 (2023 Law Art. 114). */
export function regimeInForceOn(date: IsoDate): LegalRegime {
  const found = LEGAL_REGIMES.find((regime) => {
    const { inForceFrom, inForceUntil } = REGIMES[regime];
    return (
      (inForceFrom === null || compareIsoDates(inForceFrom, date) <= 0) &&
      (inForceUntil === null || compareIsoDates(date, inForceUntil) <= 0)
    );
  });
  // The regimes tile the whole timeline, so one always matches.
  return found ?? 'law-2023';
}

/** Regimes only move forward: a cooperative converts from an older law to a newer one, never back. */
export function isSameOrLaterRegime(candidate: LegalRegime, reference: LegalRegime): boolean {
  return LEGAL_REGIMES.indexOf(candidate) >= LEGAL_REGIMES.indexOf(reference);
}
