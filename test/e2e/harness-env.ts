// Shared by playwright.config.ts and the specs: where the harness listens and the token it expects.
export const HARNESS_PORT = Number(process.env.DIALDECK_E2E_PORT ?? 5199);
export const HARNESS_TOKEN = process.env.DIALDECK_E2E_TOKEN ?? 'e2e-run-token';
/** the headset the harness simulates: a real Jabra descriptor from test/fixtures (relative to the repository root, the web server's working directory) */
export const VIRTUAL_HEADSET = 'test/fixtures/hid/jabra-evolve-link-ms.json';
