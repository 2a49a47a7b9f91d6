// tel:/callto: links: the packaged app declares both schemes (electron-builder writes them into the
// Linux desktop entry as x-scheme-handler MimeTypes, the macOS Info.plist and the Windows registry),
// registers itself at start-up, and turns a link from a second instance or macOS open-url into a dial
// request for the page (which fills the number; Enter then dials it through placeCall).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import config from '../../../../electron-builder.config';

const handlers = new Map<string, (...args: unknown[]) => void>();
const app = { setAsDefaultProtocolClient: vi.fn(), on: vi.fn((event: string, fn: (...args: unknown[]) => void) => handlers.set(event, fn)) };
vi.mock('electron', () => ({ app }));
const { handleDialLinks } = await import('../../../../main/electron-main/deep-links');

describe('tel: and callto: links', () => {
  const events = { emit: vi.fn() };
  const focus = vi.fn();
  beforeEach(() => {
    handlers.clear();
    events.emit.mockReset();
    handleDialLinks(events as never, focus);
  });

  it('the packaging config declares both schemes', () => {
    expect(config.protocols).toEqual(expect.arrayContaining([expect.objectContaining({ schemes: expect.arrayContaining(['tel', 'callto']) })]));
  });

  it('registers Dialdeck as the handler of both at start-up', () => {
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledWith('tel');
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledWith('callto');
  });

  it('a second instance started by a link focuses the window and asks the page to dial', () => {
    handlers.get('second-instance')!({}, ['/opt/Dialdeck/dialdeck', '--no-sandbox', 'tel:+86%20138-0013-8000']);
    expect(focus).toHaveBeenCalled();
    expect(events.emit).toHaveBeenCalledWith('app:dialRequest', { number: '+8613800138000', source: 'second-instance' });
  });

  it('macOS open-url with callto: does the same; a link that is no number is ignored', () => {
    const event = { preventDefault: vi.fn() };
    handlers.get('open-url')!(event, 'callto:4008123123');
    expect(events.emit).toHaveBeenCalledWith('app:dialRequest', { number: '4008123123', source: 'tel-link' });
    handlers.get('open-url')!(event, 'tel:javascript:alert(1)');
    expect(events.emit).toHaveBeenCalledTimes(1);
  });
});
