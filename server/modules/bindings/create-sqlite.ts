// The SQLite fast path of createBinding (create.ts): the same get-or-create, idempotency check,
// release of the two parties' expired bindings, choice of X and collision rule, but as prepared
// statements run synchronously inside the connection's group commit (db/sqlite-batch.ts) instead of
// a dozen Kysely queries, each built and compiled per bind. The batch transaction is BEGIN
// IMMEDIATE and every bind runs in its own savepoint, so nothing can slip between a check and its
// insert; the party_slots primary key still enforces the collision rule underneath.
import { createHash } from 'node:crypto';
import type SQLite from 'better-sqlite3';
import type { CreateBinding } from '../../../common/binding/binding-api';
import { allocateX, type CandidateX } from '../../../common/binding/allocator';
import { isUniqueViolation } from '../../db/connect';
import { timeOrderedId } from '../../db/ids';
import type { BindingTable } from '../../db/db-schema';
import { AppError } from '../../app-error';
import type { Vault } from '../../security/vault';
import type { EventType } from '../events/outbox';
import type { CreateResult } from './create';
import { newBindingRow } from './new-row';
import { collision } from './pick-x';

const MAX_ATTEMPTS = 10;
const COLUMNS = ['id', 'tenant_id', 'pool_id', 'x', 'mode', 'a_hash', 'b_hash', 'a_enc', 'b_enc', 'record', 'status', 'created_at', 'expires_at',
  'release_after_call_s', 'active_calls', 'last_call_ended_at', 'effective_expires_at', 'ended_at', 'end_reason'] as const;

type Ended = Pick<BindingTable, 'id' | 'tenant_id' | 'pool_id' | 'x' | 'a_hash' | 'b_hash'>;

/**
 * A synchronous get-or-create, run as a batch job without an outer savepoint: it reads, then writes
 * only in its own nested transactions, so a bind that fails leaves nothing half-done.
 */
export type SqliteBind = (tenantId: string, req: CreateBinding, now: number, idempotencyKey?: string) => CreateResult;

