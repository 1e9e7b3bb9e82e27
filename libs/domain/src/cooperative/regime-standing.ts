import { formatVietnamese } from '../calendar/calendar-date';
import type { LegalBasis } from '../legal/legal-basis';
import { REGIMES, isSameOrLaterRegime, regimeInForceOn, type LegalRegime } from '../legal/legal-regime';
import type { RuleBook } from '../legal/rule-pack';
import { compareIsoDates, type IsoDate } from '../shared/iso-date';
import { text, type LocalizedText } from '../shared/localized-text';
import type { Cooperative, RegimeChange } from './cooperative';

/** Which law governs a cooperative on a day, which law its charter conforms to, and by when it must catch up. */
export type RegimeStanding = {
  readonly on: IsoDate;
  /** The law in force that day: transitional articles put existing cooperatives under each new law. */
  readonly governedBy: LegalRegime;
  /** The law its organisation and charter conform to (as registered, or since its last conversion). */
  readonly charterConformsTo: LegalRegime;
  readonly conforming: boolean;
  /** The day by which the charter had to be (or must be) brought into line; null when it conforms. */
  readonly conformityDueOn: IsoDate | null;
  readonly overdue: boolean;
  readonly explanation: LocalizedText;
  readonly legalBasis: LegalBasis;
  /** How it came under its charter's law: each conversion recorded on it, oldest first. */
  readonly conversions: readonly RegimeChange[];
};

/**
 * The one answer to "which regime governs cooperative X on day D". A later law governs from its entry into force
 * (2012 Law Art. 62; 2023 Law Art. 115(1)); the charter keeps the older law's shape until it is amended, which the
 * transitional article requires by a deadline read from the governing law's rule pack.
 */
export function regimeStanding(
  cooperative: Pick<Cooperative, 'regime' | 'registeredOn' | 'kind' | 'regimeChanges'>,
  on: IsoDate,
  rules: RuleBook,
): RegimeStanding {
  const inForce = regimeInForceOn(on);
  const charterConformsTo = cooperative.regime;
  const governedBy = isSameOrLaterRegime(charterConformsTo, inForce) ? charterConformsTo : inForce;
  const governing = REGIMES[governedBy].title;
  if (charterConformsTo === governedBy) {
    return {
      on,
      governedBy,
      charterConformsTo,
      conforming: true,
      conformityDueOn: null,
      overdue: false,
      explanation: converted(
        text(`Thuộc ${governing.vi}; điều lệ phù hợp.`, `Under the ${governing.en}; the charter conforms.`),
        cooperative.regimeChanges ?? [],
      ),
      legalBasis: rules.basis(governedBy, 'registration.record', on),
      conversions: cooperative.regimeChanges ?? [],
    };
  }
  const deadline =
    governedBy === 'law-2023' && cooperative.kind === 'group'
      ? 'conversion.group-registration-deadline'
      : 'conversion.deadline';
  const conformityDueOn = rules.date(governedBy, deadline, on);
  const overdue = compareIsoDates(on, conformityDueOn) >= 0;
  const charter = REGIMES[charterConformsTo].title;
  return {
    on,
    governedBy,
    charterConformsTo,
    conforming: false,
    conformityDueOn,
    overdue,
    explanation: converted(
      overdue
        ? text(
            `Thuộc ${governing.vi}; điều lệ vẫn theo ${charter.vi}, đã quá hạn chuyển đổi ${formatVietnamese(conformityDueOn)}.`,
            `Under the ${governing.en}; the charter still follows the ${charter.en}, past the conversion deadline of ${conformityDueOn}.`,
          )
        : text(
            `Thuộc ${governing.vi}; điều lệ còn theo ${charter.vi}, phải sửa đổi trước ${formatVietnamese(conformityDueOn)}.`,
            `Under the ${governing.en}; the charter still follows the ${charter.en} and must be amended before ${conformityDueOn}.`,
          ),
      cooperative.regimeChanges ?? [],
    ),
    legalBasis: rules.basis(governedBy, deadline, on),
    conversions: cooperative.regimeChanges ?? [],
  };
}

/** "…, converted on 10/05/2016 from the 1996/2003 Law", when the record holds its conversion. */
function converted(sentence: LocalizedText, changes: readonly RegimeChange[]): LocalizedText {
  const last = changes[changes.length - 1];
  if (!last) return sentence;
  const from = REGIMES[last.from].title;
  return text(
    `${sentence.vi} Chuyển đổi từ ${from.vi} ngày ${formatVietnamese(last.on)}.`,
    `${sentence.en} Converted from the ${from.en} on ${last.on}.`,
  );
}
