// One load-generating process: fires signed binds at the given servers, 32 in flight at a time,
// and prints one JSON line with what each request got back. BUSY (503) is retried like a client would.
import { randomUUID } from 'node:crypto';
import { signedHeaders, webCryptoPrimitives } from '../../../common/binding/signing';

interface Job { urls: string[]; key: { id: string; secret: string }; poolId: string; customers: number[]; agents: number }

const job = JSON.parse(process.argv[2]!) as Job;
const crypto = webCryptoPrimitives();
const mobile = (i: number) => `+86138${String(i).padStart(8, '0')}`;

async function bind(j: number, n: number): Promise<{ j: number; status: number; id?: string; x?: string }> {
  const body = JSON.stringify({ poolId: job.poolId, a: mobile(j % job.agents), b: mobile(100_000 + j), expiresInSeconds: 3600 });
  const url = job.urls[n % job.urls.length]!;
  for (;;) {
    const headers = await signedHeaders({ method: 'POST', path: '/v1/bindings', timestamp: Date.now(), nonce: randomUUID(), body }, job.key, crypto);
    const res = await fetch(`${url}/v1/bindings`, { method: 'POST', body, headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': `customer-${j}` } });
    const json = (await res.json()) as { id?: string; x?: string };
    if (res.status !== 503) return { j, status: res.status, id: json.id, x: json.x };
  }
}

const results: Awaited<ReturnType<typeof bind>>[] = [];
let next = 0;
await Promise.all(Array.from({ length: 32 }, async () => {
  while (next < job.customers.length) {
    const n = next++;
    results.push(await bind(job.customers[n]!, n));
  }
}));
process.stdout.write(`${JSON.stringify(results)}\n`);
