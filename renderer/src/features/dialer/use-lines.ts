// The lines the agent can dial on: every SIP account in settings (with its registration state, or why
// it is not registered) and every gateway line the devices process found.
import { useApp } from '../../ui-shared/app-store';
import type { Problem } from '../../phone/problem';
import { usePhone, type LineRef } from '../../phone/phone-store';
import type { AccountView } from '../../telephony';
import type { GatewayLine } from '../../../../common/devices/gateway-api';

export type LineOption =
  | {
      readonly ref: LineRef;
      readonly kind: 'sip';
      /** the display name, else user@domain */
      readonly label: string;
      /** user@domain when the label is a display name */
      readonly address?: string;
      readonly enabled: boolean;
      readonly view?: AccountView;
      readonly problem?: Problem;
    }
  | { readonly ref: LineRef; readonly kind: 'gateway'; readonly label: string; readonly enabled: boolean; readonly gateway: GatewayLine };

export function useLines(): LineOption[] {
  const accounts = useApp((s) => s.settings?.sip.accounts);
  const gatewayLines = useApp((s) => s.devices?.gatewayLines);
  const views = usePhone((s) => s.accounts);
  const problems = usePhone((s) => s.accountProblems);
  const sip: LineOption[] = (accounts ?? []).map((a) => {
    const view = views.find((v) => v.id === a.id);
    const problem = problems[a.id];
    return {
      ref: { via: 'sip', id: a.id },
      kind: 'sip',
      label: a.displayName || `${a.user}@${a.domain}`,
      ...(a.displayName ? { address: `${a.user}@${a.domain}` } : {}),
      enabled: a.enabled,
      ...(view ? { view } : {}),
      ...(problem ? { problem } : {}),
    };
  });
  const gateways: LineOption[] = (gatewayLines ?? []).map((g) => ({
    ref: { via: 'gateway', id: g.id },
    kind: 'gateway',
    label: [g.kind.toUpperCase(), g.operator, g.port].filter(Boolean).join(' · '),
    enabled: g.state === 'online',
    gateway: g,
  }));
  return [...sip, ...gateways];
}

export const sameLine = (a: LineRef | undefined, b: LineRef | undefined): boolean => a !== undefined && b !== undefined && a.via === b.via && a.id === b.id;

/** The remembered line while it still exists, else the first registered (or usable) one. */
export function effectiveLine(lines: readonly LineOption[], chosen: LineRef | undefined): LineRef | undefined {
  if (lines.some((l) => sameLine(l.ref, chosen))) return chosen;
  const ready = lines.find((l) => (l.kind === 'sip' ? l.view?.registration === 'registered' : l.enabled));
  return (ready ?? lines.find((l) => l.enabled))?.ref;
}
