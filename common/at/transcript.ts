import { z } from 'zod';

/** Fixture / transcript format (notes §14). Unknown keys are kept so a transcript round-trips. */
export const transcriptLineSchema = z.object({
  dir: z.enum(['tx', 'rx']),
  data: z.string(),
  gapMs: z.number().nonnegative().optional(),
});

export const transcriptSchema = z.looseObject({
  name: z.string().optional(),
  device: z.string().optional(),
  setup: z.record(z.string(), z.unknown()).optional(),
  lines: z.array(transcriptLineSchema),
  trailingIdleMs: z.number().nonnegative().optional(),
  expectedEvents: z.array(z.looseObject({ type: z.string() })).optional(),
  tolerate: z.array(z.string()).optional(),
  eventMatch: z.string().optional(),
});

export type Transcript = z.infer<typeof transcriptSchema>;
export type TranscriptLine = z.infer<typeof transcriptLineSchema>;

export class TranscriptFormatError extends Error {}

/** Parses JSON text into a transcript, with an error that says what is wrong and where. */
export function parseTranscript(json: string): Transcript {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new TranscriptFormatError(`transcript is not JSON: ${(error as Error).message}`);
  }
  const parsed = transcriptSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TranscriptFormatError(`invalid transcript at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'unknown problem'}`);
  }
  return parsed.data;
}
