// The dialer screen: recent calls and redial, privacy calls through the binding server.
export const dialerInvoke = {} as const;

export const dialerEvents = {} as const;
