// Presses a control on the harness's virtual headset, as a hand on a real one would.
import { HARNESS_PORT, HARNESS_TOKEN } from '../harness-env';

export async function pressHeadset(control: 'hookOff' | 'hookOn' | 'mute' | 'flash' | 'redial' | 'reject'): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${HARNESS_PORT}/test/headset/${control}`, { method: 'POST', headers: { 'X-Dialdeck-Token': HARNESS_TOKEN } });
  if (res.status !== 204) throw new Error(`headset ${control}: HTTP ${res.status}`);
}
