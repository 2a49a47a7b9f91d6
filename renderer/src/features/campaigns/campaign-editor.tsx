// The campaign editor: lists, mode, pacing, recycling per outcome, calling hours, caps, wrap-up,
// dispositions with hotkeys, masking, line rule, callback scope. Validated by the same Campaign
// schema main stores it with; the first problem of each field is shown next to it.
import { uiLanguageOf } from '../../i18n';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../../common/campaign/campaign-schema';
import type { ListDto } from '../../../../common/crm';
import { useApp } from '../../ui-shared/app-store';
import { getBridge, unwrap } from '../../platform/page-bridge';
import { DispositionsEditor } from './dispositions-editor';
import { HoursEditor } from './hours-editor';
import { RecyclingEditor } from './recycling-editor';
import { draftIssues, newCampaignDraft } from './campaign-draft';
import { FieldError } from './field-error';
import { errorText } from '../../ui-shared/error-text';

export function CampaignEditor({ id, onDone }: { id: string | null; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const uiLanguage = uiLanguageOf(i18n.language);
  const [draft, setDraft] = useState<Campaign | null>(id === null ? newCampaignDraft((code) => t(`campaign.defaultDispo.${code}`)) : null);
  const [lists, setLists] = useState<ListDto[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const accounts = useApp((s) => s.settings?.sip.accounts ?? []);
  useEffect(() => {
    void unwrap(getBridge().api.crm.lists({})).then(setLists).catch((e: unknown) => setError(errorText(t, e, 'campaign.listsFailed')));
    if (id !== null) void unwrap(getBridge().api.campaign.get({ id })).then(setDraft).catch((e: unknown) => setError(errorText(t, e, 'campaign.loadOneFailed')));
  }, [id]);
  if (draft === null) return error ? <p className="error">{error}</p> : <p className="muted">{t('campaign.loading')}</p>;
  const issues = tried ? draftIssues(draft, uiLanguage) : {};
  const patch = (p: Partial<Campaign>) => setDraft({ ...draft, ...p });
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.keys(draftIssues(draft, uiLanguage)).length > 0) {
      setError(t('campaign.fixErrors'));
      // take the agent to the first field that needs them, once the messages are on screen
      const form = e.currentTarget as HTMLFormElement;
      requestAnimationFrame(() => {
        const first = form.querySelector<HTMLElement>('[aria-invalid="true"]');
        first?.scrollIntoView({ block: 'center' });
        first?.focus();
      });
      return;
    }
    try {
      await unwrap(getBridge().api.campaign.save({ campaign: draft }));
      onDone();
    } catch (err) {
      setError(errorText(t, err, 'campaign.saveFailed'));
    }
  };
  const num = (value: string) => (value === '' ? Number.NaN : Number(value));
  return (
    <form className="campaign-editor stack-form" onSubmit={(e) => void save(e)} noValidate data-testid="campaign-editor">
      <h2>{id === null ? t('campaign.new') : t('campaign.editTitle', { name: draft.name })}</h2>
      <fieldset className="form-grid">
        <legend>{t('campaign.section.basics')}</legend>
        <label className="field">
          {t('campaign.field.name')}
          <input value={draft.name} onChange={(e) => patch({ name: e.target.value })} aria-invalid={issues.name ? true : undefined} data-testid="field-name" />
          <FieldError message={issues.name} />
        </label>
        <fieldset className="field">
          <legend>{t('campaign.field.mode')}</legend>
          {(['preview', 'power'] as const).map((m) => (
            <label key={m} className="checkbox">
              <input type="radio" name="mode" checked={draft.mode === m} onChange={() => patch({ mode: m })} data-testid={`field-mode-${m}`} />
              {t(`campaign.mode.${m}`)} <span className="muted">{t(`campaign.modeHint.${m}`)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="field">
          <legend>{t('campaign.field.lists')}</legend>
          {lists.length === 0 && <span className="muted">{t('campaign.noLists')}</span>}
          {lists.map((l) => {
            const key = String(l.id);
            const on = draft.listIds.includes(key);
            return (
              <label key={l.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={on}
                  onChange={() => patch({ listIds: on ? draft.listIds.filter((x) => x !== key) : [...draft.listIds, key] })}
                  data-testid={`field-list-${l.id}`}
                />
                {l.name} <span className="muted">({l.size})</span>
              </label>
            );
          })}
          <FieldError message={issues.listIds} />
        </fieldset>
        <label className="field">
          {t('campaign.field.wrapUpSeconds')}
          <input type="number" min={0} max={600} value={draft.wrapUpSeconds} onChange={(e) => patch({ wrapUpSeconds: num(e.target.value) })} data-testid="field-wrap" />
          <span className="muted">{t('campaign.wrapZero')}</span>
          <FieldError message={issues.wrapUpSeconds} />
        </label>
        <label className="field checkbox">
          <input type="checkbox" checked={draft.maskNumbers} onChange={(e) => patch({ maskNumbers: e.target.checked })} data-testid="field-mask" />
          {t('campaign.field.maskNumbers')}
        </label>
        <label className="field">
          {t('campaign.field.privacy')}
          <select value={draft.privacy ?? 'off'} onChange={(e) => patch({ privacy: e.target.value as Campaign['privacy'] })} data-testid="field-privacy">
            <option value="off">{t('campaign.privacy.off')}</option>
            <option value="axb">{t('campaign.privacy.axb')}</option>
            <option value="callback">{t('campaign.privacy.callback')}</option>
          </select>
        </label>
        <label className="field">
          {t('campaign.field.callbackScope')}
          <select value={draft.callbackScope} onChange={(e) => patch({ callbackScope: e.target.value as Campaign['callbackScope'] })} data-testid="field-callback-scope">
            <option value="agentOnly">{t('campaign.scope.agentOnly')}</option>
            <option value="anyone">{t('campaign.scope.anyone')}</option>
          </select>
        </label>
        <label className="field">
          {t('campaign.field.lineKind')}
          <select value={draft.line.kind} onChange={(e) => patch({ line: { kind: e.target.value as 'sip' | 'gateway', accountId: null } })} data-testid="field-line-kind">
            <option value="sip">SIP</option>
            <option value="gateway">{t('campaign.gateway')}</option>
          </select>
        </label>
        {draft.line.kind === 'sip' && (
          <label className="field">
            {t('campaign.field.lineAccount')}
            <select value={draft.line.accountId ?? ''} onChange={(e) => patch({ line: { kind: 'sip', accountId: e.target.value || null } })} data-testid="field-line-account">
              <option value="">{t('campaign.anyLine')}</option>
              {accounts.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.displayName ?? `${a.user}@${a.domain}`}
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>

      <fieldset className="form-grid">
        <legend>{t('campaign.section.pacing')}</legend>
        <label className="field">
          {t('campaign.field.maxAttempts')}
          <input
            type="number"
            min={1}
            max={50}
            value={draft.pacing.maxAttemptsPerContact}
            onChange={(e) => patch({ pacing: { ...draft.pacing, maxAttemptsPerContact: num(e.target.value) } })}
            data-testid="field-max-attempts"
          />
          <FieldError message={issues['pacing.maxAttemptsPerContact']} />
        </label>
        <label className="field">
          {t('campaign.field.noAnswerSeconds')}
          <input
            type="number"
            min={5}
            max={180}
            value={draft.pacing.noAnswerTimeoutSeconds}
            onChange={(e) => patch({ pacing: { ...draft.pacing, noAnswerTimeoutSeconds: num(e.target.value) } })}
            data-testid="field-no-answer"
          />
          <FieldError message={issues['pacing.noAnswerTimeoutSeconds']} />
        </label>
        <RecyclingEditor pacing={draft.pacing} onChange={(pacing) => patch({ pacing })} issues={issues} />
      </fieldset>

      <HoursEditor policy={draft.compliance} onChange={(compliance) => patch({ compliance })} issues={issues} />
      <DispositionsEditor campaign={draft} onChange={patch} issues={issues} />

      {error && (
        <p className="error" role="alert" data-testid="editor-error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" data-testid="campaign-save">
          {t('campaign.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('campaign.cancel')}
        </button>
      </div>
    </form>
  );
}
