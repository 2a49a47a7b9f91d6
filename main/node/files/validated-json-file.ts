// Reads a small JSON state file (settings, the claim book) through its schema. A missing file gives the
// fallback; an unreadable or invalid one is never silently dropped: it is renamed aside for a person to
// look at, and the fallback is used.
import { readFile, rename } from 'node:fs/promises';
import type { z } from 'zod';

export async function readValidatedJson<S extends z.ZodType>(
  file: string,
  schema: S,
  fallback: () => z.output<S>,
  onSetAside: (backup: string) => void,
): Promise<z.output<S>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback();
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const backup = `${file}.invalid-${Date.now()}`;
  await rename(file, backup);
  onSetAside(backup);
  return fallback();
}
