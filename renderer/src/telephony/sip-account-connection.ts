// One SIP account on the wire: a sip.js UserAgent + Registerer that keeps itself connected.
// When the WebSocket drops it reconnects forever with capped backoff (and at once on the
// browser's `online` event), then registers again.
import {
  Registerer,
  RegistererState,
  SIPExtension,
  URI,
  UserAgent,
  UserAgentState,
  type Invitation,
  type SessionDescriptionHandlerFactory,
} from 'sip.js';
import type { SipAccount } from '../../../common/sip/account';
import { defaultBackoff, reconnectDelay, type BackoffOptions } from '../../../common/sip/reconnect-backoff';
import { sipResponseReason } from '../../../common/sip/response-reasons';
import type { SipMessage } from '../../../common/sip/messages';
import type { AccountView, RegistrationState, TransportState } from './engine-types';
import { WebSocketTransport } from './web-socket-transport';

export interface AccountConnectionDeps {
  readonly sessionDescriptionHandlerFactory: SessionDescriptionHandlerFactory;
  readonly onInvite: (invitation: Invitation) => void;
  readonly onChange: () => void;
  readonly backoff?: BackoffOptions;
}

export class SipAccountConnection {
  readonly userAgent: UserAgent;
  private readonly registerer: Registerer;
  private registration: RegistrationState = 'unregistered';
  private transport: TransportState = 'disconnected';
  private reason: SipMessage | undefined;
  /** True while the agent wants to be registered; drives reconnection. */
  private wanted = false;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onOnline = (): void => this.reconnectNow();

  constructor(
    readonly account: SipAccount,
    private readonly deps: AccountConnectionDeps,
  ) {
    this.userAgent = new UserAgent({
      uri: new URI('sip', account.user, account.domain),
      displayName: account.displayName,
      authorizationUsername: account.authUser ?? account.user,
      authorizationPassword: account.password,
      authorizationHa1: account.ha1,
      preloadedRouteSet: account.outboundProxy === undefined ? [] : [`<${account.outboundProxy}>`],
      // sip.js's own transport can hang in "Connecting" on a socket blocked by the page's CSP
      transportConstructor: WebSocketTransport,
      transportOptions: { server: account.server, traceSip: false },
      // We reconnect ourselves: sip.js gives up after a fixed number of attempts.
      reconnectionAttempts: 0,
      sipExtensionReplaces: SIPExtension.Supported, // to be the target of an attended transfer
      logLevel: 'error',
      sessionDescriptionHandlerFactory: deps.sessionDescriptionHandlerFactory,
      sessionDescriptionHandlerFactoryOptions: {
        peerConnectionConfiguration: { iceServers: account.iceServers },
        // sip.js sends the INVITE only when gathering ends. Host candidates arrive within a few
        // ms but Chromium reports "complete" much later, and every ms here is post-dial delay
        // (bench: p50 dial→ringing 144 ms at 500 ms, 122 ms at 100 ms). STUN/TURN need longer.
        iceGatheringTimeout: account.iceServers.length === 0 ? 100 : 2000,
      },
      delegate: {
        onInvite: (invitation) => deps.onInvite(invitation),
        onConnect: () => this.onConnected(),
        onDisconnect: (error) => this.onDisconnected(error),
      },
    });
    this.registerer = new Registerer(this.userAgent, { expires: account.registerExpiresS });
    this.registerer.stateChange.addListener((state) => {
      if (state === RegistererState.Registered) this.setRegistration('registered');
      else if (state === RegistererState.Unregistered && this.registration !== 'failed') this.setRegistration('unregistered');
    });
  }

  get view(): AccountView {
    return {
      id: this.account.id,
      aor: this.userAgent.configuration.uri.toString(),
      registration: this.registration,
      transport: this.transport,
      ...(this.reason === undefined ? {} : { reason: this.reason }),
    };
  }

  async register(): Promise<void> {
    this.wanted = true;
    globalThis.addEventListener?.('online', this.onOnline);
    if (this.transport !== 'connected') {
      await this.connect();
      return; // onConnected registers
    }
    await this.sendRegister();
  }

  async unregister(): Promise<void> {
    this.wanted = false;
    globalThis.removeEventListener?.('online', this.onOnline);
    clearTimeout(this.retryTimer);
    if (this.registerer.state === RegistererState.Registered) await this.registerer.unregister().catch(() => undefined);
    this.setRegistration('unregistered');
  }

  async dispose(): Promise<void> {
    await this.unregister();
    await this.registerer.dispose().catch(() => undefined);
    await this.userAgent.stop();
  }

  /** Skip the backoff wait: the network just came back. */
  reconnectNow(): void {
    if (!this.wanted || this.transport !== 'disconnected') return;
    clearTimeout(this.retryTimer);
    this.attempt = 0;
    void this.connect();
  }

  private async connect(): Promise<void> {
    this.setTransport('connecting');
    try {
      if (this.userAgent.isConnected()) return this.onConnected();
      // start() opens the transport the first time; reconnect() after a drop
      await (this.userAgent.state === UserAgentState.Started ? this.userAgent.reconnect() : this.userAgent.start());
    } catch {
      this.onDisconnected(new Error('connect failed'));
    }
  }

  private onConnected(): void {
    this.attempt = 0;
    this.reason = undefined;
    this.setTransport('connected');
    if (this.wanted) void this.sendRegister();
  }

  private onDisconnected(error: Error | undefined): void {
    this.setTransport('disconnected');
    if (error !== undefined) this.reason = { key: 'sip.transport' };
    if (this.registration === 'registered' || this.registration === 'registering') this.setRegistration('unregistered');
    if (!this.wanted) return;
    clearTimeout(this.retryTimer);
    const delay = reconnectDelay(this.attempt++, this.deps.backoff ?? defaultBackoff);
    this.retryTimer = setTimeout(() => void this.connect(), delay);
  }

  private async sendRegister(): Promise<void> {
    this.setRegistration('registering');
    await this.registerer
      .register({
        requestDelegate: {
          // sip.js keeps its Registerer "Registered" across a transport drop, so a re-REGISTER
          // fires no stateChange: the 200 itself is the signal.
          onAccept: () => this.setRegistration('registered'),
          onReject: (response) => {
            this.reason = sipResponseReason(response.message.statusCode ?? 500);
            this.setRegistration('failed');
          },
        },
      })
      .catch(() => {
        this.reason = { key: 'sip.transport' };
        this.setRegistration('failed');
      });
  }

  private setRegistration(state: RegistrationState): void {
    if (state === 'registered') this.reason = undefined;
    this.registration = state;
    this.deps.onChange();
  }

  private setTransport(state: TransportState): void {
    this.transport = state;
    this.deps.onChange();
  }
}
