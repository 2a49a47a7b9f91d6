// The number field: paste anything (separators and full-width digits are cleaned, hostile text is
// refused with the reason before anything is sent), Enter dials on the chosen line through placeCall
// (compliance check, then optionally a privacy number from the binding server).
import { useState, type ClipboardEvent, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDialTarget } from '../../../../common/sip/dial-target';
import { normalizeDialInput } from '../../phone/dial-input';
import { placeCall } from '../../phone/place-call';
import { sipProblem } from '../../phone/problem';
import { showProblem, usePhone, type LineRef } from '../../phone/phone-store';
import { useDialerUi } from './dialer-ui';
import { PrivacyPicker } from './privacy-picker';
import { shortcuts } from './shortcuts';

interface Props {
  line: LineRef | undefined;
  value: string;
  onChange: (value: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
}

export function DialForm({ line, value, onChange, inputRef }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const refused = usePhone((s) => s.problem?.hint === 'dialer.hintFixNumber' || s.problem?.hint === 'dialer.hintPasteRefused');
  const privacy = useDialerUi((s) => s.privacy);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      if ((await placeCall(line, { number: value }, { privacy })).placed) onChange('');
    } finally {
      setBusy(false);
    }
  };

  // the clipboard text is judged as pasted: an <input> would silently drop CR/LF and hide the attack
  const paste = (event: ClipboardEvent<HTMLInputElement>) => {
    const raw = event.clipboardData.getData('text');
    event.preventDefault();
    const text = normalizeDialInput(raw);
    const parsed = parseDialTarget(text);
    if (!parsed.ok && parsed.error.key === 'dial.forbiddenCharacter') {
      showProblem(sipProblem(parsed.error, 'dialer.hintPasteRefused'));
      return;
    }
    showProblem(undefined);
    const input = event.currentTarget;
    const start = input.selectionStart ?? value.length;
    const end = input.selectionEnd ?? value.length;
    onChange(normalizeDialInput(value.slice(0, start) + text + value.slice(end)));
  };

  return (
    <form className="dial-form" onSubmit={(e) => void submit(e)} data-testid="dial-form">
      <label htmlFor="dial-number">{t('dialer.number')}</label>
      <div className="dial-row">
        <input
          id="dial-number"
          ref={inputRef}
          className="dial-number"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onPaste={paste}
          autoComplete="off"
          spellCheck={false}
          inputMode="tel"
          maxLength={256}
          placeholder={t('dialer.numberPlaceholder')}
          aria-keyshortcuts={shortcuts.focusNumber}
          aria-describedby="dial-problem"
          aria-invalid={refused || undefined}
          data-testid="dial-number"
        />
        <button type="submit" className="primary dial-button" disabled={busy || value.trim() === ''} aria-keyshortcuts="Enter" title={t('dialer.dialTitle')} data-testid="dial-button">
          {t('dialer.dial')}
        </button>
      </div>
      <PrivacyPicker />
    </form>
  );
}
