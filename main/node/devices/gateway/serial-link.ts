import { SerialPort } from 'serialport';

/** An open AT port. Bytes travel as latin1 strings so reads can split anywhere without corrupting text. */
export interface SerialLink {
  readonly path: string;
  write(data: string): void;
  close(): Promise<void>;
}

export interface SerialLinkHandlers {
  onData(chunk: string): void;
  /** Fired once: `close`, `error`, or a failed write (unplugged socat/USB often emits no `close`, only EIO on write). */
  onLost(reason: string): void;
}

export async function openSerialLink(path: string, baudRate: number, handlers: SerialLinkHandlers): Promise<SerialLink> {
  const port = new SerialPort({ path, baudRate, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
  let lost = false;
  const loseOnce = (reason: string): void => {
    if (lost) return;
    lost = true;
    handlers.onLost(reason);
    if (port.isOpen) port.close(() => undefined);
  };
  port.on('data', (chunk: Buffer) => handlers.onData(chunk.toString('latin1')));
  // A failing write emits `close` and `error` together; waiting a turn lets the error name the real cause (EIO).
  port.on('close', (error?: Error) => setImmediate(() => loseOnce(error?.message ?? 'port closed')));
  port.on('error', (error: Error) => loseOnce(error.message));
  return {
    path,
    write(data) {
      if (lost) throw new Error(`${path}: device lost`);
      port.write(Buffer.from(data, 'latin1'), (error) => {
        if (error) loseOnce(error.message);
      });
    },
    close: () =>
      new Promise((resolve) => {
        lost = true;
        if (!port.isOpen) resolve();
        else port.close(() => resolve());
      }),
  };
}
