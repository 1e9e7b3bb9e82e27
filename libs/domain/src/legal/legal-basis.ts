import type { LocalizedText } from '../shared/localized-text';
import type { LegalRegime } from './legal-regime';

/**
 * Why a transition or a deadline is lawful: the rule applied, where the law says so, and whether that citation
 * has been confirmed against the text of the law (unconfirmed ones are shown as such to officers).
 */
export type LegalBasis = {
  readonly ruleId: string;
  readonly regime: LegalRegime;
  readonly rulePackVersion: string;
  readonly citation: LocalizedText;
  readonly confirmed: boolean;
};
