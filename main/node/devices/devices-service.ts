// Main's view of the devices process: the current lists of headsets, serial ports and gateway lines,
// headset and gateway events, and gateway commands answered by request id. After a restart of the
// process it re-sends the call state, so headset LEDs come back as they were.
import type { GatewayCommand, GatewayEventMessage } from '../../../common/devices/gateway-api';
import type { CallState, HeadsetButtonEvent } from '../../../common/hid/headset-api';
import type { GatewaySettings } from '../../../common/settings/gateways';
import type { VirtualControl } from '../../../common/devices/host-protocol';
import type { DevicesStatus } from '../../../common/ipc/schemas';
import { DomainError } from '../../../common/ipc/result';
import type { DevicesSupervisor } from './supervisor';
import { asFailureReason, reason } from '../../../common/ipc/failure-reason';

export interface DevicesService {
  status(): DevicesStatus;
  onStatus(listener: (status: DevicesStatus) => void): () => void;
  onHeadsetButton(listener: (event: HeadsetButtonEvent) => void): () => void;
  onGatewayEvent(listener: (message: GatewayEventMessage) => void): () => void;
  setActiveHeadset(id: string): void;
  setCallState(state: CallState): void;
  /** the call state as the page last reported it (e.g. to keep the machine awake during calls) */
  onCallState(listener: (state: CallState) => void): () => void;
  resendHeadsetState(): void;
  gateway(command: GatewayCommand): Promise<void>;
  /** presses a control of the harness's virtual headset (no-op with real hardware) */
  pressVirtual(control: VirtualControl): void;
  /** which serial ports gateways may be probed on (settings.gateways); re-sent to every new devices process */
  setProbePolicy(policy: GatewaySettings): void;
}

export function createDevicesService(supervisor: DevicesSupervisor, gatewayTimeoutMs = 60_000): DevicesService {
  let lists: Pick<DevicesStatus, 'headsets' | 'serialPorts' | 'gatewayLines'> = { headsets: [], serialPorts: [], gatewayLines: [] };
  let callState: CallState = { phase: 'idle', muted: false };
  let probePolicy: GatewaySettings | undefined;
  let nextRequest = 1;
  const pending = new Map<number, { resolve(): void; reject(e: Error): void; timer: ReturnType<typeof setTimeout> }>();
  const statusListeners = new Set<(s: DevicesStatus) => void>();
  const buttonListeners = new Set<(e: HeadsetButtonEvent) => void>();
  const gatewayListeners = new Set<(m: GatewayEventMessage) => void>();
  const callStateListeners = new Set<(s: CallState) => void>();

  const status = (): DevicesStatus => ({ ...supervisor.status(), ...lists });
  const publish = () => statusListeners.forEach((l) => l(status()));
  const subscribe = <T>(set: Set<T>, listener: T) => (set.add(listener), () => void set.delete(listener));

  supervisor.onStatus((processStatus) => {
    if (processStatus.process === 'running') supervisor.send({ type: 'headset:setCallState', state: callState });
    if (processStatus.process === 'running' && probePolicy) supervisor.send({ type: 'gateway:probePolicy', policy: probePolicy });
    if (processStatus.process !== 'running') {
      // a dead process answers nothing: fail what was waiting rather than letting it hang
      for (const [id, waiter] of pending) {
        clearTimeout(waiter.timer);
        waiter.reject(new DomainError('UNAVAILABLE', 'the devices process restarted; try again', reason('devices.restarted')));
        pending.delete(id);
      }
    }
    publish();
  });
  supervisor.onMessage((message) => {
    switch (message.type) {
      case 'serialPorts':
        lists = { ...lists, serialPorts: message.ports };
        return publish();
      case 'headset:devices':
        lists = { ...lists, headsets: message.devices };
        return publish();
      case 'gateway:lines':
        lists = { ...lists, gatewayLines: message.lines };
        return publish();
      case 'headset:button':
        return buttonListeners.forEach((l) => l(message.event));
      case 'gateway:event':
        return gatewayListeners.forEach((l) => l(message.message));
      case 'gateway:result': {
        const waiter = pending.get(message.requestId);
        pending.delete(message.requestId);
        if (!waiter) return;
        clearTimeout(waiter.timer);
        if (message.error) waiter.reject(new DomainError('REFUSED', message.error, asFailureReason(message.reason) ?? reason('gateway.refused')));
        else waiter.resolve();
        return;
      }
    }
  });

  return {
    status,
    onStatus: (l) => subscribe(statusListeners, l),
    onHeadsetButton: (l) => subscribe(buttonListeners, l),
    onGatewayEvent: (l) => subscribe(gatewayListeners, l),
    setActiveHeadset(id) {
      // a stale screen may name a headset unplugged since: answered here, the devices process never sees it
      const headset = status().headsets.find((h) => h.id === id);
      if (!headset) throw new DomainError('NOT_FOUND', 'that headset is no longer plugged in', reason('headset.gone'));
      if (headset.status !== 'ok') throw new DomainError('REFUSED', `that headset cannot be used: ${headset.reason ?? headset.status}`, reason('headset.unusable'));
      supervisor.send({ type: 'headset:setActive', id });
    },
    setCallState(state) {
      callState = state;
      supervisor.send({ type: 'headset:setCallState', state });
      callStateListeners.forEach((l) => l(state));
    },
    onCallState: (l) => subscribe(callStateListeners, l),
    resendHeadsetState: () => supervisor.send({ type: 'headset:resendAll' }),
    gateway(command) {
      if (supervisor.status().process !== 'running') return Promise.reject(new DomainError('UNAVAILABLE', 'the devices process is not running', reason('devices.notRunning')));
      const requestId = nextRequest++;
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(requestId);
          reject(new DomainError('UNAVAILABLE', 'the gateway did not answer in time', reason('gateway.timeout')));
        }, gatewayTimeoutMs);
        pending.set(requestId, { resolve, reject, timer });
        supervisor.send({ type: 'gateway:request', requestId, command });
      });
    },
    pressVirtual: (control) => supervisor.send({ type: 'virtual:press', control }),
    setProbePolicy(policy) {
      // settings change for many reasons; only a changed policy makes the devices process decide again
      if (probePolicy && JSON.stringify(probePolicy) === JSON.stringify(policy)) return;
      probePolicy = policy;
      supervisor.send({ type: 'gateway:probePolicy', policy });
    },
  };
}
