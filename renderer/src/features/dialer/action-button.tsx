// A call action button that names its shortcut in the tooltip and to assistive technology.
import { shortcuts, type CallCommand } from './shortcuts';

interface Props {
  command: CallCommand;
  label: string;
  onClick: () => void;
  tone?: 'go' | 'stop' | 'plain';
  pressed?: boolean;
  disabled?: boolean;
  testId: string;
}

export function ActionButton({ command, label, onClick, tone = 'plain', pressed, disabled, testId }: Props) {
  const key = shortcuts[command];
  return (
    <button
      type="button"
      className={`call-action call-action-${tone}`}
      onClick={onClick}
      disabled={disabled}
      aria-pressed={pressed}
      aria-keyshortcuts={key}
      title={`${label} (${key})`}
      data-testid={testId}
    >
      {label} <kbd>{key}</kbd>
    </button>
  );
}
