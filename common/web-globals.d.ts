// The few WHATWG globals runtime-free code may use. They exist with the same behaviour in every place
// common/ runs (Node ≥ 18, Chromium, Electron's processes), but TypeScript's ES lib does not declare them
// and common/ must not pull in DOM or Node types. Keep this list short.

declare class URL {
  constructor(input: string, base?: string | URL);
  readonly href: string;
  readonly protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly port: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly username: string;
  readonly password: string;
  readonly origin: string;
  toString(): string;
}
