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

/** The version of the rules this build applies; recorded with every basis so a later correction can be traced. */
export const RULE_PACK_VERSION = '1';

export function legalBasis(
  regime: LegalRegime,
  ruleId: string,
  citation: LocalizedText,
  confirmed: boolean,
): LegalBasis {
  return { ruleId, regime, rulePackVersion: RULE_PACK_VERSION, citation, confirmed };
}
