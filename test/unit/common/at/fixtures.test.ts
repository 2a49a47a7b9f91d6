import { describe, expect, it } from 'vitest';
import { replayTranscript } from '../../../../common/at/replay';
import { parseTranscript } from '../../../../common/at/transcript';
import { fixtureFiles, loadFixture } from './fixture-files';
import { matchEvents } from './match-events';

describe('AT fixtures replay to their expectedEvents', () => {
  it('finds fixtures', () => expect(fixtureFiles.length).toBeGreaterThan(0));

  it.each(fixtureFiles)('%s', (file) => {
    const transcript = loadFixture(file);
    const events = [...replayTranscript(transcript)];
    expect(transcript.eventMatch ?? 'ordered-subsequence').toMatch(/^ordered-subsequence/);
    const failure = matchEvents(events, transcript.expectedEvents ?? [], transcript.tolerate);
    expect(failure, `${failure}\nevents:\n${events.map((e) => JSON.stringify(e)).join('\n')}`).toBeNull();
  });
});

describe('the matcher itself', () => {
  const expected = [{ type: 'ringing' }, { type: 'incoming', number: '1' }];
  it.each([
    ['exact', [{ type: 'ringing' }, { type: 'incoming', number: '1', numberType: 129 }], [], true],
    ['tolerated extra', [{ type: 'indicator' }, { type: 'ringing' }, { type: 'incoming', number: '1' }], ['indicator'], true],
    ['untolerated extra', [{ type: 'ok' }, { type: 'ringing' }, { type: 'incoming', number: '1' }], [], false],
    ['wrong value', [{ type: 'ringing' }, { type: 'incoming', number: '2' }], [], false],
    ['wrong order', [{ type: 'incoming', number: '1' }, { type: 'ringing' }], [], false],
    ['missing', [{ type: 'ringing' }], [], false],
  ])('%s', (_name, actual, tolerate, ok) => {
    expect(matchEvents(actual, expected, tolerate) === null).toBe(ok);
  });
});

describe('transcript format errors are explicit', () => {
  it.each([
    ['not json', '{', /not JSON/],
    ['bad dir', '{"lines":[{"dir":"up","data":"AT"}]}', /lines\.0\.dir/],
    ['missing lines', '{}', /lines/],
  ])('%s', (_name, json, message) => {
    expect(() => parseTranscript(json)).toThrow(message);
  });
});
