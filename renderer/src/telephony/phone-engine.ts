// The phone: accounts, calls and devices behind one small observable API that React renders
// and a headset can drive. Framework-free; every change produces a new EngineSnapshot.
import { Inviter, SessionState, URI, Web, type Invitation, type Referral, type SessionDescriptionHandlerModifier } from 'sip.js';
import { isLive } from '../../../common/call/call-state';
import { parseSipAccount, type SipAccount, type SipAccountInput } from '../../../common/sip/account';
import { autoAnswerDelay, type AutoAnswerPolicy } from '../../../common/sip/auto-answer';
import { parseDialTarget, type DialTarget } from '../../../common/sip/dial-target';
import { formatSipMessage } from '../../../common/sip/messages';
import type { BackoffOptions } from '../../../common/sip/reconnect-backoff';
import { preferCodecs } from '../../../common/sip/sdp-codec-order';
import { AudioDevices, type SelectedDevices } from './audio-devices';
import { CallRecorder, type RecordingHook } from './call-recorder';
import { ConferenceMixer } from './conference-mixer';
import {
  PhoneError,
  type AccountPolicy,
  type DeviceSelection,
  type DtmfMode,
  type EngineSnapshot,
  type RecordingPolicy,
  type SnapshotListener,
} from './engine-types';
import { LevelMeter } from './level-meter';
import { PhoneCall } from './phone-call';
import { Ringer } from './ringer';
import { SipAccountConnection } from './sip-account-connection';

export interface PhoneEngineOptions {
  readonly clock?: () => number;
  readonly mediaDevices?: MediaDevices;
  /** Replaces the microphone as the source of outgoing audio (tests send tones through it). */
  readonly openMicrophone?: () => Promise<MediaStream>;
  /** Defaults for accounts added without their own policy. */
  readonly autoAnswer?: AutoAnswerPolicy;
  readonly recording?: RecordingPolicy;
  readonly onRecording?: RecordingHook;
  readonly ringtoneUrl?: string;
  readonly backoff?: BackoffOptions;
}

export interface CallOptions {
  /** Which account dials; the first one added when omitted. */
  readonly accountId?: string;
  /** Adds Call-Info answer-after=0 so the far phone answers by itself (intercom). */
  readonly requestAutoAnswer?: boolean;
  /** CANCEL after the far end has rung this long; the call's autoOutcome is then noAnswer (timeout). */
  readonly noAnswerTimeoutSeconds?: number;
}

export class PhoneEngine {
  private readonly accounts = new Map<string, SipAccountConnection>();
  private readonly calls = new Map<string, PhoneCall>();
  private readonly recorders = new Map<string, CallRecorder>();
  private readonly listeners = new Set<SnapshotListener>();
  private readonly clock: () => number;
  private readonly devices: AudioDevices;
  private readonly ringer: Ringer;
  private activeConference: { mixer: ConferenceMixer; callIds: [string, string] } | undefined;
  private audioContext: AudioContext | undefined;
  private current: EngineSnapshot = { accounts: [], calls: [] };
  /** Per account, so two calls at once each follow their own account's auto-answer and recording. */
  private readonly policies = new Map<string, AccountPolicy>();
  private readonly defaultPolicy: AccountPolicy;

  constructor(private readonly options: PhoneEngineOptions = {}) {
    this.clock = options.clock ?? Date.now;
    this.defaultPolicy = { autoAnswer: options.autoAnswer ?? { mode: 'off' }, recording: options.recording ?? 'off' };
    this.ringer = new Ringer(options.ringtoneUrl);
    this.devices = new AudioDevices(options.mediaDevices ?? navigator.mediaDevices, (changed) => {
      if (changed.microphone) void this.switchMicrophone();
      if (changed.speaker) for (const call of this.calls.values()) void call.setSpeaker(undefined);
    });
  }

  // ---- observation ------------------------------------------------------------------------

  snapshot(): EngineSnapshot {
    return this.current;
  }

  /** Calls `listener` now and after every change; returns the unsubscribe function. */
  subscribe(listener: SnapshotListener): () => void {
    this.listeners.add(listener);
    listener(this.current);
    return () => this.listeners.delete(listener);
  }

  // ---- accounts ---------------------------------------------------------------------------

