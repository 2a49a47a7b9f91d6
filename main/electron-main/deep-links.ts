// Registers Dialdeck for tel:/callto: links and turns incoming links into dial requests for the page.
import { app } from 'electron';
import { findDialLink, parseDialLink } from '../../common/dialer/dial-link';
import type { EventHub } from '../node/ipc/event-hub';

export function handleDialLinks(events: EventHub, focus: () => void): void {
  for (const scheme of ['tel', 'callto']) app.setAsDefaultProtocolClient(scheme);
  app.on('second-instance', (_event, argv) => {
    focus();
    const number = findDialLink(argv);
    if (number) events.emit('app:dialRequest', { number, source: 'second-instance' });
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const number = parseDialLink(url);
    if (number) events.emit('app:dialRequest', { number, source: 'tel-link' });
  });
}
