import {
  COUNCIL_ROLE_LABELS,
  DISSOLUTION_GROUND_LABELS,
  DISSOLUTION_KIND_LABELS,
  STEP_LABELS,
  stepDefinition,
  stepRuleBasis,
  type DissolutionCase,
  type RuleBook,
} from '@htx/domain';
import { DOCUMENT_TITLES, issuedDocuments } from './dissolution-documents';

/** A case as officers read it: every step with who does it, its deadline and provenance, its legal basis and evidence. */
export function toDissolutionResponse(cooperativeId: string, dissolution: DissolutionCase, rules: RuleBook) {
  const self = `/cooperatives/${cooperativeId}/dissolutions/${dissolution.caseId}`;
  return {
    ...dissolution,
    kindLabel: DISSOLUTION_KIND_LABELS[dissolution.kind],
    groundLabel: DISSOLUTION_GROUND_LABELS[dissolution.ground],
    council: dissolution.council.map((member) => ({ ...member, roleLabel: COUNCIL_ROLE_LABELS[member.role] })),
    steps: dissolution.steps.map((step) => {
      const definition = stepDefinition(dissolution.plan, step.stepId);
      return {
        ...step,
        ...STEP_LABELS[step.stepId],
        kind: definition?.kind ?? null,
        after: definition?.after ?? [],
        legalBasis: step.due?.legalBasis ?? stepRuleBasis(rules, dissolution, step.stepId, dissolution.openedOn),
        links:
          definition?.kind === 'evidence' || definition?.kind === 'window'
            ? { record: `${self}/steps/${step.stepId}` }
            : { inbox: `/tasks?kind=${definition?.kind === 'decision' ? 'dissolution-decision' : 'dissolution-step'}` },
      };
    }),
    documents: issuedDocuments(dissolution).map((issued) => ({
      ...issued,
      title: DOCUMENT_TITLES[issued.key],
      href: `${self}/documents/${issued.key}`,
    })),
    links: { self, cooperative: `/cooperatives/${cooperativeId}` },
  };
}
