import { BYLINE, DATELINE_PATTERNS, LEAD_PATTERNS } from './lexicon/page-lines.js';

/** How a dateline was recognised. `lead` ones count only right after a headline. */
export type DatelineKind = 'dateline' | 'lead' | 'byline';

export interface DatelineMatch {
  kind: DatelineKind;
  /** Length of the dateline at the start of the paragraph. */
  length: number;
}

const MAX_PREFIX = 80;

/**
 * The dateline that opens a paragraph, if any:
 * `本报讯(记者孙红丽)“感谢…` → `本报讯(记者孙红丽)`;
 * `2024年10月9日讯 国庆假期期间…` → `2024年10月9日讯`;
 * `记者从绍兴市应急管理局获悉，…` → `记者从绍兴市应急管理局获悉` (lead);
 * a whole-line byline `本报记者 孟凡明` → the line.
 * Near-misses: `本报记者近日走访…` (a sentence, not a byline), `5月17日，长春启动…`.
 */
export function findDateline(paragraph: string): DatelineMatch | null {
  const head = paragraph.slice(0, MAX_PREFIX);
  for (const pattern of DATELINE_PATTERNS) {
    const m = pattern.exec(head);
    if (m) return { kind: 'dateline', length: m[0].length };
  }
  for (const pattern of LEAD_PATTERNS) {
    const m = pattern.exec(head);
    if (m) return { kind: 'lead', length: m[0].length };
  }
  if (paragraph.length <= 40 && BYLINE.test(paragraph)) return { kind: 'byline', length: paragraph.length };
  return null;
}

/** True when a paragraph opens with a strong dateline (`本报讯…`, `本报9月12日讯…`, `2024年10月9日讯`). */
export function startsWithDateline(paragraph: string): boolean {
  return findDateline(paragraph)?.kind === 'dateline';
}
