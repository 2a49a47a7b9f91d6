// Browser side of a lab "carrier": a bare sip.js UA that answers every INVITE the way a PSTN gateway
// does before the callee picks up: 183 Session Progress with SDP (early media) playing a scripted
// tone cadence (busy, SIT, ringback…), or a plain 180, and then optionally a final refusal with a Reason
// header. It never answers 200. This is the far end the engine's tone detection is proven against.
import { Registerer, RegistererState, UserAgent, Web, type Invitation } from 'sip.js';

/** One step of the far end's audio; hz 0 is silence. The list repeats. */
export interface ToneStep {
  readonly hz: number;
  readonly ms: number;
}

export interface CarrierScript {
  readonly user: string;
  readonly server: string;
  readonly domain: string;
  /** 183 with SDP playing `tones`, or 180 without media. */
  readonly progress: 183 | 180;
  readonly tones: readonly ToneStep[];
  /** After this long, refuse with `code` and optionally a Reason header. */
  readonly reject?: { readonly afterMs: number; readonly code: number; readonly reason?: string };
}

export interface CarrierLog {
  readonly invites: number;
  readonly cancelled: number;
  readonly events: string[];
}

/** An oscillator whose frequency and gain follow `steps` (repeated) for the next `seconds`. */
function scriptedTone(context: AudioContext, steps: readonly ToneStep[], seconds = 120): MediaStream {
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  const destination = context.createMediaStreamDestination();
  oscillator.connect(gain).connect(destination);
  let t = context.currentTime;
  const end = t + seconds;
  gain.gain.setValueAtTime(0, t);
  while (t < end) {
    for (const step of steps) {
      if (step.hz > 0) oscillator.frequency.setValueAtTime(step.hz, t);
      gain.gain.setValueAtTime(step.hz > 0 ? 0.5 : 0, t);
      t += step.ms / 1000;
    }
  }
  oscillator.start();
  return destination.stream;
}

export async function startCarrier(script: CarrierScript): Promise<CarrierLog & { stop(): Promise<void> }> {
  const context = new AudioContext();
  await context.resume();
  const log = { invites: 0, cancelled: 0, events: [] as string[] };
  const onInvite = (invitation: Invitation): void => {
    log.invites += 1;
    log.events.push('invite');
    invitation.delegate = {
      onCancel: () => {
        log.cancelled += 1;
        log.events.push('cancel');
      },
    };
    // the tone starts with the 183, as a switch plays it when it has decided the call's fate
    void invitation
      .progress({ statusCode: script.progress })
      .then(() => log.events.push(`sent ${script.progress}`))
      .catch((error: unknown) => log.events.push(`progress failed: ${String(error)}`));
    const { reject } = script;
    if (reject !== undefined) {
      setTimeout(() => {
        void invitation
          .reject({ statusCode: reject.code, ...(reject.reason === undefined ? {} : { extraHeaders: [`Reason: ${reject.reason}`] }) })
          .then(() => log.events.push(`sent ${reject.code}`))
          .catch((error: unknown) => log.events.push(`reject failed: ${String(error)}`));
      }, reject.afterMs);
    }
  };
  const ua = new UserAgent({
    uri: UserAgent.makeURI(`sip:${script.user}@${script.domain}`),
    transportOptions: { server: script.server },
    logLevel: 'error',
    sessionDescriptionHandlerFactory: Web.defaultSessionDescriptionHandlerFactory(() => Promise.resolve(scriptedTone(context, script.tones))),
    sessionDescriptionHandlerFactoryOptions: { peerConnectionConfiguration: { iceServers: [] }, iceGatheringTimeout: 500 },
    delegate: { onInvite },
  });
  await ua.start();
  const registerer = new Registerer(ua, { expires: 300 });
  const registered = new Promise<void>((resolve, reject) => {
    registerer.stateChange.addListener((state) => state === RegistererState.Registered && resolve());
    setTimeout(() => reject(new Error(`carrier ${script.user} did not register`)), 5000);
  });
  await registerer.register();
  await registered;
  return Object.assign(log, {
    stop: async () => {
      await registerer.unregister().catch(() => undefined);
      await ua.stop();
      await context.close();
    },
  });
}
