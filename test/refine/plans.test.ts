import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

// A metric reports what was done (ANNOTATION.md); a plan or target is not one.
describe('dropPlans: figures of plans and targets', () => {
  it.each([
    ['下一步，该局将持续推进“你点我检”服务，力争全年食品抽检量不少于4000批次。', '不少于4000批次'],
    ['下一步，市防指将组织约30支巡查队伍，对全市1000余处地质灾害隐患点开展复查。', '约30支'],
    ['下一步，市防指将组织约30支巡查队伍，对全市1000余处地质灾害隐患点开展复查。', '1000余处'],
    ['该区计划于年底前新建应急避难场所5个。', '5个'],
    ['全市力争年内完成老旧燃气管网改造120公里。', '120公里'],
    ['今后，我县将继续开展隐患排查，确保全年整改率达到100%。', '100%'],
    ['下半年将再组织“回头看”检查两轮，对问题突出的5家企业实行每月不少于1次的驻点帮扶。', '5家'],
    ['下半年将再组织“回头看”检查两轮，对问题突出的5家企业实行每月不少于1次的驻点帮扶。', '不少于1次'],
    ['市市场监管局表示，下一步将建立常态化监管机制，年内计划对全市餐饮单位开展检查不少于1万户次。', '不少于1万户次'],
    ['据悉，该局计划4月底前完成对全市19座尾矿库的安全风险评估。', '19座'],
    ['今年计划改造老化燃气管道200公里，目前已完工86公里。', '200公里'],
    ['该局已对1500余艘渔船开展安全检查，并要求每艘渔船按船员人数的120%配备救生衣。', '120%'], // a directive
    ['按照计划，剩余74.7公里管道改造任务将于11月底前全部完成。', '74.7公里'], // a future predicate after the figure
    ['累计完成改造燃气管道486.3公里，占年度任务561公里的86.7%。', '561公里'], // the target named before it
    ['明年要把小型工贸企业作为重点，计划培训企业主要负责人1万人次以上，再新建20个社区微型消防站。', '20个'],
    ['消防处发言人表示，今年将有3间新消防局启用。', '3间'],
    ['市教育局表示，年底前将为全市312所农村学校加装一键报警装置。', '312所'], // a deadline then 将为
    ['今年署方計劃進行約1萬9,500次檢查，並將突擊檢查增至逾5,000次。', '約1萬9,500次'], // 计划进行
    ['115年將續推「行人交通安全設施改善計畫」，預計投入新臺幣30億元。', '30億元'], // 预计投入: money still to be spent
    ['群众如发现违法行为，可拨打举报电话，经查实后给予最高5000元奖励。', '5000元'], // an offer
    ['省应急管理厅有关负责人表示，二季度将聚焦汛期前隐患排查，推动全年事故起数同比再下降5%以上。', '5%以上'], // 将聚焦, 再下降: to come
    ['發言人表示，勞工處下半年會繼續加強巡查高風險工序，預計進行不少於6萬次巡查。', '不少於6萬次'], // 会继续 and 预计进行: to come
    ['救护车在12分钟内到达现场的比率为92.6%，高于服务承诺的92.5%。', '92.5%'], // a pledge
    ['下一阶段工作目标是辖区企业检查覆盖率达到100%。', '100%'], // a goal
    ['消防局预计于年底前再补助安装住警器3,000颗。', '3,000颗'],
    ['县教育局表示，今年秋季学期开学前将新增校车30辆。', '30辆'],
    ['業主沒有遵從清拆令，一經定罪，最高可被罰款20萬元及監禁一年。', '20萬元'], // a legal maximum
    ['按规定，零售网点店内存放量不得超过200箱。', '不得超过200箱'.slice(2)], // a rule
    ['署方今年下半年將展開新一輪大規模行動，計劃巡查約9,000幢樓宇。', '約9,000幢'],
    ['在禁放区域燃放烟花爆竹的，由公安机关责令停止燃放，处100元以上500元以下罚款。', '500元以下'], // a legal provision's penalty
    ['五、工作要求\n\n（一）二季度各区抽查比例不低于本辖区已投用加装电梯总数的30%。', '30%'], // a section of requirements
    ['各区要对照排名查找差距，6月底前重大事故隐患整改率要达到100%。', '100%'],
    ['景区全面实行“分时预约、错峰游览”，将山上瞬时游客量控制在1.8万人以内。', '1.8万人以内'],
    ['景区管委会相关负责人表示，暑期将把每日预约上限调整为4.5万人次。', '4.5万人次'],
    ['淮河干流可能发生1至2次编号洪水。', '1至2次'], // a forecast
    ['據市氣象台預計，20日白天最低氣溫將回升至2℃以上。', '2℃以上'],
    ['根據指引，學校每學年須舉行至少兩次疏散演習。', '至少兩次'], // a duty
    ['教青局表示，下學期將與消防局繼續合作，計劃舉行約40場無預告演習。', '約40場'],
    ['县指挥部要求，各乡镇要严格落实24小时值班值守制度；林区卡点每日巡查不少于2次，每个乡镇至少安排50名扑火队员集结待命。', '50名'], // a duty, continued past ；
    ['今年全县安全生产工作的主要预期目标是：事故起数下降5%以上。为此，重点抓好三方面工作：\n\n一是深化治本攻坚，全年检查企业不少于6500家次。\n\n二是夯实应急基础，新建标准化应急避难场所12个。', '12个'], // a task of the plan announced before 一是…
    ['明年全市安全生产的目标任务已经明确，各部门要以更加务实的作风抓好落实，确保各项工作取得实效。\n\n一是深化治本攻坚，检查企业不少于6500家次。', '不少于6500家次'], // next year's tasks, announced far before the end of the intro
    ['应急管理部要求，各地要在四季度组织开展3至5轮安全生产明查暗访。', '3至5轮'], // a duty with its deadline
    ['各单位要于4月30日前完成全部隐患整改销号，二季度全市检查企业数量不少于350家。', '不少于350家'],
    ['各区要完成全覆盖检查，确保高温津贴按时足额发放率达到100%。', '100%'],
    ['61.3%的县级应急管理部门专业执法人员占比低于规定要求的75%。', '75%'], // the requirement named before it
    ['瞬时最高峰值约11.6万人，未超过核心灯区最大承载量的八成。', '八成'], // a share of a capacity: a limit
    ['建议省政府力争到2027年底，实现执法人员占比达到75%以上；省级财政每年安排安全生产专项资金不低于10亿元。', '不低于10亿元'], // ； continues the recommendation
  ])('%s: %s is dropped', (text, figure) => {
    const { facts, dropped } = extract(text, { explain: true });
    expect(facts.map((f) => f.text)).not.toContain(figure);
    expect(dropped?.find((d) => d.text === figure)?.reason).toMatch(/plan/);
  });

  it.each([
    ['今年以来，全市已检查企业320家，将继续开展专项整治。', '320家'], // the plan comes after
    ['该局将继续开展专项整治，今年以来已检查企业320家。', '320家'], // a clause since says it was done
    ['将12家企业列入安全生产失信名单。', '12家'], // 将 = 把, not a future
    ['全区贯彻落实“三管三必须”有关规定，建立了184家企业安全生产责任清单。', '184家'], // 必须 in a slogan's name
    ['依法对违规燃放行为人处以罚款，共罚款3.2万元。', '3.2万元'], // fines imposed, not a provision's range
    ['全市完成年度计划任务的102%。', '102%'], // a plan fulfilled is a result
    ['下达隐患整改指令书56份，督促企业将1200余项隐患整改到位。', '1200余项'],
    ['今年计划改造老化燃气管道200公里，目前已完工86公里。', '86公里'], // 目前已: done since the plan
    ['该局已对1500余艘渔船开展安全检查，并要求每艘渔船按船员人数的120%配备救生衣。', '1500余艘'], // before the directive
    ['按照上级要求，全市共检查企业120家。', '120家'], // 按…要求 is no directive
    ['全市共检查企业120家，将于下月开展“回头看”。', '120家'], // the future is another clause's
    ['累计完成改造燃气管道486.3公里，占年度任务561公里的86.7%。', '86.7%'], // the share done is a result
    ['救护车在12分钟内到达现场的比率为92.6%，高于服务承诺的92.5%。', '92.6%'], // the rate achieved
    ['演练模拟唐山市发生6.8级地震，全市共有参演单位126个、参演人员1.2万余人。', '1.2万余人'], // 模拟 holds 拟 but plans nothing
    ['主要做法如下：\n\n一是强化排查，全年检查企业6500家次。\n\n二是严格执法，立案查处违法行为522起。', '522起'], // tasks done (做法), not planned
    ['我局已对上述3家维保单位进行约谈，并将其中1家列入信用监管名单。', '1家'], // 并将 as 把: done
    ['防控任务艰巨。今年一月以来，全镇坚持把火灾防控作为头等大事来抓。\n\n一是拉网式排查，排查出隐患四百六十七处。', '四百六十七处'], // a hard task (任务艰巨) and work since January, not a plan announced
    ['事故预计造成直接经济损失3000万元。', '3000万元'], // an estimate, not a plan
    ['为确保行动实效，全省各级公安机关共组织线上知识竞赛近百场。', '近百场'], // 为确保 states a purpose
    ['累计完成投资12.7亿元，其中争取中央预算内投资和中央财政补助资金4.6亿元。', '4.6亿元'], // 争取 + money secured
  ])('%s: %s is kept', (text, figure) => {
    expect(extract(text).facts.map((f) => f.text)).toContain(figure);
  });

  it('drops the figures of a 下一步工作 section, not those of the sections before it', () => {
    const text = '县安委会召开会议\n\n三、主要成效\n\n今年以来，全县共检查企业320家，发现隐患56处。\n\n四、下一步工作\n\n（一）9月底前，各乡镇要完成隐患整改率100%。\n\n（二）开展“回头看”检查2轮。';
    const { facts, dropped } = extract(text, { explain: true });
    expect(facts.map((f) => f.text)).toEqual(['320家', '56处']);
    expect(dropped?.find((d) => d.text === '100%')?.reason).toMatch(/heading 四、下一步工作/);
  });
});

// A figure whose period begins after publication is a target, when the period is a span; a day ahead is often the occasion.
describe('dropFuture: periods that begin after publication', () => {
  it('drops a figure of a quarter still to come', () => {
    const text = '河北省安委办通报\n\n四季度，全省执法检查企业不少于3.5万家次。';
    const { facts, dropped } = extract(text, { publishedAt: '2026-09-10', explain: true });
    expect(facts.map((f) => f.text)).not.toContain('不少于3.5万家次');
    expect(dropped?.find((d) => d.text === '不少于3.5万家次')?.reason).toMatch(/begins after publication/);
  });
  it('keeps work done before a day ahead, and a quarter already begun', () => {
    expect(extract('象山县海洋渔业局通报\n\n9月16日开渔在即，该局已对即将出海的1500余艘渔船开展安全检查。', { publishedAt: '2025-09-12' }).facts.map((f) => f.text)).toContain('1500余艘');
    expect(extract('河北省安委办通报\n\n四季度以来，全省执法检查企业3.5万家次。', { publishedAt: '2026-11-10' }).facts.map((f) => f.text)).toContain('3.5万家次');
  });
});

