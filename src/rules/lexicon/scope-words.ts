/**
 * Words that name where a figure was counted, not what: in `造成全市8.7万人受灾` or
 * `组织辖区46家企业` the words between the verb and the figure are a scope, so the
 * counted noun is the one after the figure, or the words around the verb (受灾).
 */
export const SCOPE_WORDS: ReadonlySet<string> = new Set([
  '全国', '全省', '全市', '全区', '全县', '全旗', '全州', '全镇', '全乡', '辖区', '辖区内', '境内', '全域',
  '我省', '我市', '我区', '我县', '本省', '本市', '本区', '本县', '各地', '全省各地', '全市各地',
]);
