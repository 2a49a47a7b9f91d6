// Public surface of the phone engine; the UI imports from here only.
export { PhoneEngine, type CallOptions, type PhoneEngineOptions } from './phone-engine';
export * from './engine-types';
export type { LevelMeter } from './level-meter';
export type { RecordingHook } from './call-recorder';
