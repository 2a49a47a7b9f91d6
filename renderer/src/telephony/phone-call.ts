// One call: a sip.js Session driven through the common call state machine. The engine owns the
// list of calls; this class owns what can happen to a single one.
import { Inviter, SessionState, type Info, type Invitation, type Referral, type Session, type URI, type Web } from 'sip.js';
import { transition, type CallEndReason, type CallEvent, type CallSnapshot, initialCall } from '../../../common/call/call-state';
import { decideAutomaticOutcome, outcomeFromSipAttempt, outcomeFromTone, type ToneDetection, type ToneKind } from '../../../common/outcome';
import type { SipMessage } from '../../../common/sip/messages';
import { sipResponseReason } from '../../../common/sip/response-reasons';
import { CallAudio } from './call-audio';
import { EarlyMediaTones } from './early-media-tones';
import { PhoneError, type AutoOutcome, type CallView, type DtmfMode } from './engine-types';

export interface PhoneCallDeps {
  readonly clock: () => number;
  readonly onChange: () => void;
  readonly speakerId: () => string | undefined;
  /** Called once when the session has media, and once when it is gone. */
  readonly onMedia: (call: PhoneCall, present: boolean) => void;
  /** The far end asks us to call someone else (we are being transferred). */
  readonly onRefer: (call: PhoneCall, referral: Referral) => void;
  /** Where early media is analysed for carrier tones. */
  readonly audioContext: () => AudioContext;
}

export interface DialOptions {
  /** Give up (CANCEL) when the far end has been ringing this long, and call it noAnswer. */
  readonly noAnswerTimeoutSeconds?: number;
}

/** Tones after which the attempt cannot succeed: we hang up instead of making the agent listen. */
const endsAttempt = (kind: ToneKind): boolean => outcomeFromTone(kind) !== undefined;

const answerOptions = { sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } } };

export class PhoneCall {
  private call: CallSnapshot;
  private failure: SipMessage | undefined;
  private readonly audio: CallAudio;
  muted = false;
  recording = false;
  conferenced = false;
  autoAnswerAt: number | undefined;
  /** DTMF digits the far end sent by SIP INFO (RFC 4733 digits are not visible to WebRTC). */
  receivedDtmf = '';
  private earlyMedia = false;
  private heardTone: ToneKind | undefined;
  private tones: EarlyMediaTones | undefined;
  private ringingStartedAt: number | undefined;
  private noAnswerTimer: ReturnType<typeof setTimeout> | undefined;
  private noAnswerTimeoutSeconds: number | undefined;
  private finalResponse: { code: number; reason?: string } | undefined;
  /** a 180/183 came back: the INVITE got past our server into the network */
  private reachedNetwork = false;
  private autoOutcome: AutoOutcome | undefined;

  constructor(
    readonly id: string,
    readonly accountId: string,
    readonly session: Session,
    private readonly deps: PhoneCallDeps,
  ) {
    this.call = initialCall(deps.clock());
    this.audio = new CallAudio(deps.speakerId());
    session.stateChange.addListener((state) => this.onSessionState(state));
    session.delegate = {
      onInfo: (info) => this.onInfo(info),
      onRefer: (referral) => deps.onRefer(this, referral),
    };
    this.apply(session instanceof Inviter ? { type: 'dial' } : { type: 'incoming' });
  }

  get direction(): 'outbound' | 'inbound' {
    return this.session instanceof Inviter ? 'outbound' : 'inbound';
  }

  get state(): CallSnapshot['state'] {
    return this.call.state;
  }

