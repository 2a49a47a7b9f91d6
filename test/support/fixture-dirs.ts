// Where the project's own device fixtures live (test/fixtures/, see its README): resolved from this
// file, so a clone in any folder finds them, whatever the working directory.
import { fileURLToPath } from 'node:url';

export const HID_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/hid/', import.meta.url));
export const AT_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/at/', import.meta.url));

/** One HID fixture's path, e.g. hidFixture('jabra-evolve-link-ms.json'). */
export const hidFixture = (file: string): string => HID_FIXTURE_DIR + file;
