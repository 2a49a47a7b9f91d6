// Migration 5: resumable imports. Accepted rows are staged in batches (one row per batch: compact JSON that
// the publish step expands with jsonb_each) and committed as they are read; the live tables only
// change in the single publish transaction, so nobody ever sees a half-imported list.
export const sql = `
  ALTER TABLE import_jobs ADD COLUMN mapping TEXT; -- JSON HeaderMapping, so a resume reads the file the same way
  ALTER TABLE import_jobs ADD COLUMN file_size INTEGER; -- with file_mtime: a resume refuses a changed file
  ALTER TABLE import_jobs ADD COLUMN file_mtime INTEGER;
  ALTER TABLE import_jobs ADD COLUMN staged_line INTEGER NOT NULL DEFAULT 1; -- last source line staged and committed (header = 1)
  CREATE TABLE import_staged_batches (
    job_id INTEGER NOT NULL REFERENCES import_jobs(id) ON DELETE CASCADE,
    first_line INTEGER NOT NULL,
    contacts TEXT NOT NULL, -- JSON [[line, name, company, phone text for the search index, extra?], ...]
    phones TEXT NOT NULL, -- JSON [[line, position, key, e164, national, extension, kind, raw], ...]
    notes TEXT NOT NULL, -- JSON [[line, note], ...]: few rows have one, so publish does not scan every contact for it
    tags TEXT NOT NULL, -- JSON [[line, tag], ...]
    PRIMARY KEY (job_id, first_line)
  );
  `;
