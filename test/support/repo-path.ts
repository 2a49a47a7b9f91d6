// A path inside the repository, whatever test file asks and wherever the clone is.
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const repoPath = (relative: string): string => root + relative;
