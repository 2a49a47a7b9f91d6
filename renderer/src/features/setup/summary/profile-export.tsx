import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getBridge, unwrap } from '../../../platform/page-bridge';
import { errorSentence } from '../../../ui-shared/error-text';

// Downloads this desk's profile (settings without secrets) as a JSON file for the next desk.
export function ProfileExport() {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const run = async () => {
    try {
      const { json, fileName } = await unwrap(getBridge().api.profile.export({}));
      const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setMessage({ ok: true, text: t('wizard.profile.exported', { file: fileName }) });
    } catch (error) {
      setMessage({ ok: false, text: t('wizard.profile.exportFailed', { message: errorSentence(t, error) }) });
    }
  };
  return (
    <div className="wizard-tool">
      <button type="button" onClick={() => void run()} data-testid="profile-export">
        {t('wizard.profile.export')}
      </button>
      <p className="muted">{t('wizard.profile.exportHint')}</p>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'} data-testid="profile-export-result">
          {message.text}
        </p>
      )}
    </div>
  );
}
