import type { Handlers } from '../ipc/router';
import type { MainServices } from '../services';

type DialerHandlers = Pick<Handlers, Extract<keyof Handlers, `dialer:${string}` | `privacy:${string}`>>;

export function dialerHandlers(_s: MainServices): DialerHandlers {
  return {} as DialerHandlers;
}
