import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../../ui-shared/app-store';
import { getBridge, unwrap } from '../../../platform/page-bridge';
import { errorSentence } from '../../../ui-shared/error-text';

// Linux: a headset the user may not open needs the bundled udev rule. Open by itself when a headset is
// 'permission-denied'; otherwise available, folded, for installers who prepare a desk in advance.
export function UdevFix() {
  const { t } = useTranslation();
  const linux = useApp((s) => s.info?.platform === 'linux');
  const denied = useApp((s) => s.devices?.headsets.some((h) => h.status === 'permission-denied') ?? false);
  const [rule, setRule] = useState<{ rule: string; commands: string }>();
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  if (!linux && !denied) return null;

  const load = () => {
    if (!rule) void unwrap(getBridge().api.setup.udevRule({})).then(setRule, (e: unknown) => setResult({ ok: false, text: errorSentence(t, e) }));
  };
  const install = async () => {
    setBusy(true);
    setResult(undefined);
    try {
      await unwrap(getBridge().api.setup.installUdevRule({}));
      setResult({ ok: true, text: t('wizard.udev.installed') });
    } catch (error) {
      setResult({ ok: false, text: errorSentence(t, error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="wizard-block udev" open={denied || undefined} onToggle={(e) => (e.currentTarget.open ? load() : undefined)} data-testid="udev-fix">
      <summary>{denied ? t('wizard.udev.deniedTitle') : t('wizard.udev.title')}</summary>
      <p>{t('wizard.udev.intro')}</p>
      {rule && (
        <>
          <h4>{t('wizard.udev.rule')}</h4>
          <pre data-testid="udev-rule">{rule.rule}</pre>
          <h4>{t('wizard.udev.commands')}</h4>
          <pre data-testid="udev-commands">{rule.commands}</pre>
        </>
      )}
      <button type="button" onClick={() => void install()} disabled={busy} data-testid="udev-install">
        {t('wizard.udev.install')}
      </button>
      {result && (
        <div role={result.ok ? 'status' : 'alert'} className={result.ok ? 'ok' : 'error'} data-testid="udev-result">
          <p>{result.text}</p>
          {!result.ok && <p>{t('wizard.udev.whatNext')}</p>}
        </div>
      )}
    </details>
  );
}
