import type { SipMessage } from '../../../../../common/sip/messages';

/**
 * The wizard's "what to do next" for a registration failure. A browser WebSocket does not say whether
 * DNS, TLS or the network failed, so a transport failure names all three (TLS only for wss://).
 */
export function registrationHintKey(reason: SipMessage | undefined, server: string): string {
  switch (reason?.key) {
    case 'sip.transport':
      return server.startsWith('wss://') ? 'wizard.sip.hint.transportTls' : 'wizard.sip.hint.transport';
    case 'sip.401':
    case 'sip.407':
      return 'wizard.sip.hint.auth';
    case 'sip.403':
      return 'wizard.sip.hint.forbidden';
    case 'sip.404':
      return 'wizard.sip.hint.notFound';
    case 'sip.408':
      return 'wizard.sip.hint.timeout';
    default:
      return 'wizard.sip.hint.other';
  }
}