  addAccount(input: SipAccountInput, policy: Partial<AccountPolicy> = {}): string {
    const account = parseSipAccount(input);
    if (this.accounts.has(account.id)) throw new PhoneError(`An account with id "${account.id}" already exists`);
    this.policies.set(account.id, { ...this.defaultPolicy, ...policy });
    const connection = new SipAccountConnection(account, {
      sessionDescriptionHandlerFactory: Web.defaultSessionDescriptionHandlerFactory(() => this.openMicrophone()),
      onInvite: (invitation) => this.onInvite(account, invitation),
      onChange: () => this.publish(),
      ...(this.options.backoff === undefined ? {} : { backoff: this.options.backoff }),
    });
    this.accounts.set(account.id, connection);
    this.publish();
    return account.id;
  }

  async removeAccount(id: string): Promise<void> {
    await this.account(id).dispose();
    this.accounts.delete(id);
    this.policies.delete(id);
    this.publish();
  }

  async register(id: string): Promise<void> {
    return this.account(id).register();
  }

  async unregister(id: string): Promise<void> {
    return this.account(id).unregister();
  }

  /** Changes what one account does by itself; applies to its next call (and `always` recording to its next answer). */
  setAccountPolicy(id: string, policy: Partial<AccountPolicy>): void {
    this.account(id);
    this.policies.set(id, { ...this.policyOf(id), ...policy });
  }

  accountPolicy(id: string): AccountPolicy {
    this.account(id);
    return this.policyOf(id);
  }

  // ---- calls ------------------------------------------------------------------------------

