import type { Handlers } from '../ipc/router';
import type { MainServices } from '../services';

type StatsHandlers = Pick<Handlers, Extract<keyof Handlers, `stats:${string}`>>;

export function statsHandlers(_s: MainServices): StatsHandlers {
  return {} as StatsHandlers;
}
