import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveAppPath } from '../../../../common/security/app-path';
import { contentSecurityPolicy } from '../../../../common/security/csp';
import { isAllowedNavigation, safeExternalUrl } from '../../../../common/security/navigation-policy';
import { decidePermission } from '../../../../common/security/permission-policy';
import { APP_ORIGIN } from '../../../../common/security/trusted-origin';

const page = 'app://dialdeck/index.html';

describe('permission policy', () => {
  it.each([
    ['audio capture from our page', { permission: 'media', origin: page, isMainFrame: true, mediaTypes: ['audio'] }, true],
    ['audio + video', { permission: 'media', origin: page, isMainFrame: true, mediaTypes: ['audio', 'video'] }, false],
    ['video only', { permission: 'media', origin: page, isMainFrame: true, mediaTypes: ['video'] }, false],
    ['media with no type (check handler without mediaType)', { permission: 'media', origin: page, isMainFrame: true, mediaTypes: [undefined] }, false],
    ['audio from a subframe', { permission: 'media', origin: page, isMainFrame: false, mediaTypes: ['audio'] }, false],
    ['audio from evil://dialdeck', { permission: 'media', origin: 'evil://dialdeck/', isMainFrame: true, mediaTypes: ['audio'] }, false],
    ['notifications', { permission: 'notifications', origin: page, isMainFrame: true }, true],
    ['speaker selection (setSinkId)', { permission: 'speaker-selection', origin: page, isMainFrame: true }, true],
    ['WebHID', { permission: 'hid', origin: page, isMainFrame: true }, false],
    ['Web Serial', { permission: 'serial', origin: page, isMainFrame: true }, false],
    ['geolocation', { permission: 'geolocation', origin: page, isMainFrame: true }, false],
    ['openExternal', { permission: 'openExternal', origin: page, isMainFrame: true }, false],
  ])('%s → %s', (_name, ask, expected) => {
    expect(decidePermission(ask, APP_ORIGIN)).toBe(expected);
  });
});

describe('navigation and external links', () => {
  it.each([
    ['app://dialdeck/index.html#/contacts', true],
    ['app://dialdeck.attacker.com/', false],
    ['evil://dialdeck/', false],
    ['https://example.org/', false],
    ['javascript:alert(1)', false],
  ])('navigate to %s → %s', (url, expected) => expect(isAllowedNavigation(url, APP_ORIGIN)).toBe(expected));

  it.each([
    ['https://help.example.com/a b', 'https://help.example.com/a%20b'],
    ['mailto:ops@example.com', 'mailto:ops@example.com'],
    ['http://example.com/', null],
    ['file:///etc/passwd', null],
    ['tel:13800138000', null],
    ['javascript:alert(1)', null],
    ['https://user:pw@example.com/', null],
    ['smb://share/x', null],
    ['not a url', null],
  ])('openExternal(%s) → %s', (url, expected) => expect(safeExternalUrl(url)).toBe(expected));
});

describe('app:// and harness path resolution', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/index-abc.js', 'assets/index-abc.js'],
    ['//assets//x.css', 'assets/x.css'],
    ['/../main/index.js', null],
    ['/assets/../../secrets.json', null],
    ['/%2e%2e/%2e%2e/etc/passwd', null],
    ['/..%2fpackage.json', null],
    ['/assets\\..\\x', null],
    ['/C:/Windows/win.ini', null],
    ['/a%00.js', null],
    ['/%E0%A4%A', null],
  ])('%s → %s', (path, expected) => expect(resolveAppPath(path)).toBe(expected));

  it('gives scripts a JavaScript MIME type so the CSP-protected page can load them', () => {
    expect(mimeTypeFor('assets/x.js')).toMatch(/^text\/javascript/);
    expect(mimeTypeFor('unknown.bin')).toBe('application/octet-stream');
  });
});

describe('content security policy', () => {
  it('allows no inline or eval script and no foreign frames', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("default-src 'none'");
  });

  it('adds only well-formed connect sources, so settings cannot inject directives', () => {
    const csp = contentSecurityPolicy({ connectSrc: ['wss://pbx.example.com:8089', "ws://x; script-src 'unsafe-inline'", 'https://bind.example.com'] });
    expect(csp).toContain("connect-src 'self' wss://pbx.example.com:8089 https://bind.example.com;");
    expect(csp).not.toContain('unsafe-inline');
  });
});

describe('connect sources from settings', () => {
  it('lists each SIP server origin once, without paths', async () => {
    const { connectSourcesFor } = await import('../../../../common/security/connect-sources');
    const { Settings } = await import('../../../../common/settings/settings-schema');
    const settings = Settings.parse({
      sip: {
        accounts: [
          { id: 'a', server: 'wss://pbx.example.com:8089/ws', user: '1001', domain: 'pbx.example.com' },
          { id: 'b', server: 'wss://pbx.example.com:8089/other', user: '1002', domain: 'pbx.example.com' },
          { id: 'c', server: 'ws://127.0.0.1:8088', user: 'alice', domain: '127.0.0.1' },
        ],
      },
    });
    expect(connectSourcesFor(settings)).toEqual(['wss://pbx.example.com:8089', 'ws://127.0.0.1:8088']);
  });
});
