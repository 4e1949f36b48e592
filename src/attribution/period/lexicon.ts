/**
 * Word lists of period finding and choice. Data only; the logic is in patterns.ts, resolve-event.ts and choose-period.ts.
 */

/** National campaign months: 安全生产月 is June, 质量月 September, 消防宣传月 November. */
export const CAMPAIGN_MONTHS: Readonly<Record<string, number>> = { 安全生产月: 6, 质量月: 9, 消防宣传月: 11 };

/** Event names that say only that something was held (活动期间, 此次活动): in an article about a campaign month, that month. */
export const GENERIC_EVENT_KEYS: ReadonlySet<string> = new Set(['活动', '活动月', '宣传活动', '系列活动', '月活动']);

/**
 * Verbs of a sentence that announces figures (11月10日，省应急管理厅发布…通报; 2月23日，记者从…获悉):
 * the date opening it is the day of the announcement, not the period its figures cover.
 */
export const ANNOUNCING_WORDS = ['获悉', '了解到', '发布', '通报', '公布', '召开', '介绍', '透露', '发布会', '通气会'] as const;

/**
 * Seasons a report names as its span (今年汛期, 春运, 暑期): dated by the dates in brackets where the article first
 * names one (今年汛期（5月1日至9月30日）), else undated.
 */
export const SEASON_NAMES = ['主汛期', '汛期', '防汛期', '森林防火期', '防火期', '春防期', '秋防期', '春运', '暑运', '暑期', '暑假', '寒假',
  '供暖季', '采暖季', '供暖期', '采暖期', '休渔期', '伏季休渔期', '禁渔期'] as const;
