// Keeps the machine awake while a call is up, and re-lights the headset after sleep (USB devices lose
// their LED state across suspend).
import { powerMonitor, powerSaveBlocker } from 'electron';
import type { DevicesService } from '../node/devices/devices-service';

export function followCallsForPower(devices: DevicesService): void {
  let blocker: number | undefined;
  devices.onCallState(({ phase }) => {
    if (phase !== 'idle' && blocker === undefined) blocker = powerSaveBlocker.start('prevent-app-suspension');
    if (phase === 'idle' && blocker !== undefined) {
      powerSaveBlocker.stop(blocker);
      blocker = undefined;
    }
  });
  powerMonitor.on('resume', () => devices.resendHeadsetState());
}
