/**
 * Words that make what follows a plan or a target rather than something done
 * (ANNOTATION.md: a metric reports what was done, found, held or spent).
 * `下一步，将组织应急演练30场`, `力争全年抽检4000批次`, `计划于年底前新建避难场所5个`.
 */

/** Words of a section heading whose paragraphs are all plans: `四、下一步工作`, `（三）下步打算`. */
export const PLAN_HEADINGS: readonly string[] = ['下一步', '下步', '工作计划', '工作打算', '工作安排', '工作思路', '下阶段', '重点工作安排', '工作要求'];

/** Sentence openers: everything in the sentence is to come. */
export const PLAN_OPENERS: readonly string[] = ['下一步', '下步', '今后', '接下来', '下阶段', '下一阶段', '建议'];

/**
 * Markers inside the figure's clause, before the figure. 将 alone is also the object marker
 * (`将12家企业列入黑名单` = 把), so only 将 before a verb of planning counts.
 */
export const PLAN_MARKERS: readonly string[] = [
  // 争取 plans only before a time or a verb of doing (争取年底前完成); 争取中央资金4.6亿元 secured the money.
  '力争', '争取在', '争取于', '争取到', '争取年', '争取今年', '争取明年', '争取全年', '争取实现', '争取完成', '争取达到', '拟', '计划于', '计划在', '计划年内', '计划今年', '计划明年', '计划开展', '计划投入', '计划新建', '计划完成',
  '将于', '将在', '将继续', '将进一步', '将全面', '将陆续', '将加快', '将开展', '将组织', '将启动', '将新建', '将建成', '将完成',
  '将投入', '将实现', '将力争', '将再', '将对', '将持续', '将按照', '将结合', '将重点', '将逐步', '将加大', '将深入', '将着力',
  '将大力', '将集中', '将采取', '年底前完成', '年内完成', '年内建成', '确保全年', '确保年底',
  '今年计划', '年内计划', '全年计划', '明年计划', '计划对', '底前完成', '下一步', '下步', '接下来', '下阶段',
  // A directive sets a standard, nothing was done yet: 要求每艘渔船按船员人数的120%配备救生衣.
  '要求每', '要求各', '要求所有', '要求全部',
  // Next year's figures are targets; 计划 + a verb of doing; 将有 (今年将有3间新消防局启用).
  '明年', '计划再', '计划培训', '计划新增', '计划改造', '计划实施', '计划建设', '计划招聘', '将有',
  // A goal stated as one (目标是…覆盖率达到100%); 预计 only before a time or 将 (预计直接经济损失3000万元 estimates a loss).
  '目标是', '目标为', '目标：', '目标:', '目标到', '目标在', '预计于', '预计在', '预计将', '预计年底', '预计年内',
  // A duty with its deadline (各单位要于4月30日前完成…, 各地要在四季度组织开展3至5轮) and what it is to ensure (确保…达到100%).
  '要于', '要在', '须于', '须在', '需于', '需在', '确保',
  '要严格', '要切实', '要全面', '要坚决', '要加强', '要持续', // 各乡镇要严格落实…；…每日巡查不少于2次
  // 将 + a verb of adding or building (今年将增聘职业安全主任约40名, 开学前将新增校车30辆).
  '将新增', '将增聘', '将增加', '将增设', '将建设', '将推进', '将实施', '将投资', '将改造', '将培训', '将招聘', '将配备', '将更新',
  '将展开', '计划巡查', '计划检查', '计划排查', '计划抽查', // 今年下半年將展開新一輪行動，計劃巡查約9,000幢
  '最高可', '可处', '可被', // a legal maximum (一經定罪，最高可被罰款20萬元)
  '不得', // a rule (零售网点店内存放量不得超过200箱)
  // A target to reach or keep within (6月底前…整改率要达到100%, 将山上瞬时游客量控制在1.8万人以内), a future change
  // (暑期将把每日预约上限调整为4.5万人次, 最低气温将回升至2℃以上), a forecast (可能发生1至2次编号洪水), a duty
  // (学校每学年须举行至少两次疏散演习, 必须), and 计划 + a verb of holding (计划举行约40场).
  '要达到', '控制在', '将把', '将回升', '将下降', '将升至', '将降至', '将达到', '可能发生', '可能出现', '须举行', '须开展', '须组织', '须进行', '必须',
  '计划举行', '计划组织',
  // 会 as 将 (下半年会继续加强巡查), and 预计 before a verb of doing (预计进行不少于6万次巡查).
  '会继续', '会进一步', '将会', '预计进行', '预计开展', '预计完成', '预计新增', '预计组织',
  // 将 + a verb of focusing or pushing (二季度将聚焦…，推动全年事故起数同比再下降5%以上).
  '将聚焦', '将围绕', '将紧盯', '将推动', '将强化',
  // A deadline then 将 (年底前将为全市312所农村学校加装…), 将为, 计划进行 (not 并将: 并将其中1家列入… is 把).
  '前将', '将为', '计划进行',
  // 預計投入新臺幣30億元 (money to be spent), 將續推 (a programme to go on), an offer (经查实后给予最高5000元奖励).
  '预计投入', '预计投资', '将续推', '将续办', '给予最高',
];

/** Words that hold a marker but plan nothing (模拟 holds 拟: 演练模拟…发生地震，参演人员1.2万余人 is done; 为确保 states a purpose). */
export const NOT_PLAN_WORDS: readonly string[] = ['模拟', '虚拟', '比拟', '为确保', '以确保', '为了确保', '三管三必须', '三个必须'];

/** Words right before a figure that make it the target itself: 占年度任务561公里的86.7% (561公里; 86.7% is done), 低于规定要求的75%. */
export const TARGET_BEFORE = /(?:年度任务|目标任务|年度目标|任务目标|计划任务|服务承诺的?|承诺目标的?|规定要求的?|标准要求的?|最大承载量的?|承载量的?)$/;

/** Markers after the figure in its clause: its predicate is a future (剩余74.7公里…将于11月底前全部完成). */
export const PLAN_AFTER_MARKERS: readonly string[] = ['将于', '将在', '须于', '需于', '要于', '计划于', '力争于', '力争在', '确保在', '确保于'];

/** Words that end a plan within its sentence: what follows was done (`将继续整治，今年以来已检查企业320家`). */
export const DONE_MARKERS: readonly string[] = ['已', '累计', '共计', '今年以来', '截至', '截止', '目前', '先后', '共检查', '共排查'];

/** A legal provision's penalty, not a fine imposed: 处100元以上500元以下罚款, 处二千元以上一万元以下的罚款. */
export const PROVISION = /处[^，。；;]{0,14}以上[^，。；;]{0,14}以下(?:的)?罚款/;
