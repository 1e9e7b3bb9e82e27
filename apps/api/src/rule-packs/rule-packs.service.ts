import {
  checkCorrection,
  correctionEffect,
  correctionOf,
  LEGAL_REGIMES,
  REGIMES,
  text,
  UNIT_LABELS,
  vietnamDateOf,
  type AppliedRule,
  type IsoDate,
  type LegalRegime,
  type RuleBook,
  type RuleCorrection,
} from '@htx/domain';
import { CooperativeRepository, RuleCorrectionRepository } from '@htx/persistence';
import { RuleRolloutClient } from '@htx/temporal-client';
import { Injectable } from '@nestjs/common';
import { actingAs, type AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../http/api-error';
import { invalidRequest } from '../http/validation';
import type { RuleCorrectionDto } from './rule-packs.dto';

/** Records scanned per query when previewing a correction. */
const PREVIEW_PAGE = 500;
/** Cooperatives listed by name in a preview; the counts cover all of them. */
const PREVIEW_LISTED = 200;

const describe = (rule: AppliedRule) => ({ ...rule, unitLabel: UNIT_LABELS[rule.unit] });

@Injectable()
export class RulePacksService {
  constructor(
    private readonly corrections: RuleCorrectionRepository,
    private readonly cooperatives: CooperativeRepository,
    private readonly rollout: RuleRolloutClient,
  ) {}

  async packs(on: IsoDate) {
    const book = await this.corrections.ruleBook();
    return LEGAL_REGIMES.map((regime) => {
      const rules = book.pack(regime, on);
      return {
        ...REGIMES[regime],
        version: book.version(regime),
        parameters: rules.length,
        unconfirmed: rules.filter((rule) => !rule.confirmed).length,
        corrections: book.corrections.filter((correction) => correction.regime === regime).length,
        links: { self: `/rule-packs/${regime}` },
      };
    });
  }

  async pack(regime: LegalRegime, on: IsoDate) {
    const book = await this.corrections.ruleBook();
    return {
      ...REGIMES[regime],
      version: book.version(regime),
      on,
      parameters: book.pack(regime, on).map(describe),
      corrections: book.corrections.filter((correction) => correction.regime === regime),
    };
  }

  /**
   * What saving the correction would change, today: for every cooperative not dissolved, the deadlines on its record
   * that would move, appear or go, and the dormancy grounds that would (no longer) be met. Nothing is saved.
   */
  async preview(regime: LegalRegime, body: RuleCorrectionDto, user: AuthenticatedUser, now: Date) {
    const book = await this.corrections.ruleBook();
    const correction = this.checked(book, regime, body, user, now);
    const corrected = book.withCorrections([...book.corrections, correction]);
    const today = vietnamDateOf(now);
    const affected = [];
    let scanned = 0;
    let changedDeadlines = 0;
    let changedOutcomes = 0;
    for (let after: string | null = null; ;) {
      const page = await this.cooperatives.openRecordsPage(after, PREVIEW_PAGE);
      for (const record of page) {
        const effect = correctionEffect(record, today, book, corrected);
        if (effect.deadlines.length + effect.outcomes.length === 0) continue;
        changedDeadlines += effect.deadlines.length > 0 ? 1 : 0;
        changedOutcomes += effect.outcomes.length > 0 ? 1 : 0;
        if (affected.length < PREVIEW_LISTED) {
          affected.push({
            cooperativeId: record.cooperativeId,
            registrationCode: record.registrationCode,
            name: record.name,
            territoryCode: record.territoryCode,
            ...effect,
            links: { record: `/cooperatives/${record.cooperativeId}` },
          });
        }
      }
      scanned += page.length;
      if (page.length < PREVIEW_PAGE) break;
      after = page[page.length - 1].cooperativeId;
    }
    return {
      before: describe(book.rule(regime, correction.parameterId, correction.effectiveFrom)),
      after: describe(corrected.rule(regime, correction.parameterId, correction.effectiveFrom)),
      scanned,
      changedDeadlines,
      changedOutcomes,
      affected,
    };
  }

  /**
   * Saves the correction (audited, append-only) and starts its rollout to every cooperative's workflow. The same
   * correction sent again by the same administrator is the one already saved: nothing new is appended.
   */
  async correct(regime: LegalRegime, body: RuleCorrectionDto, user: AuthenticatedUser, now: Date) {
    const book = await this.corrections.ruleBook();
    const correction = this.checked(book, regime, body, user, now);
    const repeat = book.corrections.find((saved) => isSameCorrection(saved, correction));
    if (repeat) {
      return { correction: repeat, created: false, rollout: await this.rollout.start(repeat, book.corrections) };
    }
    const outcome = await this.corrections.append(correction, actingAs(user, ['administrator']), now);
    if (outcome === 'conflict') {
      throw new ApiError(
        409,
        'RULE_PACK_CHANGED',
        text(
          'Bộ quy tắc vừa được người khác sửa; không có gì được ghi lại.',
          'Someone else corrected this rule pack just now; nothing was recorded.',
        ),
        [],
        text('Xem lại bộ quy tắc và bản xem trước, rồi gửi lại.', 'Read the pack and the preview again, then resend.'),
      );
    }
    const all = [...book.corrections, correction];
    return { correction, created: true, rollout: await this.rollout.start(correction, all) };
  }

  private checked(
    book: RuleBook,
    regime: LegalRegime,
    body: RuleCorrectionDto,
    user: AuthenticatedUser,
    now: Date,
  ): RuleCorrection {
    const request = { ...body, citation: body.citation && { vi: body.citation.vi, en: body.citation.en } };
    const problems = checkCorrection(book, regime, body.parameterId, request);
    if (problems.length > 0) throw invalidRequest(problems);
    return correctionOf(book, regime, body.parameterId, request, user.id, now.toISOString());
  }
}

const isSameCorrection = (saved: RuleCorrection, asked: RuleCorrection) =>
  saved.regime === asked.regime &&
  saved.parameterId === asked.parameterId &&
  saved.value === asked.value &&
  saved.citation.vi === asked.citation.vi &&
  saved.citation.en === asked.citation.en &&
  saved.confirmed === asked.confirmed &&
  saved.effectiveFrom === asked.effectiveFrom &&
  saved.reason === asked.reason &&
  saved.correctedBy === asked.correctedBy;
