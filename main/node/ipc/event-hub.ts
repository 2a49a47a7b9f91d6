// main → renderer events. Payloads are validated against the contract before they leave main; sinks
// are the Electron window (webContents.send) or the harness's WebSocket clients.
import { eventChannels, type EventChannel, type EventPayload } from '../../../common/ipc/contract';
import type { Logger } from '../logging/logger';

export type EventSink = (channel: EventChannel, payload: unknown) => void;

export interface EventHub {
  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void;
  addSink(sink: EventSink): () => void;
}

export function createEventHub(log: Logger): EventHub {
  const sinks = new Set<EventSink>();
  return {
    emit(channel, payload) {
      const parsed = eventChannels[channel].safeParse(payload);
      if (!parsed.success) return log.error('ipc: refused to emit an invalid event', { channel });
      for (const sink of sinks) {
        try {
          sink(channel, parsed.data);
        } catch (error) {
          log.warn('ipc: event sink failed', { channel, error: String(error) });
        }
      }
    },
    addSink(sink) {
      sinks.add(sink);
      return () => sinks.delete(sink);
    },
  };
}
