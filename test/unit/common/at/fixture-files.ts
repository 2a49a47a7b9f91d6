import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AT_FIXTURE_DIR } from '../../../support/fixture-dirs';
import { parseTranscript, type Transcript } from '../../../../common/at/transcript';

export const FIXTURE_DIR = AT_FIXTURE_DIR;

export const fixtureFiles = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.json')).sort();

export const loadFixture = (file: string): Transcript => parseTranscript(readFileSync(join(FIXTURE_DIR, file), 'utf8'));
