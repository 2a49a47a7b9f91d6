// One load-generating client process: claims every given lead for each of its agents, 16 requests in
// flight, round-robin over the given servers, and prints one JSON line with every answer.
import { randomUUID } from 'node:crypto';
import { signedHeaders, webCryptoPrimitives } from '../../../../../common/binding/signing';

interface Job { urls: string[]; key: { id: string; secret: string }; leads: string[]; agents: string[] }

const job = JSON.parse(process.argv[2]!) as Job;
const crypto = webCryptoPrimitives();

async function claim(leadKey: string, agentId: string, n: number): Promise<{ leadKey: string; agentId: string; status: number; granted?: boolean; holder?: string }> {
  const body = JSON.stringify({ leadKey, agentId, campaignId: 'load', ttlSeconds: 600 });
  const url = job.urls[n % job.urls.length]!;
  for (;;) {
    const headers = await signedHeaders({ method: 'POST', path: '/v1/claims', timestamp: Date.now(), nonce: randomUUID(), body }, job.key, crypto);
    const res = await fetch(`${url}/v1/claims`, { method: 'POST', body, headers: { ...headers, 'content-type': 'application/json' } });
    const json = (await res.json()) as { granted?: boolean; holder?: { agentId: string } };
    if (res.status !== 503) return { leadKey, agentId, status: res.status, granted: json.granted, holder: json.holder?.agentId };
  }
}

// interleave agents per lead so the same lead is asked for by many requests at once
const tasks = job.leads.flatMap((leadKey) => job.agents.map((agentId) => ({ leadKey, agentId })));
const results: Awaited<ReturnType<typeof claim>>[] = [];
let next = 0;
await Promise.all(Array.from({ length: 16 }, async () => {
  while (next < tasks.length) {
    const n = next++;
    results.push(await claim(tasks[n]!.leadKey, tasks[n]!.agentId, n));
  }
}));
process.stdout.write(`${JSON.stringify(results)}\n`);
