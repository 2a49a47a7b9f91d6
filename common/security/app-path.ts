// Maps a request path of the app:// protocol (or the harness's HTTP server) to a file inside the built
// renderer folder. Returns null for anything that could escape it; callers answer 404.

const forbiddenSegment = /^\.{1,2}$/;

export function resolveAppPath(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || /^[a-zA-Z]:/.test(decoded.replace(/^\/+/, ''))) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => forbiddenSegment.test(s))) return null;
  if (segments.length === 0) return 'index.html';
  return segments.join('/');
}

const mimeTypes: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  wav: 'audio/wav',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
};

export function mimeTypeFor(path: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return mimeTypes[ext] ?? 'application/octet-stream';
}
