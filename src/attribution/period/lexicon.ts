/**
 * Word lists of period choice. Data only; the logic is in choose-period.ts.
 */

/**
 * Verbs of a sentence that announces figures (11月10日，省应急管理厅发布…通报; 2月23日，记者从…获悉):
 * the date opening it is the day of the announcement, not the period its figures cover.
 */
export const ANNOUNCING_WORDS = ['获悉', '了解到', '发布', '通报', '公布', '召开', '介绍', '透露', '发布会', '通气会'] as const;
