// Every call action's key, in one table: the keyboard hook, the buttons' aria-keyshortcuts and
// tooltips, and the on-screen key list all read it, so they cannot disagree.
export type CallCommand = 'focusNumber' | 'redial' | 'answer' | 'hangup' | 'reject' | 'hold' | 'mute' | 'transfer' | 'conference' | 'record';

export const shortcuts: Readonly<Record<CallCommand, string>> = {
  focusNumber: 'F2',
  redial: 'F3',
  record: 'F4',
  answer: 'F5',
  hangup: 'F6',
  reject: 'Shift+F6',
  hold: 'F7',
  mute: 'F8',
  transfer: 'F9',
  conference: 'F10',
};

/** The command a key press means, if any ("F7" → hold). */
export function commandFor(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>): CallCommand | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const pressed = `${event.shiftKey ? 'Shift+' : ''}${event.key}`;
  return (Object.keys(shortcuts) as CallCommand[]).find((c) => shortcuts[c] === pressed);
}

export const dtmfKeys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;
