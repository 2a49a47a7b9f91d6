import { uiLanguageOf } from '../../i18n';
import { issueText } from '../../../../common/validation/issue-text';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SipAccountSettings } from '../../../../common/settings/sip-accounts';

interface Props {
  initial: SipAccountSettings | undefined;
  existingIds: string[];
  onSave(account: SipAccountSettings, password: string | undefined): Promise<boolean>;
  onCancel(): void;
}

type Draft = Record<'id' | 'displayName' | 'server' | 'user' | 'authUser' | 'domain' | 'realm' | 'outboundProxy' | 'stun' | 'password' | 'retentionDays' | 'autoAnswerDelayMs', string> & {
  dtmfMode: 'rfc4733' | 'info';
  recordingPolicy: 'off' | 'on-demand' | 'always';
  autoAnswer: 'off' | 'after-delay' | 'when-requested';
  enabled: boolean;
};

const toDraft = (a: SipAccountSettings | undefined): Draft => ({
  id: a?.id ?? '',
  displayName: a?.displayName ?? '',
  server: a?.server ?? 'wss://',
  user: a?.user ?? '',
  authUser: a?.authUser ?? '',
  domain: a?.domain ?? '',
  realm: a?.realm ?? '',
  outboundProxy: a?.outboundProxy ?? '',
  stun: (a?.iceServers ?? []).flatMap((s) => [s.urls].flat()).join(', '),
  password: '',
  dtmfMode: a?.dtmfMode ?? 'rfc4733',
  recordingPolicy: a?.recording.policy ?? 'off',
  retentionDays: String(a?.recording.retentionDays ?? 90),
  autoAnswer: a?.autoAnswer.mode ?? 'off',
  autoAnswerDelayMs: String(a?.autoAnswer.delayMs ?? 0),
  enabled: a?.enabled ?? true,
});

const optional = (v: string) => (v.trim() === '' ? undefined : v.trim());

/** Builds the settings object from the form; validation is the shared zod schema, so main agrees. */
function fromDraft(d: Draft) {
  const id = optional(d.id) ?? `${d.user}@${d.domain}`.replace(/[^A-Za-z0-9._-]/g, '-');
  return SipAccountSettings.safeParse({
    id,
    server: d.server.trim(),
    user: d.user.trim(),
    domain: d.domain.trim(),
    authUser: optional(d.authUser),
    realm: optional(d.realm),
    displayName: optional(d.displayName),
    outboundProxy: optional(d.outboundProxy),
    iceServers: d.stun.split(/[\s,]+/).filter(Boolean).map((urls) => ({ urls })),
    dtmfMode: d.dtmfMode,
    enabled: d.enabled,
    recording: { policy: d.recordingPolicy, retentionDays: Number(d.retentionDays) },
    autoAnswer: { mode: d.autoAnswer, delayMs: Number(d.autoAnswerDelayMs) },
  });
}

export function SipAccountForm({ initial, existingIds, onSave, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const uiLanguage = uiLanguageOf(i18n.language);
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: keyof Draft) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setDraft((d) => ({ ...d, [key]: e.target.type === 'checkbox' ? (e.target as HTMLInputElement).checked : e.target.value }));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = fromDraft(draft);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? 'form'), issueText(i, uiLanguage)])));
      return;
    }
    if (!initial && existingIds.includes(parsed.data.id)) {
      setErrors({ id: t('sipAccounts.duplicateId') });
      return;
    }
    if (!initial && draft.password === '') {
      setErrors({ password: t('sipAccounts.passwordRequired') });
      return;
    }
    setErrors({});
    await onSave(parsed.data, optional(draft.password));
  };

  const field = (key: keyof Draft, type = 'text', hint?: string) => (
    <label className="field" key={key}>
      <span>{t(`sipAccounts.field.${key}`)}</span>
      <input
        type={type}
        value={draft[key] as string}
        onChange={set(key)}
        data-testid={`sip-account-${key}`}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] ? `sip-error-${key}` : undefined}
        autoComplete={type === 'password' ? 'new-password' : 'off'}
        placeholder={hint}
      />
      {errors[key] && (
        <span className="error" id={`sip-error-${key}`}>
          {errors[key]}
        </span>
      )}
    </label>
  );

  return (
    <form className="account-form" onSubmit={(e) => void submit(e)} aria-label={t('sipAccounts.formLabel')}>
      <div className="form-grid">
        {field('displayName')}
        {field('server', 'text', 'wss://pbx.example.com:8089/ws')}
        {field('user')}
        {field('domain', 'text', 'pbx.example.com')}
        {field('password', 'password', initial ? t('sipAccounts.passwordKeep') : undefined)}
        {field('authUser')}
        {field('realm')}
        {field('outboundProxy', 'text', 'sip:proxy.example.com;lr')}
        {field('stun', 'text', 'stun:stun.example.com:3478')}
        {field('id')}
        <label className="field">
          <span>{t('sipAccounts.field.dtmfMode')}</span>
          <select value={draft.dtmfMode} onChange={set('dtmfMode')} data-testid="sip-account-dtmfMode">
            <option value="rfc4733">RFC 4733</option>
            <option value="info">SIP INFO</option>
          </select>
        </label>
        <label className="field">
          <span>{t('sipAccounts.field.recordingPolicy')}</span>
          <select value={draft.recordingPolicy} onChange={set('recordingPolicy')} data-testid="sip-account-recordingPolicy">
            {(['off', 'on-demand', 'always'] as const).map((p) => (
              <option key={p} value={p}>
                {t(`sipAccounts.recording.${p}`)}
              </option>
            ))}
          </select>
        </label>
        {field('retentionDays', 'number')}
        <label className="field">
          <span>{t('sipAccounts.field.autoAnswer')}</span>
          <select value={draft.autoAnswer} onChange={set('autoAnswer')} data-testid="sip-account-autoAnswer">
            {(['off', 'after-delay', 'when-requested'] as const).map((p) => (
              <option key={p} value={p}>
                {t(`sipAccounts.autoAnswer.${p}`)}
              </option>
            ))}
          </select>
        </label>
        {draft.autoAnswer === 'after-delay' && field('autoAnswerDelayMs', 'number')}
        <label className="field checkbox">
          <input type="checkbox" checked={draft.enabled} onChange={set('enabled')} data-testid="sip-account-enabled" />
          <span>{t('sipAccounts.field.enabled')}</span>
        </label>
      </div>
      {errors.form && <p className="error">{errors.form}</p>}
      <div className="form-actions">
        <button type="submit" className="primary" data-testid="sip-account-save">
          {t('sipAccounts.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('sipAccounts.cancel')}
        </button>
      </div>
    </form>
  );
}