export function sqliteBinder(sqlite: SQLite.Database, vault: Vault): SqliteBind {
  const s = {
    pool: sqlite.prepare<[string, string], { cooldown_seconds: number }>('SELECT cooldown_seconds FROM pools WHERE id = ? AND tenant_id = ?'),
    cooldownOf: sqlite.prepare<[string], { cooldown_seconds: number }>('SELECT cooldown_seconds FROM pools WHERE id = ?'),
    idempotent: sqlite.prepare<[string, string], { request_hash: string; binding_id: string }>('SELECT request_hash, binding_id FROM idempotency WHERE tenant_id = ? AND key = ?'),
    byId: sqlite.prepare<[string], BindingTable>('SELECT * FROM bindings WHERE id = ?'),
    livePair: sqlite.prepare<[string, string, string, string, string, number, string | null, string | null], BindingTable>(`SELECT * FROM bindings
      WHERE tenant_id = ? AND a_hash = ? AND b_hash = ? AND pool_id = ? AND mode = ? AND status = 'live' AND effective_expires_at > ? AND (? IS NULL OR x = ?) LIMIT 1`),
    dueOfParties: sqlite.prepare<[number, string, string], Ended>(`SELECT id, tenant_id, pool_id, x, a_hash, b_hash FROM bindings
      WHERE status = 'live' AND effective_expires_at <= ? AND id IN (SELECT binding_id FROM party_slots WHERE party_hash IN (?, ?)) LIMIT 100`),
    end: sqlite.prepare<[number, string]>(`UPDATE bindings SET status = 'ended', ended_at = ?, end_reason = 'expired' WHERE id = ? AND status = 'live'`),
    freeSlots: sqlite.prepare<[string, string, string, string], { party_hash: string }>(
      'DELETE FROM party_slots WHERE x = ? AND party_hash IN (?, ?) AND binding_id = ? RETURNING party_hash'),
    coolDown: sqlite.prepare<[string, string, string, number]>(`INSERT INTO cooldowns (x, party_hash, partner_hash, until) VALUES (?, ?, ?, ?)
      ON CONFLICT (x, party_hash) DO UPDATE SET partner_hash = excluded.partner_hash, until = excluded.until`),
    occupied: sqlite.prepare<[string, string], { x: string }>('SELECT x FROM party_slots WHERE party_hash IN (?, ?)'),
    cooling: sqlite.prepare<[string, string, number], { x: string; party_hash: string; partner_hash: string }>(
      'SELECT x, party_hash, partner_hash FROM cooldowns WHERE party_hash IN (?, ?) AND until > ?'),
    last: sqlite.prepare<[string, string, string, string], { x: string }>(
      'SELECT x FROM bindings WHERE tenant_id = ? AND a_hash = ? AND b_hash = ? AND pool_id = ? ORDER BY created_at DESC LIMIT 1'),
    unlocked: sqlite.prepare<[string, string], CandidateX>('SELECT e164 AS x, area_code AS areaCode FROM numbers WHERE pool_id = ? AND locked = 0 AND e164 = ?'),
    inOrder: sqlite.prepare<[string], CandidateX>('SELECT e164 AS x, area_code AS areaCode FROM numbers WHERE pool_id = ? AND locked = 0 ORDER BY created_at, e164'),
    inOrderInArea: sqlite.prepare<[string, string], CandidateX>(
      'SELECT e164 AS x, area_code AS areaCode FROM numbers WHERE pool_id = ? AND locked = 0 AND area_code = ? ORDER BY created_at, e164'),
    insertBinding: sqlite.prepare(`INSERT INTO bindings (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})`),
    insertSlot: sqlite.prepare<[string, string, string]>('INSERT INTO party_slots (x, party_hash, binding_id) VALUES (?, ?, ?)'),
    insertIdempotency: sqlite.prepare<[string, string, string, string, number]>(
      'INSERT INTO idempotency (tenant_id, key, request_hash, binding_id, created_at) VALUES (?, ?, ?, ?, ?)'),
    insertEvent: sqlite.prepare<[string, string, string, string, number, number]>(`INSERT INTO outbox
      (id, tenant_id, type, payload, created_at, attempts, next_attempt_at, delivered_at, last_error) VALUES (?, ?, ?, ?, ?, 0, ?, NULL, NULL)`),
  };
  const event = (tenantId: string, type: EventType, data: Record<string, unknown>, now: number) =>
    s.insertEvent.run(timeOrderedId(now), tenantId, type, JSON.stringify(data), now, now);

  /** releaseBinding (release.ts) for one expired binding */
  function release(b: Ended, now: number): void {
    if (s.end.run(now, b.id).changes === 0) return;
    const until = now + (s.cooldownOf.get(b.pool_id)?.cooldown_seconds ?? 0) * 1000;
    for (const { party_hash } of s.freeSlots.all(b.x, b.a_hash, b.b_hash, b.id)) s.coolDown.run(b.x, party_hash, party_hash === b.a_hash ? b.b_hash : b.a_hash, until);
    event(b.tenant_id, 'binding.ended', { bindingId: b.id, x: b.x, reason: 'expired' }, now);
  }

  /** the first unlocked number of the pool (in the allocator's order) not in `blocked` */
  function firstFree(poolId: string, blocked: Set<string>, area?: string): CandidateX | undefined {
    for (const c of area === undefined ? s.inOrder.iterate(poolId) : s.inOrderInArea.iterate(poolId, area)) {
      if (!blocked.has(c.x)) return c; // leaving the loop early ends the statement
    }
    return undefined;
  }

  /** pickX (pick-x.ts) */
  function pickX(tenantId: string, req: CreateBinding, aHash: string, bHash: string, slotParties: string[], now: number): string {
    const [p1, p2 = p1] = slotParties as [string, string?];
    const blocked = new Set(s.occupied.all(p1, p2).map((o) => o.x));
    // a cool-down only keeps the X from a *new* partner; the same pair may have it back
    for (const c of s.cooling.all(p1, p2, now)) if (c.partner_hash !== (c.party_hash === aHash ? bHash : aHash)) blocked.add(c.x);
    if (req.x) {
      if (!s.unlocked.get(req.poolId, req.x)) throw new AppError(409, 'X_UNAVAILABLE', `${req.x} is not an unlocked number of pool ${req.poolId}`, { x: req.x });
      if (blocked.has(req.x)) throw collision(req.x);
      return req.x;
    }
    const last = s.last.get(tenantId, aHash, bHash, req.poolId);
    const sticky = last && !blocked.has(last.x) ? s.unlocked.get(req.poolId, last.x) : undefined;
    const local = req.areaCode ? firstFree(req.poolId, blocked, req.areaCode) : undefined;
    const candidates = [sticky, local, firstFree(req.poolId, blocked)].filter((c): c is CandidateX => c !== undefined);
    const pick = allocateX({ candidates, blocked, sticky: last?.x ?? null, preferredArea: req.areaCode ?? null });
    if (pick.ok) return pick.x;
    const numbers = s.inOrder.all(req.poolId);
    const blockedHere = numbers.filter((n) => blocked.has(n.x)).length;
    throw new AppError(409, 'POOL_EXHAUSTED', `pool ${req.poolId} has no X free for both numbers`, {
      poolId: req.poolId,
      unlockedNumbers: numbers.length,
      blockedForThisPair: blockedHere,
      headroom: numbers.length - blockedHere,
      hint: 'add numbers to the pool, unlock numbers, or end old bindings of these parties',
    });
  }

  // nested transactions, i.e. savepoints: each write step is all-or-nothing on its own
  const releaseAll = sqlite.transaction((due: Ended[], now: number) => due.forEach((b) => release(b, now)));
  const insert = sqlite.transaction((row: BindingTable, slotParties: string[], idempotencyKey: string | undefined, requestHash: string) => {
    s.insertBinding.run(row);
    for (const party of slotParties) s.insertSlot.run(row.x, party, row.id);
    if (idempotencyKey) s.insertIdempotency.run(row.tenant_id, idempotencyKey, requestHash, row.id, row.created_at);
    event(row.tenant_id, 'binding.created', { bindingId: row.id, x: row.x, mode: row.mode }, row.created_at);
  });

  return function bind(tenantId, req, now, idempotencyKey) {
    if (req.a === req.b) throw new AppError(400, 'INVALID_REQUEST', 'a and b must be different numbers');
    if (!s.pool.get(req.poolId, tenantId)) throw new AppError(404, 'POOL_NOT_FOUND', `pool ${req.poolId} not found`);
    const aHash = vault.blindIndex(tenantId, req.a);
    const bHash = vault.blindIndex(tenantId, req.b);
    const requestHash = createHash('sha256').update(JSON.stringify(req)).digest('hex');
    const earlier = () => {
      const hit = idempotencyKey ? s.idempotent.get(tenantId, idempotencyKey) : undefined;
      if (hit && hit.request_hash !== requestHash) throw new AppError(409, 'IDEMPOTENCY_MISMATCH', 'this Idempotency-Key was used for a different request');
      return hit ? s.byId.get(hit.binding_id) : s.livePair.get(tenantId, aHash, bHash, req.poolId, req.mode, now, req.x ?? null, req.x ?? null);
    };
    const existing = earlier();
    if (existing) return { row: existing, created: false };

    // Expired-but-not-yet-swept bindings of these parties must not block them.
    const due = s.dueOfParties.all(now, aHash, bHash);
    if (due.length) releaseAll(due, now); // committed with the batch even if this bind then fails
    // reverse bindings are callback-only: only B dials X, so only B occupies a slot on it
    const slotParties = req.mode === 'axb' ? [aHash, bHash] : [bHash];
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const x = pickX(tenantId, req, aHash, bHash, slotParties, now);
      const row = newBindingRow(vault, tenantId, req, x, aHash, bHash, now);
      try {
        insert(row, slotParties, idempotencyKey, requestHash); // nested: its own savepoint
        return { row, created: true };
      } catch (err) {
        // Unreachable while this connection is the only writer; another process on the same file
        // is serialised by BEGIN IMMEDIATE too, but the primary keys stay the last word.
        if (!isUniqueViolation(err)) throw err;
        const winner = earlier();
        if (winner) return { row: winner, created: false };
        if (req.x) throw collision(req.x);
      }
    }
    throw new AppError(503, 'BUSY', 'too much contention for these numbers, retry shortly', { retryable: true });
  };
}
