/**
 * Verbs that report a figure but name no metric of the taxonomy (their facts are
 * `other`). Listing them makes the clause reader prefer them over words jieba
 * merely tags as verbs: `受理群众投诉举报1200余件` reads 受理 / 群众投诉举报.
 */
export const REPORT_VERBS: readonly string[] = [
  '受理', '办理', '办结', '接报', '接到', '接收', '营救', '救助', '解救', '转移', '疏散', '安置', '转移安置', '投入', '下达', '下拨', '拨付',
  '接待', '惠及', '完成', '建成', '新建', '改造', '完成改造', '新增', '培育', '帮扶', '走访慰问', '慰问', '调解', '化解', '挽回', '追回',
  '收缴', '销毁', '回收', '清运', '劝导', '抽检', '检测', '认定', '评选', '创建', '签订', '建立', '召开', '印发', '出台', '制定', '修订',
];
