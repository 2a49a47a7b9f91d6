// The route lookup's query string, checked without parsing the caller's number on every lookup.
// Parsing a number with full metadata costs ~10-30 µs, more than the rest of the lookup, and the
// phone memo cannot hold every caller. A caller already written in E.164 that matches a live
// binding needs no parsing: stored numbers are parsed E.164, which parses back to itself, so the
// answer is the one parsing would give. Anything else (no match, other spellings) is parsed exactly
// as RouteQuery does, with the same 400 for a bad number.
import { z } from 'zod';
import { Phone, type Route } from '../../../common/binding/binding-api';
import { AppError } from '../../app-error';
import type { Vault } from '../../security/vault';
import { lookupRoute, type FindRoute } from './find-route';

/** RouteQuery with the caller left raw; x stays parsed (a pool's X numbers are few, so memoised). */
export const RouteQueryRawCaller = z.strictObject({ caller: z.string().min(3).max(32), x: Phone });

const E164_SHAPE = /^\+[1-9]\d{5,14}$/;

export async function lookupRawCaller(findRoute: FindRoute, vault: Vault, tenantId: string, caller: string, x: string, now: number): Promise<Route | null> {
  if (E164_SHAPE.test(caller)) {
    const hit = await lookupRoute(findRoute, vault, tenantId, caller, x, now);
    if (hit) return hit;
  }
  const parsed = Phone.safeParse(caller);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: '/caller', message: i.message }));
    throw new AppError(400, 'INVALID_REQUEST', `invalid querystring: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`, { issues });
  }
  return parsed.data === caller ? null : lookupRoute(findRoute, vault, tenantId, parsed.data, x, now);
}
