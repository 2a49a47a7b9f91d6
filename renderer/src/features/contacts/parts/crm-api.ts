// The contacts screens' only door to main: the contract's crm.* and files.* methods, unwrapped.
import { getBridge, unwrap } from '../../../platform/page-bridge';
import type { DialdeckApi } from '../../../../../common/ipc/derive-bridge';
import type { IpcResult } from '../../../../../common/ipc/result';

type Crm = DialdeckApi['crm'];
type Files = DialdeckApi['files'];
type Unwrapped<T> = { [K in keyof T]: T[K] extends (req: infer R) => Promise<IpcResult<infer V>> ? (req: R) => Promise<V> : T[K] };

function unwrapped<T extends object>(pick: () => T): Unwrapped<T> {
  return new Proxy({} as Unwrapped<T>, {
    get: (_target, method: string) => {
      const fn = (pick() as Record<string, unknown>)[method];
      if (typeof fn !== 'function') return undefined;
      return method.startsWith('on') ? fn : (req: unknown) => unwrap((fn as (r: unknown) => Promise<IpcResult<unknown>>)(req));
    },
  });
}

/** crm.search(req) → Promise<SearchPage>, failures thrown as IpcCallError; onX(listener) unchanged. */
export const crm = unwrapped<Crm>(() => getBridge().api.crm);
export const files = unwrapped<Files>(() => getBridge().api.files);
