// The SIP lab may only run where nothing can leak onto a real network: a network namespace whose
// only interface is loopback (`unshare -n sh -c 'ip link set lo up && …'`), with every binary
// installed. Otherwise the integration tests skip and say why.
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';

export const binaries = {
  kamailio: '/usr/sbin/kamailio',
  rtpengine: '/usr/bin/rtpengine',
  sipp: '/usr/bin/sipp',
  chromium: '/usr/bin/chromium',
} as const;

export function sipLabSkipReason(): string | undefined {
  const interfaces = Object.keys(networkInterfaces());
  if (interfaces.length !== 1 || interfaces[0] !== 'lo') {
    return `SIP lab skipped: not in a loopback-only network namespace (interfaces: ${interfaces.join(', ') || 'none'}). ` +
      "Run: unshare -n sh -c 'ip link set lo up && npx vitest run test/integration/renderer/src/telephony'";
  }
  const missing = Object.entries(binaries).filter(([, path]) => !existsSync(path)).map(([name]) => name);
  if (missing.length > 0) return `SIP lab skipped: missing ${missing.join(', ')} (see test/support/sip/README.md)`;
  return undefined;
}

export function skipUnlessSipLab(): boolean {
  const reason = sipLabSkipReason();
  if (reason !== undefined) console.warn(reason);
  return reason !== undefined;
}
