// The one Kysely schema both dialects share. Portable on purpose: text ids made by the app,
// epoch-ms integers for time, 0/1 integers for booleans, JSON as text.
export interface TenantTable {
  id: string;
  name: string;
  webhook_url: string | null;
  webhook_secret: string | null;
  created_at: number;
}

export interface ApiKeyTable {
  id: string;
  tenant_id: string;
  /** HMAC needs the secret itself, so it is stored encrypted by the vault */
  secret_enc: string;
  created_at: number;
}

export interface NonceTable {
  key_id: string;
  nonce: string;
  seen_at: number;
}

export interface PoolTable {
  id: string;
  tenant_id: string;
  name: string;
  cooldown_seconds: number;
  created_at: number;
}

export interface NumberTable {
  e164: string;
  tenant_id: string;
  pool_id: string;
  area_code: string | null;
  city: string | null;
  locked: number;
  lock_reason: string | null;
  calls: number;
  complaints: number;
  created_at: number;
}

export interface BindingTable {
  id: string;
  tenant_id: string;
  pool_id: string;
  x: string;
  mode: 'axb' | 'reverse';
  /** blind indexes (keyed HMAC) of the real numbers: lookups need equality only */
  a_hash: string;
  b_hash: string;
  /** the real numbers, AES-256-GCM */
  a_enc: string;
  b_enc: string;
  record: number;
  status: 'live' | 'ended';
  created_at: number;
  expires_at: number;
  release_after_call_s: number | null;
  active_calls: number;
  last_call_ended_at: number | null;
  effective_expires_at: number;
  ended_at: number | null;
  end_reason: string | null;
}

/** One row per (X, real number) in a live binding: its primary key IS the collision rule. */
export interface PartySlotTable {
  x: string;
  party_hash: string;
  binding_id: string;
}

export interface CooldownTable {
  x: string;
  party_hash: string;
  partner_hash: string;
  until: number;
}

export interface IdempotencyTable {
  tenant_id: string;
  key: string;
  request_hash: string;
  binding_id: string;
  created_at: number;
}

export interface CdrTable {
  tenant_id: string;
  call_id: string;
  binding_id: string;
  x: string;
  started_at: number;
  ringing_at: number | null;
  answered_at: number | null;
  ended_at: number | null;
  talk_seconds: number | null;
}

export interface OutboxTable {
  id: string;
  tenant_id: string;
  type: string;
  payload: string;
  created_at: number;
  attempts: number;
  next_attempt_at: number;
  delivered_at: number | null;
  last_error: string | null;
}

export interface AuditTable {
  id: string;
  tenant_id: string;
  key_id: string;
  action: string;
  target: string;
  at: number;
}

export interface Database {
  tenants: TenantTable;
  api_keys: ApiKeyTable;
  nonces: NonceTable;
  pools: PoolTable;
  numbers: NumberTable;
  bindings: BindingTable;
  party_slots: PartySlotTable;
  cooldowns: CooldownTable;
  idempotency: IdempotencyTable;
  cdrs: CdrTable;
  outbox: OutboxTable;
  audit_log: AuditTable;
}
