// Benchmark baseline: a hand-made UDP INVITE through Kamailio to sipp (uas-ring-busy.xml),
// timed from send to 180 with a monotonic clock. This is what the proxy path alone costs.
import { randomUUID } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';

const proxy = { host: '127.0.0.1', port: 5060 };

function request(method: 'INVITE' | 'ACK', port: number, callId: string, branch: string, toTag = ''): string {
  return [
    `${method} sip:sipp@127.0.0.1 SIP/2.0`,
    `Via: SIP/2.0/UDP 127.0.0.1:${port};branch=${branch};rport`,
    'Max-Forwards: 70',
    `From: <sip:bench@127.0.0.1>;tag=${callId.slice(0, 8)}`,
    `To: <sip:sipp@127.0.0.1>${toTag}`,
    `Call-ID: ${callId}`,
    `CSeq: 1 ${method}`,
    `Contact: <sip:bench@127.0.0.1:${port}>`,
    'Content-Length: 0',
    '',
    '',
  ].join('\r\n');
}

/** Milliseconds from INVITE sent to 180 received, once per call, calls one after another. */
export async function measureInviteToRinging(calls: number): Promise<number[]> {
  const socket = createSocket('udp4');
  socket.bind(0, '127.0.0.1');
  await once(socket, 'listening');
  const port = socket.address().port;
  const results: number[] = [];
  try {
    for (let i = 0; i < calls; i++) {
      const callId = randomUUID();
      const branch = `z9hG4bK${randomUUID().slice(0, 12)}`;
      const started = performance.now();
      socket.send(request('INVITE', port, callId, branch), proxy.port, proxy.host);
      for (;;) {
        const [message] = (await once(socket, 'message')) as [Buffer];
        const text = message.toString();
        if (!text.includes(callId)) continue;
        if (text.startsWith('SIP/2.0 180')) results.push(performance.now() - started);
        if (/^SIP\/2\.0 [3-6]\d\d/.test(text)) {
          // a non-2xx final response is ACKed hop by hop with the INVITE's branch
          const toTag = /^To:.*?(;tag=[^;\r\n]+)/im.exec(text)?.[1] ?? '';
          socket.send(request('ACK', port, callId, branch, toTag), proxy.port, proxy.host);
          break;
        }
      }
    }
  } finally {
    socket.close();
  }
  if (results.length !== calls) throw new Error(`only ${results.length} of ${calls} baseline calls rang`);
  return results;
}