  /** Dials what the agent typed. Refuses bad input before anything is sent. Returns the call id. */
  async call(target: string, options: CallOptions = {}): Promise<string> {
    const parsed = parseDialTarget(target);
    if (!parsed.ok) throw new PhoneError(formatSipMessage(parsed.error), parsed.error);
    const connection = options.accountId === undefined ? this.firstAccount() : this.account(options.accountId);
    await this.holdOthers(undefined);
    const inviter = new Inviter(connection.userAgent, this.requestUri(parsed.target, connection.account), {
      sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } },
      // play and analyse a 183's media (carrier tones, announcements); needs an INVITE that does not fork
      earlyMedia: true,
      // intercom / whisper: ask the far phone to pick up by itself (it may refuse)
      extraHeaders: options.requestAutoAnswer ? [`Call-Info: <sip:${connection.account.domain}>;answer-after=0`] : [],
    });
    const call = this.track(connection.account, inviter);
    const dialOptions = options.noAnswerTimeoutSeconds === undefined ? {} : { noAnswerTimeoutSeconds: options.noAnswerTimeoutSeconds };
    await call.dial(dialOptions).catch((error: unknown) => call.fail(error));
    return call.id;
  }

  async answer(callId: string): Promise<void> {
    await this.holdOthers(callId);
    await this.get(callId).answer();
  }

  async reject(callId: string): Promise<void> {
    return this.get(callId).reject();
  }

  async hangup(callId: string): Promise<void> {
    return this.get(callId).hangup();
  }

  async hold(callId: string): Promise<void> {
    return this.get(callId).hold();
  }

  async unhold(callId: string): Promise<void> {
    await this.holdOthers(callId);
    await this.get(callId).unhold();
  }

  mute(callId: string, muted: boolean): void {
    this.get(callId).setMuted(muted);
  }

  /** Sends DTMF in the call's account mode unless `mode` overrides it. */
  async sendDtmf(callId: string, tones: string, mode?: DtmfMode): Promise<void> {
    const call = this.get(callId);
    return call.sendDtmf(tones, mode ?? this.account(call.accountId).account.dtmfMode);
  }

  /** REFER the far end to `target` (validated like a dial string). */
  async blindTransfer(callId: string, target: string): Promise<void> {
    const call = this.get(callId);
    const parsed = parseDialTarget(target);
    if (!parsed.ok) throw new PhoneError(formatSipMessage(parsed.error), parsed.error);
    return call.blindTransfer(this.requestUri(parsed.target, this.account(call.accountId).account));
  }

  /** REFER with Replaces: connects the far end of `callId` to the far end of `consultationId`. */
  async attendedTransfer(callId: string, consultationId: string): Promise<void> {
    return this.get(callId).attendedTransfer(this.get(consultationId));
  }

  /** Joins two calls into a local 3-way conference (both are taken off hold). */
  async conference(callIdA: string, callIdB: string): Promise<void> {
    if (this.activeConference !== undefined) throw new PhoneError('A conference is already running');
    const calls = [this.get(callIdA), this.get(callIdB)] as const;
    for (const call of calls) if (call.state === 'held') await call.unhold();
    const legs = calls.map((call) => {
      const media = call.media;
      const sender = media?.peerConnection?.getSenders().find((s) => s.track?.kind === 'audio');
      if (media === undefined || sender?.track == null) throw new PhoneError(`Call ${call.id} has no audio to conference`);
      return { sender, microphone: sender.track, remote: media.remoteMediaStream };
    });
    const mixer = new ConferenceMixer(this.context(), [legs[0]!, legs[1]!]);
    await mixer.start();
    this.activeConference = { mixer, callIds: [callIdA, callIdB] };
    for (const call of calls) call.conferenced = true;
    this.publish();
  }

  async splitConference(): Promise<void> {
    const conference = this.activeConference;
    if (conference === undefined) return;
    this.activeConference = undefined;
    await conference.mixer.stop();
    for (const id of conference.callIds) {
      const call = this.calls.get(id);
      if (call !== undefined) call.conferenced = false;
    }
    this.publish();
  }

  startRecording(callId: string): void {
    const call = this.get(callId);
    if (this.policyOf(call.accountId).recording === 'off') throw new PhoneError('Recording is switched off by policy');
    const media = call.media;
    if (media === undefined || this.recorders.has(callId)) return;
    const hook = this.options.onRecording ?? (() => undefined);
    this.recorders.set(callId, new CallRecorder(this.context(), callId, media.localMediaStream, media.remoteMediaStream, hook));
    call.recording = true;
    this.publish();
  }

  stopRecording(callId: string): void {
    this.recorders.get(callId)?.stop();
    this.recorders.delete(callId);
    const call = this.calls.get(callId);
    if (call !== undefined) call.recording = false;
    this.publish();
  }

  /** The call's WebRTC connection, for diagnostics (getStats) and far-end meters. */
  peerConnection(callId: string): RTCPeerConnection | undefined {
    return this.get(callId).media?.peerConnection;
  }

  /** After an ended call: 'wrap-up' keeps it for after-call work, 'done' removes it. */
  finishCall(callId: string, next: 'wrap-up' | 'done'): void {
    const call = this.get(callId);
    call.finish(next);
    if (next === 'done') this.calls.delete(callId);
    this.publish();
  }

  // ---- devices ----------------------------------------------------------------------------

  listDevices(): ReturnType<AudioDevices['list']> {
    return this.devices.list();
  }

  /** Applies at once: a new microphone is swapped into live calls with replaceTrack. */
  async setDevices(selection: DeviceSelection): Promise<void> {
    const selected = this.devices.selected;
    const micChanged = 'microphoneId' in selection && selection.microphoneId !== selected.microphoneId;
    if ('microphoneId' in selection) selected.microphoneId = selection.microphoneId;
    if ('speakerId' in selection) selected.speakerId = selection.speakerId;
    if (selection.ringerIds !== undefined) selected.ringerIds = [...selection.ringerIds];
    if (micChanged) await this.switchMicrophone();
    if ('speakerId' in selection) for (const call of this.calls.values()) await call.setSpeaker(selected.speakerId);
  }

  selectedDevices(): SelectedDevices {
    const { microphoneId, speakerId, ringerIds } = this.devices.selected;
    return { microphoneId, speakerId, ringerIds: [...ringerIds] };
  }

  /** A level meter on the selected microphone, for the settings page and the call bar. */
  async meterMicrophone(): Promise<LevelMeter & { readonly track: MediaStreamTrack }> {
    const [track] = (await this.openMicrophone()).getAudioTracks();
    if (track === undefined) throw new PhoneError('The microphone produced no audio track');
    const meter = new LevelMeter(this.context(), track);
    return Object.assign(meter, { track });
  }

  async dispose(): Promise<void> {
    for (const call of this.calls.values()) await call.hangup().catch(() => undefined);
    for (const connection of this.accounts.values()) await connection.dispose();
    this.devices.dispose();
    this.ringer.stop();
    await this.audioContext?.close();
  }

  // ---- internals --------------------------------------------------------------------------

  private onInvite(account: SipAccount, invitation: Invitation): void {
    const call = this.track(account, invitation);
    if (invitation.replacee !== undefined) {
      // attended transfer: this INVITE replaces a call we already have, so take it at once
      void call.answer();
      return;
    }
    const othersLive = [...this.calls.values()].some((other) => other !== call && isLive(other.state));
    const delay = othersLive
      ? undefined // call waiting: never auto-answer over a running call
      : autoAnswerDelay(this.policyOf(account.id).autoAnswer, {
          callInfo: invitation.request.getHeaders('call-info'),
          alertInfo: invitation.request.getHeaders('alert-info'),
          answerMode: invitation.request.getHeaders('answer-mode'),
        });
    if (delay !== undefined) {
      call.autoAnswerAt = this.clock() + delay;
      setTimeout(() => {
        if (call.state === 'ringing') void this.answer(call.id);
      }, delay);
    }
    this.publish();
  }

  /** We are the transferee: call the REFER target, then drop the call that referred us. */
  private onRefer(account: SipAccount, from: PhoneCall, referral: Referral): void {
    void referral.accept().then(async () => {
      const inviter = referral.makeInviter({ sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } } });
      const call = this.track(account, inviter);
      inviter.stateChange.addListener((state) => {
        if (state === SessionState.Established) void from.hangup();
      });
      await call.dial().catch((error: unknown) => call.fail(error));
    });
  }

  private track(account: SipAccount, session: Inviter | Invitation): PhoneCall {
    const codecs: SessionDescriptionHandlerModifier = (description) =>
      Promise.resolve({ ...description, sdp: preferCodecs(description.sdp ?? '', account.codecs) });
    session.sessionDescriptionHandlerModifiers = [codecs];
    session.sessionDescriptionHandlerModifiersReInvite = [codecs];
    const call: PhoneCall = new PhoneCall(crypto.randomUUID(), account.id, session, {
      clock: this.clock,
      onChange: () => this.publish(),
      speakerId: () => this.devices.selected.speakerId,
      onMedia: (c, present) => this.onMedia(c, present),
      onRefer: (c, referral) => this.onRefer(account, c, referral),
      audioContext: () => this.context(),
    });
    this.calls.set(call.id, call);
    return call;
  }

  private onMedia(call: PhoneCall, present: boolean): void {
    if (present && this.policyOf(call.accountId).recording === 'always') this.startRecording(call.id);
    if (!present) {
      if (this.recorders.has(call.id)) this.stopRecording(call.id);
      if (this.activeConference?.callIds.includes(call.id)) void this.splitConference();
    }
  }

  /** Only one call talks at a time: the others go on hold (call waiting, new outbound call). */
  private async holdOthers(exceptId: string | undefined): Promise<void> {
    for (const call of this.calls.values()) {
      if (call.id !== exceptId && call.state === 'connected' && !call.conferenced) await call.hold();
    }
  }

  private async switchMicrophone(): Promise<void> {
    for (const call of this.calls.values()) {
      const sender = call.media?.peerConnection?.getSenders().find((s) => s.track?.kind === 'audio');
      if (sender === undefined || call.conferenced || !isLive(call.state)) continue;
      const [track] = (await this.openMicrophone()).getAudioTracks();
      if (track === undefined) continue;
      const old = sender.track;
      await sender.replaceTrack(track);
      track.enabled = !call.muted && call.state !== 'held';
      old?.stop();
    }
  }

  private openMicrophone(): Promise<MediaStream> {
    return this.options.openMicrophone?.() ?? this.devices.openMicrophone();
  }

  private requestUri(target: DialTarget, account: SipAccount): URI {
    if (target.kind === 'uri') return new URI(target.scheme, target.user, target.host, target.port);
    const [host, port] = account.domain.split(/:(?=\d+$)/);
    return new URI('sip', target.user, host ?? account.domain, port === undefined ? undefined : Number(port));
  }

  private context(): AudioContext {
    this.audioContext ??= new AudioContext();
    return this.audioContext;
  }

  private policyOf(accountId: string): AccountPolicy {
    return this.policies.get(accountId) ?? this.defaultPolicy;
  }

  private firstAccount(): SipAccountConnection {
    const [first] = this.accounts.values();
    if (first === undefined) throw new PhoneError('Add a SIP account before dialling');
    return first;
  }

  private account(id: string): SipAccountConnection {
    const connection = this.accounts.get(id);
    if (connection === undefined) throw new PhoneError(`No SIP account with id "${id}"`);
    return connection;
  }

  private get(callId: string): PhoneCall {
    const call = this.calls.get(callId);
    if (call === undefined) throw new PhoneError(`No call with id "${callId}"`);
    return call;
  }

  private publish(): void {
    const ringing = [...this.calls.values()].some((call) => call.state === 'ringing');
    if (ringing) this.ringer.start(this.devices.selected.ringerIds);
    else this.ringer.stop();
    this.current = {
      accounts: [...this.accounts.values()].map((a) => a.view),
      calls: [...this.calls.values()].map((c) => c.view),
    };
    for (const listener of this.listeners) listener(this.current);
  }
}
