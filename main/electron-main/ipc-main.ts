// The only file that touches ipcMain: every contract channel goes to the router with the real sender
// frame; events go to the window's top frame.
import { ipcMain, type BrowserWindow } from 'electron';
import type { EventHub } from '../node/ipc/event-hub';
import type { Router } from '../node/ipc/router';

export function connectIpc(router: Router, events: EventHub, window: () => BrowserWindow | undefined): () => void {
  for (const channel of router.channels) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      router.dispatch(channel, payload, { url: event.senderFrame?.url, isMainFrame: event.senderFrame?.parent === null }),
    );
  }
  const removeSink = events.addSink((channel, payload) => {
    const target = window();
    if (target && !target.isDestroyed()) target.webContents.send(channel, payload);
  });
  return () => {
    router.channels.forEach((channel) => ipcMain.removeHandler(channel));
    removeSink();
  };
}
