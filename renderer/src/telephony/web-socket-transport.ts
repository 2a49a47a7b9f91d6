// sip.js's browser WebSocket transport, made to notice every socket that fails before it opens.
//
// WHY: sip.js 0.21 settles connect() (and so UserAgent.start()/reconnect()) only on the socket's
// `close` event; its `error` handler just logs, and its connection timeout only calls ws.close().
// Chromium fails a socket that the page's Content-Security-Policy blocks (connect-src is fixed when
// the page loads, so a SIP server added in Settings/the wizard afterwards is blocked until a reload)
// with `error` and readyState CLOSED but never fires `close`, and close() on a CLOSED socket fires
// nothing either. The transport then stays "Connecting" forever: start() never settles, no
// reconnect is scheduled and the account shows "unregistered" with no reason. Supplying the
// missing `close` (code 1006, as for a refused socket) makes that failure look like any other.
import { Web } from 'sip.js';

const watched = new WeakSet<WebSocket>();

function closeIfFailedSilently(ws: WebSocket): void {
  if (watched.has(ws)) return;
  watched.add(ws);
  let closed = false;
  ws.addEventListener('close', () => (closed = true));
  ws.addEventListener('error', () => {
    // a refused socket fires its own close right after the error: give it that chance first
    setTimeout(() => {
      if (!closed && ws.readyState === WebSocket.CLOSED) ws.dispatchEvent(new CloseEvent('close', { code: 1006, wasClean: false }));
    }, 0);
  });
}

export class WebSocketTransport extends Web.Transport {
  override connect(): Promise<void> {
    const connecting = super.connect();
    // sip.js creates the socket synchronously inside connect()
    if (this.ws !== undefined) closeIfFailedSilently(this.ws);
    return connecting;
  }
}
