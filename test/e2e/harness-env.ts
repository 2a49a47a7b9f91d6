// Shared by playwright.config.ts and the specs: where the harness listens and the token it expects.
export const HARNESS_PORT = Number(process.env.DIALDECK_E2E_PORT ?? 5199);
export const HARNESS_TOKEN = process.env.DIALDECK_E2E_TOKEN ?? 'e2e-run-token';
/** the headset the harness simulates: a real Jabra descriptor from the shared fixtures */
export const VIRTUAL_HEADSET = '../shared/fixtures/hid/Jabra-EvolveLinkMS.json';
