import type { Fact } from '../schema/fact.js';

/** What a worker is asked to do: one document. */
export interface ExtractJob {
  text: string;
  docId: string;
  publishedAt: string | null;
}

/** Facts of one document, or why extraction failed on it. */
export type JobResult = { facts: Fact[] } | { error: string };

/** Runs jobs in this process or in worker threads; results resolve in any order. */
export interface ExtractRunner {
  run(job: ExtractJob): Promise<JobResult>;
  close(): Promise<void>;
}

export function describeError(err: unknown): string {
  if (err instanceof Error) return 'code' in err && typeof err.code === 'string' ? `${err.code}: ${err.message}` : err.message;
  return String(err);
}
