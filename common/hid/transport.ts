// The seam between the call logic and a device: node-hid in production, a virtual headset in tests.

export interface HidTransport {
  /** One output report: [reportId (0 when unnumbered), ...payload]. */
  write(report: Uint8Array): Promise<void> | void;
  /** Subscribes to input reports, framed the same way; returns the unsubscribe function. */
  onReport(listener: (report: Uint8Array) => void): () => void;
}
