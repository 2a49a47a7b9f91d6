// A file field whose button speaks the UI language: the browser's own file input says "Choose File /
// No file chosen" in the browser's language, whatever language the agent picked for Dialdeck.
import type { InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { label: string; className?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'className'>;

export function FilePick({ label, className = 'field', ...input }: Props) {
  const { t } = useTranslation();
  return (
    <label className={className}>
      <span>{label}</span>
      <span className="file-pick">
        <input type="file" className="sr-only" {...input} />
        <span className="file-pick-button" aria-hidden="true">
          {t('app.pickFile')}
        </span>
      </span>
    </label>
  );
}