  get view(): CallView {
    const remote = this.session.remoteIdentity;
    return {
      id: this.id,
      accountId: this.accountId,
      direction: this.direction,
      remoteUri: remote.uri.toString(),
      ...(remote.displayName ? { remoteName: remote.displayName } : {}),
      state: this.call.state,
      muted: this.muted,
      recording: this.recording,
      conferenced: this.conferenced,
      receivedDtmf: this.receivedDtmf,
      createdAt: this.call.createdAt,
      ...(this.autoAnswerAt === undefined ? {} : { autoAnswerAt: this.autoAnswerAt }),
      ...(this.call.answeredAt === undefined ? {} : { answeredAt: this.call.answeredAt }),
      ...(this.call.endedAt === undefined ? {} : { endedAt: this.call.endedAt }),
      ...(this.call.endReason === undefined ? {} : { endReason: this.call.endReason }),
      ...(this.failure === undefined ? {} : { failure: this.failure }),
      ...(this.earlyMedia ? { earlyMedia: true } : {}),
      ...(this.heardTone === undefined ? {} : { heardTone: this.heardTone }),
      ...(this.autoOutcome === undefined ? {} : { autoOutcome: this.autoOutcome }),
    };
  }

  /** The Web session description handler, present once media negotiation started. */
  get media(): Web.SessionDescriptionHandler | undefined {
    return this.session.sessionDescriptionHandler as Web.SessionDescriptionHandler | undefined;
  }

  /** Sends the INVITE (outbound calls only). */
  async dial(options: DialOptions = {}): Promise<void> {
    if (!(this.session instanceof Inviter)) throw new PhoneError('Only outbound calls can be dialled');
    this.noAnswerTimeoutSeconds = options.noAnswerTimeoutSeconds;
    await this.session.invite({
      requestDelegate: {
        // 18x (sip.js reports 100 Trying separately); with an SDP answer sip.js has applied it already
        onProgress: (response) => {
          this.reachedNetwork = true;
          if ((response.message.statusCode ?? 0) >= 180) this.startRinging();
          if (this.call.state === 'dialing') this.apply({ type: 'progress' });
          if (response.message.body) this.onEarlyMedia();
        },
        onReject: (response) => {
          const code = response.message.statusCode ?? 500;
          const reason = response.message.getHeader('reason');
          this.finalResponse = { code, ...(reason === undefined ? {} : { reason }) };
          this.failure = sipResponseReason(code);
          this.endWith(code === 487 ? 'cancelled' : 'rejected', code);
        },
      },
    });
  }

  /** Ends a call that could not be set up locally (no microphone, transport down…). */
  async fail(error: unknown): Promise<void> {
    // the browser's own text is English for the console; the agent gets the sentence for what happened
    console.warn('call could not be set up', error);
    this.failure = setupFailure(error);
    this.endWith('failed');
    if (this.session instanceof Inviter) await this.session.cancel().catch(() => undefined);
    else await (this.session as Invitation).reject({ statusCode: 500 }).catch(() => undefined);
  }

  async answer(): Promise<void> {
    this.assertState(['ringing'], 'answer');
    await (this.session as Invitation).accept(answerOptions);
  }

  async reject(): Promise<void> {
    this.assertState(['ringing'], 'reject');
    this.endWith('rejected', 486);
    await (this.session as Invitation).reject({ statusCode: 486 });
  }

  async hangup(): Promise<void> {
    const state = this.call.state;
    if (state === 'ended' || state === 'wrap-up' || state === 'idle') return;
    this.endWith(state === 'ringing' ? 'rejected' : state === 'dialing' || state === 'early' ? 'cancelled' : 'local-hangup');
    if (this.session.state === SessionState.Established) await this.session.bye();
    else if (this.session instanceof Inviter) await this.session.cancel();
    else await (this.session as Invitation).reject({ statusCode: 486 });
  }

  async hold(): Promise<void> {
    this.assertState(['connected'], 'hold');
    await this.reinvite(true);
    // sendonly alone would still carry the agent's voice to the held customer
    this.media?.enableSenderTracks(false);
    this.apply({ type: 'hold' });
  }

  async unhold(): Promise<void> {
    this.assertState(['held'], 'resume');
    await this.reinvite(false);
    this.apply({ type: 'unhold' });
    this.setMuted(this.muted); // a re-INVITE re-enables the sender tracks
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    if (this.call.state === 'connected') this.media?.enableSenderTracks(!muted);
    this.deps.onChange();
  }

