import type { GatewayEvent } from '../../../../common/at/events';
import { GatewaySession, type GatewayInfo } from '../../../../common/at/session';
import type { Family } from '../../../../common/at/drivers/family';
import { openSerialLink, type SerialLink } from './serial-link';
import { systemClock } from './system-clock';

export interface ConnectionOptions {
  baudRate: number;
  heartbeatMs: number;
  family?: Family;
  onEvent(event: GatewayEvent): void;
  onLost(reason: string): void;
  /** The module rebooted and is being initialised again on the same port; settles when that is done. */
  onRestart(reason: string, reinitialised: Promise<GatewayInfo>): void;
  /** Only read identity and status (diagnostics): configure nothing and send no heartbeat. */
  surveyOnly?: boolean;
}

/** Missed heartbeats in a row that mean the module died silently (one miss can be a busy module). */
const HEARTBEAT_MISSES = 2;

/**
 * One open AT port with its session: initialises the module, sends a heartbeat while idle and reports loss
 * exactly once, whichever sign comes first (write error, close, missed heartbeats).
 */
export class GatewayConnection {
  private lost = false;
  private heartbeat: NodeJS.Timeout | undefined;
  private misses = 0;

  private constructor(
    readonly session: GatewaySession,
    readonly link: SerialLink,
    private readonly options: ConnectionOptions,
  ) {}

  static async open(path: string, options: ConnectionOptions): Promise<GatewayConnection> {
    // The session and the link need each other; the holder breaks the cycle.
    const ref: { link?: SerialLink; connection?: GatewayConnection } = {};
    const session = new GatewaySession({
      clock: systemClock,
      family: options.family,
      write: (data) => ref.link?.write(data),
      emit: (event) => options.onEvent(event),
      onRestart: (reason, reinitialised) => options.onRestart(reason, reinitialised),
    });
    const link = await openSerialLink(path, options.baudRate, {
      onData: (chunk) => session.feed(chunk),
      onLost: (reason) => ref.connection?.markLost(reason),
    });
    ref.link = link;
    const connection = new GatewayConnection(session, link, options);
    ref.connection = connection;
    try {
      if (options.surveyOnly) await session.survey();
      else await session.initialise();
    } catch (error) {
      await connection.close();
      throw error;
    }
    if (!options.surveyOnly) connection.startHeartbeat();
    return connection;
  }

  get info(): GatewayInfo {
    return this.session.info;
  }

  get isLost(): boolean {
    return this.lost;
  }

  markLost(reason: string): void {
    if (this.lost) return;
    this.lost = true;
    clearInterval(this.heartbeat);
    this.session.portLost();
    void this.link.close();
    this.options.onLost(reason);
  }

  async close(): Promise<void> {
    this.lost = true;
    clearInterval(this.heartbeat);
    this.session.portLost();
    await this.link.close();
  }

  private startHeartbeat(): void {
    this.heartbeat = setInterval(() => {
      if (this.session.engine.busy) return;
      void this.session.heartbeat().then((ok) => {
        this.misses = ok ? 0 : this.misses + 1;
        if (this.misses >= HEARTBEAT_MISSES) this.markLost('no answer to heartbeat');
      });
    }, this.options.heartbeatMs);
  }
}
