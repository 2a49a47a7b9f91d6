// The Content-Security-Policy header sent with every page. No inline or eval'd script anywhere;
// connect-src lists exactly the SIP/WebSocket and binding-server origins the settings name.

export interface CspOptions {
  /** extra connect-src sources, e.g. wss://pbx.example.com or the harness's ws://127.0.0.1:port */
  connectSrc?: readonly string[];
}

const cspSource = /^(wss?|https?):\/\/[A-Za-z0-9.[\]:-]+$/;

export function contentSecurityPolicy(options: CspOptions = {}): string {
  const connect = ["'self'", ...(options.connectSrc ?? []).filter((s) => cspSource.test(s))];
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "media-src 'self' blob:",
    `connect-src ${connect.join(' ')}`,
    "worker-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}
