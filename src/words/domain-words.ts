/**
 * Domain words added to jieba's dictionary so report vocabulary stays whole
 * (`安全隐患`, not `安全/隐患`; `检查组`, not `检查/组`). One line per word:
 * [word, part-of-speech]. Add a word here, not in code.
 */
export const DOMAIN_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['隐患', 'n'], ['安全隐患', 'n'], ['问题隐患', 'n'], ['一般隐患', 'n'], ['重大隐患', 'n'], ['事故隐患', 'n'],
  ['风险隐患', 'n'], ['用电隐患', 'n'], ['火灾隐患', 'n'], ['消防隐患', 'n'],
  ['检查组', 'n'], ['督导组', 'n'], ['工作组', 'n'], ['督查组', 'n'], ['联合检查组', 'n'], ['暗访组', 'n'], ['巡察组', 'n'],
  ['人次', 'q'], ['户次', 'q'], ['台次', 'q'], ['车次', 'q'], ['架次', 'q'], ['场次', 'q'], ['矿次', 'q'], ['家次', 'q'], ['批次', 'q'],
  ['整改率', 'n'], ['合格率', 'n'], ['覆盖率', 'n'], ['完成率', 'n'], ['办结率', 'n'], ['满意率', 'n'], ['在线率', 'n'], ['死亡率', 'n'],
  ['危化品', 'n'], ['危化', 'n'], ['非煤矿山', 'n'], ['工贸', 'n'], ['冶金工贸', 'n'], ['人员密集场所', 'n'],
  ['排查', 'v'], ['排查出', 'v'], ['排查整治', 'v'], ['排查整改', 'v'], ['排查治理', 'v'], ['整改', 'v'], ['已整改', 'v'], ['限期整改', 'v'],
  ['责令整改', 'v'], ['责令停产整顿', 'v'], ['停产整顿', 'v'], ['关闭取缔', 'v'], ['挂牌督办', 'v'], ['立案查处', 'v'],
  ['行政处罚', 'v'], ['走访检查', 'v'], ['检查指导', 'v'], ['督促检查', 'v'], ['摸排', 'v'], ['摸排普查', 'v'],
  ['执法人员', 'n'], ['检查人员', 'n'], ['应急抢险队', 'n'], ['救援队', 'n'], ['救援队伍', 'n'], ['消防救援队伍', 'nt'],
  ['应急管理局', 'nt'], ['应急管理厅', 'nt'], ['市场监管局', 'nt'], ['市场监督管理局', 'nt'], ['公安机关', 'nt'], ['安委会', 'nt'], ['安委办', 'nt'],
  ['安全生产', 'n'], ['生产安全事故', 'n'], ['消防安全', 'n'], ['应急演练', 'n'], ['宣传资料', 'n'], ['隐患排查', 'vn'],
  ['同比', 'd'], ['环比', 'd'], ['百分点', 'q'], ['个百分点', 'q'],
  ['巡山护林', 'v'], ['巡护', 'v'], ['护林员', 'n'],
  ['主题日', 'n'], ['宣传日', 'n'], ['开放日', 'n'], ['宣传周', 'n'], ['宣传月', 'n'],
  ['安置场所', 'n'], ['避灾安置场所', 'n'], ['安置点', 'n'], ['集中安置点', 'n'], ['应急避难场所', 'n'], ['避难场所', 'n'],
  ['消防站', 'n'], ['应急消防站', 'n'], ['消防救援站', 'n'], ['搜救犬', 'n'], ['无人机', 'n'], ['微型消防站', 'n'], ['整治率', 'n'], ['整改完成率', 'n'], ['销号率', 'n'], ['罚锾', 'n'], ['降幅', 'n'], ['增幅', 'n'],
  // Places and things inspected that jieba cuts or tags as verbs or names (超市/v, 诊所/v, 加气/站, 养老院/nr):
  // an item of a list (检查企业38家、超市207家) must read as a noun.
  ['大学城', 'n'], ['超市', 'n'], ['诊所', 'n'], ['加气站', 'n'], ['液化气站', 'n'], ['充电桩', 'n'], ['在建工地', 'n'], ['养老院', 'n'],
  ['幼儿园', 'n'], ['农家乐', 'n'], ['楼宇', 'n'], ['驾驶人', 'n'], ['驾驶员', 'n'], ['快递网点', 'n'], ['寄递网点', 'n'],
  ['不同程度', 'd'], // 造成86.4万人次不同程度受灾: an adverb of the verb after the figure, not the counted noun
  // Agency short names, whole so that attribution sees one nt word (区住建局 → 区 / 住建局, not 区住 / 建局).
  ['住建局', 'nt'], ['住建委', 'nt'], ['应急局', 'nt'], ['公安局', 'nt'], ['交通局', 'nt'], ['交通运输局', 'nt'],
  ['教育局', 'nt'], ['卫健委', 'nt'], ['卫健局', 'nt'], ['发改委', 'nt'], ['发改局', 'nt'], ['城管局', 'nt'], ['自然资源局', 'nt'],
  ['生态环境局', 'nt'], ['文旅局', 'nt'], ['文广旅局', 'nt'], ['农业农村局', 'nt'], ['水利局', 'nt'], ['人社局', 'nt'], ['民政局', 'nt'],
  ['财政局', 'nt'], ['林业局', 'nt'], ['商务局', 'nt'], ['工信局', 'nt'], ['科技局', 'nt'], ['统计局', 'nt'], ['审计局', 'nt'],
  ['司法局', 'nt'], ['气象局', 'nt'], ['防汛办', 'nt'], ['减灾办', 'nt'], ['网信办', 'nt'], ['信访局', 'nt'], ['消防救援大队', 'nt'],
  ['消防救援支队', 'nt'], ['文旅广电局', 'nt'], ['文化广电旅游局', 'nt'], ['文化和旅游局', 'nt'], ['卫生健康委', 'nt'],
  ['卫生健康局', 'nt'], ['城市管理局', 'nt'], ['综合行政执法局', 'nt'], ['城市管理综合执法局', 'nt'],
  // Full names with 和 (jieba cuts 和 as a conjunction, so 人力资源和社会保障局 would end at 保障局).
  ['文化广电和旅游局', 'nt'], ['文化和旅游局', 'nt'], ['文化和旅游厅', 'nt'], ['文化和旅游部', 'nt'],
  ['住房和城乡建设局', 'nt'], ['住房和城乡建设厅', 'nt'], ['住房和城乡建设部', 'nt'], ['住房城乡建设局', 'nt'],
  ['人力资源和社会保障局', 'nt'], ['人力资源和社会保障厅', 'nt'], ['人力资源社会保障局', 'nt'],
  ['自然资源和规划局', 'nt'], ['工业和信息化局', 'nt'], ['工业和信息化厅', 'nt'], ['工业和信息化部', 'nt'], ['经济和信息化局', 'nt'],
  ['文广新旅局', 'nt'], ['文广新局', 'nt'], ['文体广旅局', 'nt'], ['文旅体局', 'nt'], ['文化旅游局', 'nt'],
  ['交通运输厅', 'nt'], ['交通运输部', 'nt'], ['卫生健康委员会', 'nt'], ['退役军人事务局', 'nt'], ['水务局', 'nt'], ['水利厅', 'nt'],
];

/** The tag of each domain word: it overrides the segmenter's (jieba keeps its own tag for a word it already knew). */
export const DOMAIN_TAGS: ReadonlyMap<string, string> = new Map(DOMAIN_WORDS);

/**
 * The dictionary text jieba's `loadDict` takes: `word frequency tag` per line. A
 * caller's own jieba (nodejieba: write it to a file and pass it as `userDict`)
 * should load it too, or report words will be cut apart.
 */
export function buildUserDictionary(words: ReadonlyArray<readonly [string, string]> = DOMAIN_WORDS): string {
  return words.map(([word, tag]) => `${word} 200000 ${tag}`).join('\n') + '\n';
}
