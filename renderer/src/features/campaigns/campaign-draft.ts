// A new campaign's starting point, and the form's view of validation errors (first issue per field path).
import { Campaign, Pacing, type CampaignInput } from '../../../../common/campaign/campaign-schema';
import { CompliancePolicy } from '../../../../common/compliance/compliance-policy';
import type { UiLanguage } from '../../../../common/i18n/ui-language';
import { issueText } from '../../../../common/validation/issue-text';

/** c-20261208-4f9a1c: sortable by creation day, unique across desks (a random part), within the id rule. */
export function newCampaignId(now = new Date()): string {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  const random = Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => b.toString(16).padStart(2, '0')).join('');
  return `c-${day}-${random}`;
}

export function newCampaignDraft(label: (code: string) => string): Campaign {
  const dispositions = [
    { code: 'SALE', hotkey: 1, effect: 'complete' },
    { code: 'INTERESTED', hotkey: 2, effect: 'callback' },
    { code: 'NO_ANSWER', hotkey: 3, effect: 'retry' },
    { code: 'REFUSED', hotkey: 4, effect: 'refused' },
    { code: 'WRONG_NUMBER', hotkey: 5, effect: 'badNumber' },
  ] as const;
  return {
    // the id is the desk's business, not the agent's: a name can be anything (春季回访), the id stays stable
    id: newCampaignId(),
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

/** Validation issues keyed by dotted path ("pacing.maxAttemptsPerContact"), first one each, said in `language`. */
export function draftIssues(draft: CampaignInput, language: UiLanguage): Record<string, string> {
  const parsed = Campaign.safeParse(draft);
  if (parsed.success) return {};
  const issues: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.') || 'campaign';
    issues[path] ??= issueText(issue, language);
  }
  return issues;
}