  async sendDtmf(tones: string, mode: DtmfMode): Promise<void> {
    if (!/^[0-9A-D*#]{1,32}$/i.test(tones)) throw new PhoneError(`DTMF accepts only 0-9, A-D, * and #, got "${tones}"`);
    this.assertState(['connected'], 'send DTMF');
    if (mode === 'rfc4733') {
      if (this.media?.sendDtmf(tones, { duration: 100, interToneGap: 70 }) !== true) {
        throw new PhoneError('The far end did not negotiate RFC 4733 telephone-event');
      }
      return;
    }
    for (const tone of tones) await this.sendInfoDtmf(tone);
  }

  async blindTransfer(target: URI): Promise<void> {
    await this.refer(target);
  }

  async attendedTransfer(consultation: PhoneCall): Promise<void> {
    await this.refer(consultation.session);
  }

  setSpeaker(speakerId: string | undefined): Promise<void> {
    return this.audio.setSpeaker(speakerId);
  }

  /** Moves an ended call into after-call work or straight back to idle. */
  finish(next: 'wrap-up' | 'done'): void {
    this.apply({ type: next });
  }

  private async refer(target: URI | Session): Promise<void> {
    this.assertState(['connected', 'held'], 'transfer');
    this.apply({ type: 'transfer' });
    await new Promise<void>((resolve, reject) => {
      this.session
        .refer(target, {
          requestDelegate: {
            onAccept: () => resolve(),
            onReject: (response) => {
              this.apply({ type: 'transfer-failed' });
              reject(new PhoneError('The transfer was refused', sipResponseReason(response.message.statusCode ?? 500)));
            },
          },
        })
        .catch(reject);
    });
  }

  /** Ringing counts from 180/183 (or a heard ringback), not from the INVITE: slow setup is not the callee's time. */
  private startRinging(): void {
    if (this.ringingStartedAt !== undefined) return;
    this.ringingStartedAt = this.deps.clock();
    const seconds = this.noAnswerTimeoutSeconds;
    if (seconds === undefined) return;
    this.noAnswerTimer = setTimeout(() => {
      if (this.call.state === 'dialing' || this.call.state === 'early') void this.hangup().catch(() => undefined);
    }, seconds * 1000);
  }

  /** 183 with SDP: the agent hears the far end's announcements, and we listen for carrier tones. */
  private onEarlyMedia(): void {
    const media = this.media;
    if (this.earlyMedia || media === undefined || this.call.state !== 'early') return;
    this.earlyMedia = true;
    this.audio.play(media.remoteMediaStream);
    this.tones = new EarlyMediaTones(this.deps.audioContext(), media.remoteMediaStream, (detection) => this.onTone(detection));
    this.deps.onChange();
  }

  private onTone({ kind }: ToneDetection): void {
    if (this.call.state !== 'early') return;
    if (kind === 'ringback') this.startRinging();
    // a busy tone after ringback says more than the ringback did
    if (this.heardTone === undefined || endsAttempt(kind)) this.heardTone = kind;
    this.deps.onChange();
    if (endsAttempt(kind)) void this.hangup().catch(() => undefined);
  }

  private stopListening(): void {
    this.tones?.stop();
    this.tones = undefined;
    clearTimeout(this.noAnswerTimer);
  }

  private decideOutcome(reason: CallEndReason): AutoOutcome {
    const final = outcomeFromSipAttempt({
      answered: this.call.answeredAt !== undefined,
      ...(this.finalResponse === undefined ? {} : { statusCode: this.finalResponse.code }),
      ...(this.finalResponse?.reason === undefined ? {} : { reasonHeader: this.finalResponse.reason }),
      ended: reason === 'cancelled' ? 'cancelled' : reason === 'failed' ? 'failed' : 'other',
      reachedNetwork: this.reachedNetwork,
    });
    const timeout = this.noAnswerTimeoutSeconds;
    return decideAutomaticOutcome({
      final,
      ...(this.heardTone === undefined ? {} : { tone: this.heardTone }),
      // without a timeout an agent's CANCEL is just a cancellation, however long it rang
      ...(timeout === undefined || this.ringingStartedAt === undefined ? {} : { ringingStartedAt: this.ringingStartedAt }),
      endedAt: this.deps.clock(),
      noAnswerTimeoutSeconds: timeout ?? 60,
    });
  }

  private reinvite(hold: boolean): Promise<void> {
    const options: Web.SessionDescriptionHandlerOptions = { ...answerOptions.sessionDescriptionHandlerOptions, hold };
    this.session.sessionDescriptionHandlerOptionsReInvite = options;
    return new Promise<void>((resolve, reject) => {
      this.session
        .invite({
          requestDelegate: {
            onAccept: () => resolve(),
            onReject: (r) => reject(new PhoneError(`${hold ? 'Hold' : 'Resume'} refused`, sipResponseReason(r.message.statusCode ?? 500))),
          },
        })
        .catch(reject);
    });
  }

  /** SIP INFO application/dtmf-relay; resolves on the 200, not when sent (sip.js resolves early). */
  private sendInfoDtmf(tone: string): Promise<void> {
    const content = `Signal=${tone}\r\nDuration=100\r\n`;
    return new Promise<void>((resolve, reject) => {
      this.session
        .info({
          requestOptions: { body: { contentDisposition: 'render', contentType: 'application/dtmf-relay', content } },
          requestDelegate: {
            onAccept: () => resolve(),
            onReject: (r) => reject(new PhoneError(`DTMF INFO refused with ${r.message.statusCode}`)),
          },
        })
        .catch(reject);
    });
  }

  private onInfo(info: Info): void {
    const { body } = info.request;
    const signal = /^Signal=\s*([0-9A-D*#])/im.exec(body)?.[1];
    if (info.request.getHeader('content-type')?.startsWith('application/dtmf-relay') && signal !== undefined) {
      this.receivedDtmf += signal.toUpperCase();
      this.deps.onChange();
    }
    void info.accept();
  }

  private onSessionState(state: SessionState): void {
    if (state === SessionState.Established) {
      this.stopListening();
      if (['dialing', 'early', 'ringing'].includes(this.call.state)) this.apply({ type: 'answered' });
      const media = this.media;
      if (media !== undefined) this.audio.play(media.remoteMediaStream);
      if (this.muted) media?.enableSenderTracks(false);
      this.deps.onMedia(this, true);
    } else if (state === SessionState.Terminated) {
      this.audio.stop();
      this.deps.onMedia(this, false);
      // sip.js reports Terminated before it hands the final failure response to dial()'s
      // onReject; wait a microtask so a rejected call ends as 'rejected' with its SIP code.
      queueMicrotask(() => {
        if (this.call.state === 'transferring') this.endWith('transferred');
        else if (this.call.state === 'ringing') this.endWith('cancelled');
        else this.endWith('remote-hangup');
      });
    }
  }

  private endWith(reason: CallEndReason, sipCode?: number): void {
    if (this.call.state === 'ended' || this.call.state === 'wrap-up' || this.call.state === 'idle') return;
    this.stopListening();
    if (this.direction === 'outbound') this.autoOutcome = this.decideOutcome(reason);
    this.apply({ type: 'end', reason, ...(sipCode === undefined ? {} : { sipCode }) });
  }

  private apply(event: CallEvent): void {
    this.call = transition(this.call, event, this.deps.clock());
    this.deps.onChange();
  }

  private assertState(allowed: readonly CallSnapshot['state'][], action: string): void {
    if (!allowed.includes(this.call.state)) throw new PhoneError(`Cannot ${action} a call that is ${this.call.state}`);
  }
}

/** getUserMedia's failures by their DOMException name, anything else as a call that could not be set up. */
const MEDIA_FAILURES: Readonly<Record<string, SipMessage['key']>> = {
  NotAllowedError: 'call.micDenied',
  SecurityError: 'call.micDenied',
  NotFoundError: 'call.micMissing',
  OverconstrainedError: 'call.micMissing',
  NotReadableError: 'call.micBusy',
  AbortError: 'call.micBusy',
};

export function setupFailure(error: unknown): SipMessage {
  const name = (error as { name?: unknown } | null)?.name;
  return { key: (typeof name === 'string' && Object.hasOwn(MEDIA_FAILURES, name) && MEDIA_FAILURES[name]) || 'call.setupFailed' };
}
