import type { DevicesService } from '../devices/devices-service';
import type { Handlers } from '../ipc/router';

type DevicesChannel = 'devices:status' | 'headset:setActive' | 'headset:setCallState' | 'gateway:command';

export function devicesHandlers(devices: DevicesService): Pick<Handlers, DevicesChannel> {
  return {
    'devices:status': () => devices.status(),
    'headset:setActive': ({ id }) => (devices.setActiveHeadset(id), {}),
    'headset:setCallState': (state) => (devices.setCallState(state), {}),
    'gateway:command': async (command) => (await devices.gateway(command), {}),
  };
}
