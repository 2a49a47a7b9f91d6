// A new campaign's starting point, and the form's view of validation errors (first issue per field path).
import { Campaign, Pacing, type CampaignInput } from '../../../../common/campaign/campaign-schema';
import { CompliancePolicy } from '../../../../common/compliance/compliance-policy';

export function newCampaignDraft(label: (code: string) => string): Campaign {
  const dispositions = [
    { code: 'SALE', hotkey: 1, effect: 'complete' },
    { code: 'INTERESTED', hotkey: 2, effect: 'callback' },
    { code: 'NO_ANSWER', hotkey: 3, effect: 'retry' },
    { code: 'REFUSED', hotkey: 4, effect: 'refused' },
    { code: 'WRONG_NUMBER', hotkey: 5, effect: 'badNumber' },
  ] as const;
  return {
    id: '',
    name: '',
    listIds: [],
    mode: 'preview',
    pacing: Pacing.parse({}),
    compliance: CompliancePolicy.parse({}),
    wrapUpSeconds: 30,
    dispositions: dispositions.map((d) => ({ ...d, label: label(d.code) })),
    defaultDisposition: 'NO_ANSWER',
    maskNumbers: false,
    privacy: 'off',
    line: { kind: 'sip', accountId: null },
    callbackScope: 'agentOnly',
  };
}

/** Validation issues keyed by dotted path ("pacing.maxAttemptsPerContact"), first message each. */
export function draftIssues(draft: CampaignInput): Record<string, string> {
  const parsed = Campaign.safeParse(draft);
  if (parsed.success) return {};
  const issues: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.') || 'campaign';
    issues[path] ??= issue.message;
  }
  return issues;
}
