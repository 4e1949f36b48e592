import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { findPeriods } from '../../src/attribution/period/find-periods.js';
import { holidayRange } from '../../src/attribution/period/holidays.js';
import { PERIOD_PARSERS } from '../../src/attribution/period/patterns.js';
import { findEventDate, PAGE_WINDOW } from '../../src/attribution/period/resolve-event.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributeAt } from './helpers.js';

describe('findPeriods: spans and parsers', () => {
  it.each([
    ['5月17日，长春启动安全生产百日攻坚行动', '5月17日', 'day'],
    ['2022年8月25日，全省召开会议', '2022年8月25日', 'day'],
    ['——二〇二二年吉林省网络安全宣传周活动综述', '二〇二二年', 'year'],
    ['9月9日至11日,省公安厅在全省范围内', '9月9日至11日', 'day-range'],
    ['5月20日至6月30日，开展专项行动', '5月20日至6月30日', 'day-range'],
    ['6月18日8时至19日8时，全市平均降雨量86.4毫米', '6月18日8时至19日8时', 'day-range'], // hours on each end
    ['3月18日14时20分，双柏县发生森林火灾', '3月18日14时20分', 'day'],
    ['截至6月19日17时，此轮强降雨共造成', '截至6月19日17时', 'until'],
    ['7月15日至17日强降雨期间，该县转移群众', '7月15日至17日强降雨期间', 'day-range'], // the date and its event are one period
    ['“今年以来，村里共排查隐患12处', '今年以来', 'year-to-date'], // the quotation's opening mark is not the period's
    ['检测研究院张家界分院今年以来共完成定期检验9条', '今年以来', 'year-to-date'], // who comes before 今年以来, not an event
    ['宁波海事局召开四季度水上交通安全形势分析会，通报今年1至10月监管情况', '今年1至10月', 'month-range'], // 四季度 names the meeting
    ['1至9月，全市累计检查企业', '1至9月', 'month-range'],
    ['累計115年1至9月，全縣發生火災498件', '115年1至9月', 'month-range'], // a 民国 year
    ['114年全國共發生火災2萬3,418件', '114年', 'year'], // a 民国 year before its scope
    ['假期全省累计接待游客1486.3万人次', '假期', 'holiday-unnamed'], // 假期 before its scope
    ['1月份至7月份，全区共', '1月份至7月份', 'month-range'],
    ['2023年1月至2026年9月，全市检察机关共受理', '2023年1月至2026年9月', 'month-range'], // a year on each end
    ['▶ 6月1日入汛以来\n• 出动巡查人员 1.2万余人次', '6月1日入汛以来', 'since'], // a date opening its line past a bullet, then its event
    ['6月1日入汛以来', '6月1日入汛以来', 'since'],
    ['今年汛期（5月1日至9月30日）全省', '今年汛期', 'season'],
    ['以每10萬人口計算，113年為12.6人', '113年', 'year'], // a 民国 year opening its clause before 为
    ['較113年減少131人', '113年', 'year'], // … or after a comparison's 较
    ['第二季巡查約3萬1千次，較第一季增加約15%', '第二季', 'half-quarter'], // 第二季: Hong Kong's 第二季度
    ['7至8月日均接警出动达386起', '7至8月', 'month-range'], // 日均 after the month is no day
    ['截至2025年年底，全港共有約7萬零900部升降機', '截至2025年年底', 'until-year-end'], // 年年底: the year, then its end
    ['2025年11月至2026年2月底，全省共检查', '2025年11月至2026年2月底', 'month-part'],
    ['截至5月30日，公主岭市共检查', '截至5月30日', 'until'],
    ['4月中旬至6月底，全市共检查企业320家', '4月中旬至6月底', 'month-part'],
    ['6月下旬，全县组织演练12次', '6月下旬', 'month-part'],
    ['4月中旬至今，检查门店46家', '4月中旬至今', 'since'],
    ['截至今天20时,中秋节假期', '截至今天20时', 'until-now'],
    ['截至9月底，全区共检查', '截至9月底', 'until'],
    ['自6月14日以来，身着“红马甲”', '自6月14日以来', 'since'],
    ['从6月开始，农安县用电安全隐患', '从6月开始', 'since'],
    ['今年以来，平城区牢固树立', '今年以来', 'year-to-date'],
    ['今年年初以来，该区已开展', '今年年初以来', 'year-to-date'],
    ['仅今年上半年，全区各部门', '今年上半年', 'half-quarter'],
    ['一季度，全市交警部门', '一季度', 'half-quarter'],
    ['前三季度，全市', '前三季度', 'half-quarter'],
    ['9月份，市安委会组织', '9月份', 'month'],
    ['国庆假期期间，绵阳市', '国庆假期期间', 'holiday'],
    ['“五一”假期，佛山市南海区', '“五一”假期', 'holiday'],
    ['中秋节假期,省安委会办公室', '中秋节假期', 'holiday'],
    ['节日期间,全省198人次', '节日期间', 'holiday-unnamed'],
    ['假期7天，全区累计检查', '假期7天', 'holiday-unnamed'],
    ['近日，平城区水泊寺街道办事处', '近日', 'vague'],
    ['当天拆除了10余个地锁', '当天', 'same-day'],
    ['自百日攻坚行动开展以来，全市共排查', '自百日攻坚行动开展以来', 'event-since'],
    ['行动期间,全省共设置宣传点', '行动期间', 'event-span'],
    ['消防局今（28）日公布应变期间救灾统计', '应变期间', 'event-span'], // the announcing day and verb are no part of the name
    ['劳工处于五月至六月期间针对户外工作地点进行特别执法行动', '五月至六月', 'month-range'], // a date in Chinese numerals is no event name
    ['宣传周首日,中国工程院院士', '宣传周首日', 'event-span'],
  ])('%s → %s (%s)', (text, phrase, rule) => {
    const found = findPeriods(text).find((m) => m.text === phrase);
    expect(found?.rule).toBe(rule);
  });

  it.each([
    ['实现连续14个月未发生较大以上生产安全事故', '14个月 is a duration'],
    ['省安委办下发了《关于切实做好中秋节期间安全防范工作的通知》', 'inside a document title'],
    ['第22个“安全生产月”', 'an ordinal, no month number'],
    ['宁波海事局召开四季度水上交通安全形势分析会', 'a meeting named by its quarter'],
    ['建校115年来培养学生3万人', '115年 with no month is no 民国 year'],
    ['汛期到来之前，全县排查隐患', 'before the season'],
    ['建校115年为学生提供', '115年 after a verb is an age'],
    ['为近10年来首度降至2,900人以下', 'the scope of a superlative'],
  ])('finds nothing in %s (%s)', (text) => {
    expect(findPeriods(text).filter((m) => !m.comparison)).toEqual([]);
  });

  it.each([
    ['与去年同期相比，火灾起数下降5.6%', '同期'],
    ['全市事故起数较去年上半年下降12%', '去年上半年'],
    ['今年上半年事故起数低于去年上半年，', '去年上半年'],
    ['与去年四季度相比，事故总量环比上升3.1%', '去年四季度'], // 去年 is part of the phrase since it can also date one (去年10月以来)
    ['与近五年同期均值相比分别下降34.2%', '同期'],
    ['事故起数较去年下降12%', '去年'],
    ['与去年相比，火灾起数下降', '去年'],
    ['火灾损失是去年的2倍', '去年'],
    ['我市遭遇今年入汛以来最强降雨过程', '我市遭遇今年入汛以来'],
    ['全省迎来有气象记录以来首次全域暴雪', '全省迎来有气象记录以来'],
  ])('marks the comparison base in %s', (text, phrase) => {
    expect(findPeriods(text).find((m) => m.text === phrase)?.comparison).toBe(true);
  });
});

describe('PERIOD_PARSERS: cues', () => {
  // findPeriods skips a parser whose cues a text lacks; every match its parser accepts must hold one.
  const corpus = ['seeds', 'synthetic'].flatMap((d) => {
    const dir = join(__dirname, '../../corpus', d);
    return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
  }).concat('截至2023年底，全省累计建成；到二〇二四年末将完成；截止到目前为止；2024年第四季度；春节期间；每季度开展一次；4月中旬至6月底；6月下旬；3月初至5月；安全生产月期间；“消防宣传月”活动期间；全年全市；2024年全年；截至20日8时；本月全市；上周全市；本周全市；上月全市；上个月全市；这个月全市；该月全市；过去五年全县；近三年来全省；“十四五”期间全市；15日晚间至16日清晨；节前，全县；假期前，全市；前年全县');
  it.each(PERIOD_PARSERS.map((p) => [p.id, p] as const))('every match of %s in the corpus holds one of its cues', (_id, parser) => {
    let matches = 0;
    for (const text of corpus) {
      for (const m of text.matchAll(parser.re)) {
        if (!parser.extract(m as RegExpExecArray)) continue; // a match its parser refuses is no period
        matches++;
        expect(parser.cues.some((c) => m[0].includes(c)), m[0]).toBe(true);
      }
    }
    expect(matches).toBeGreaterThan(0);
  });
});

describe('findEventDate: a jump-continued article is dated from its page, not from the whole input', () => {
  // The event is dated in an earlier part of the page; `gap` characters of other sentences stand between.
  function dateAcross(gap: number) {
    const dated = '5月17日，长春启动安全生产百日攻坚行动。';
    const filler = '其他新闻内容。'.repeat(Math.ceil(gap / 7));
    const own = '百日攻坚行动期间，全市共检查企业12家。';
    const text = dated + filler + own;
    const sentences = [...text.matchAll(/[^。]+。/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    const ownSentence = sentences[sentences.length - 1]!;
    const mentions = findPeriods(own, ownSentence.start);
    const event = mentions.find((m) => m.key)!;
    return findEventDate(event, mentions, { text, sentences: [ownSentence], pageSentences: sentences, referenceYear: 2024 })?.text ?? null;
  }

  it('finds the date a page away', () => expect(dateAcross(5_000)).toBe('5月17日'));
  it(`does not look further than ${PAGE_WINDOW} characters (a huge input stays linear)`, () => expect(dateAcross(PAGE_WINDOW + 1_000)).toBeNull());
});

describe('holidayRange', () => {
  it.each([
    [2024, '国庆', ['2024-10-01', '2024-10-07']],
    [2024, '春节', ['2024-02-10', '2024-02-17']],
    [2024, '劳动节', ['2024-05-01', '2024-05-05']],
    [2023, '元旦', ['2022-12-31', '2023-01-02']],
    [1980, '春节', null],
  ] as const)('%i %s', (year, name, range) => expect(holidayRange(year, name)).toEqual(range));
});

describe('attribute: the governing period and its ISO dates', () => {
  it.each([
    // [text, figure, publishedAt, period, start, end]
    ['全市上下齐心协力。自百日攻坚行动开展以来，全市共排查各类安全隐患23.7万项。', '23.7万项', null, '自百日攻坚行动开展以来', null, null],
    ['5月17日，长春启动安全生产百日攻坚行动。\n\n自百日攻坚行动开展以来，全市共排查各类安全隐患23.7万项。', '23.7万项', null, '自百日攻坚行动开展以来', '--05-17', null],
    ['截至5月30日，公主岭市共检查户外广告260余个。', '260余个', null, '截至5月30日', null, '--05-30'],
    ['今年以来，遵义市汇川区开展排查。截至9月底，全区共检查瓶装液化气用户2800余户。', '2800余户', null, '截至9月底', '--01-01', '--09-30'],
    ['仅今年上半年，全区各部门共出动检查组887次，检查单位4251家。', '4251家', null, '今年上半年', '--01-01', '--06-30'],
    ['今年上半年，全区各部门共出动检查组887次。', '887次', '2023-07-10', '今年上半年', '2023-01-01', '2023-06-30'],
    ['2024年1至9月，全市共发生各类生产安全事故46起。9月份，市安委会派出督导组8个。', '8个', null, '9月份', '2024-09-01', '2024-09-30'],
    ['今年一季度，全国共发生各类生产安全事故约4100起。同期，中央财政下达自然灾害防治资金17.6亿元。', '17.6亿元', null, '同期', '--01-01', '--03-31'],
    ['国庆假期期间，绵阳市涪城区组成联合检查组12个。', '12个', '2024-10-09', '国庆假期期间', '2024-10-01', '2024-10-07'],
    ['4月中旬至6月底，全市共检查企业320家。', '320家', '2024-07-20', '4月中旬至6月底', '2024-04-11', '2024-06-30'],
    ['5月上旬至7月中旬，全区排查隐患56处。', '56处', '2024-07-20', '5月上旬至7月中旬', '2024-05-01', '2024-07-20'],
    ['4月中旬至今，检查门店46家。', '46家', '2024-07-20', '4月中旬至今', '2024-04-11', null],
    // A national campaign month is the same month every year.
    ['今年安全生产月期间，全市共开展咨询日活动126场。', '126场', '2024-07-05', '今年安全生产月期间', '2024-06-01', '2024-06-30'],
    // 截至 with its hour opens the clause, so it governs the figures after it in its sentence (not the lead's storm days).
    ['6月18日至20日，我县遭遇入汛以来最强降雨过程。\n\n据初步统计，截至6月21日18时，全县受灾人口12.83万人；因灾死亡1人。', '1人', '2024-06-22', '截至6月21日18时', null, '2024-06-21'],
    // 前年 is the year before last; a base of comparison right before its figures (（前年分别为26起、12人）) is theirs.
    ['去年全年，全县共发生事故21起、死亡9人，同比分别下降19.2%和25%（前年分别为26起、12人）。', '12人', '2026-01-16', '前年', '2024-01-01', '2024-12-31'],
    ['去年全年，全县共发生事故21起、死亡9人，同比分别下降19.2%和25%（前年分别为26起、12人）。', '25%', '2026-01-16', '去年全年', '2025-01-01', '2025-12-31'],
    // A 民国 year before its months (115年 = 2026), after 累计, governs the clauses of its sentence.
    ['累計115年1至9月，全縣發生火災498件；救護出勤達2萬9,106件，較去年同期增加1,452件。', '2萬9,106件', '2026-10-06', '115年1至9月', '2026-01-01', '2026-09-30'],
    // A weather event's since-period with no date runs from the lead's dated span, past a bulletin's header lines.
    ['新化县防汛抗旱指挥部\n防汛工作简报\n第4期\n\n“7·12”强降雨过程灾情及应对情况\n\n7月11日20时至13日8时，我县普降暴雨。\n\n应对方面，强降雨发生以来，全县累计出动干部群众1.2万余人次。', '1.2万余人次', '2026-07-13', '强降雨发生以来', '2026-07-11', null],
    // A period opening a quotation governs the rest of its paragraph (not the article's later paragraphs).
    ['“今年以来，我们站共接警出动1286次。”周磊告诉记者，“其中火灾扑救312起。”', '312起', '2026-12-18', '今年以来', '2026-01-01', null],
    // A period opening its clause before a subject and 共 governs its sentence's later clauses (after ；).
    ['屋宇署今日公布，今年上半年署方共巡查樓宇1萬8,420幢次；發出清拆令5,312張。', '5,312張', '2026-07-20', '今年上半年', '2026-01-01', '2026-06-30'],
    // A holiday with its days in brackets takes them, for every later 假期内 too; a named season's 防火期内 takes the lead's dates.
    ['今年春節假期（2月16日至22日）期間，消防局共錄得各類出勤1,236次。\n\n火警方面，假期內全澳共錄得火警42宗。', '42宗', '2026-02-23', '假期内', '2026-02-16', '2026-02-22'],
    ['2025年10月1日至2026年4月30日森林防火期，全县森林防火形势总体平稳。\n\n防火期内，全县共发生森林火情6起。', '6起', '2026-05-09', '防火期内', '2025-10-01', '2026-04-30'],
    // A campaign's span earlier in its paragraph starts a 截至 after it; its 开展以来 is dated by the lead though quoted there.
    ['8月1日至11月8日，沂水县开展“百日攻坚”行动。\n\n行动期间，全县排查一般事故隐患1.38万项。截至11月8日，已整改一般隐患1.33万余项。', '1.33万余项', '2026-11-13', '截至11月8日', '2026-08-01', '2026-11-08'],
    ['8月1日至11月8日，沂水县开展“百日攻坚”行动。\n\n攻坚行动开展以来，全县共立案查处违法违规行为213起。', '213起', '2026-11-13', '攻坚行动开展以来', '2026-08-01', null],
    // A week the lead dates is the article's 本周 (a bulletin published days after its week).
    ['崇阳消防一周接警出动41起\n\n本报讯　9月7日至13日，崇阳县消防救援大队共接警出动41起。\n\n防火检查方面，大队本周共检查社会单位73家。', '73家', '2026-09-17', '本周', '2026-09-07', '2026-09-13'],
    // 去年同月 is the month named before, a year earlier (a base of comparison right before its figure).
    ['9月份全縣共發生火災52件，較去年同月的58件減少6件。', '58件', '2026-10-08', '去年同月', '2025-09-01', '2025-09-30'],
    // 节前: up to the day before the holiday named last begins.
    ['清明节假期（4月4日至6日），永泰县安全形势平稳。\n\n节前，县森林防灭火指挥部组织5个督导组，排查火灾隐患136处。', '136处', '2026-04-07', '节前', null, '2026-04-03'],
    // The span of the work just counted (巡查期間) is the period it was counted in; a campaign's span with no dates stays undated.
    ['2025年全年，勞工局共進行職安健巡查11,826次。巡查期間共發現違規情況3,418項。', '3,418項', '2026-02-10', '巡查期间', '2025-01-01', '2025-12-31'],
    ['截至10月底，全市共檢查企業3126家。專項整治期間，各鎮街每週抽查企業10至15家。', '10至15家', '2023-11-02', '专项整治期间', null, null],
    // A period opening its paragraph, then its subject and 共, governs the paragraph; 二○二四年 (a white circle) is a year.
    ['去年消防處共接獲火警召喚3萬5,987宗。其中三級或以上火警有12宗，較二○二四年的9宗增加3宗。', '12宗', '2026-01-20', '去年', '2025-01-01', '2025-12-31'],
    ['去年消防處共接獲火警召喚3萬5,987宗。其中三級或以上火警有12宗，較二○二四年的9宗增加3宗。', '9宗', '2026-01-20', '二〇二四年', '2024-01-01', '2024-12-31'],
    // 一季度末 is the day the quarter ends, a point in time.
    ['上半年，全省重大事故隐患动态清零率由一季度末的87.6%提高到96.3%。', '87.6%', '2026-07-21', '一季度末', null, '2026-03-31'],
    // Days without their month take the month last named, else the publication's; an event named with them is dated by them.
    ['8月3日，全市召开部署会议。25日至28日，全市检查企业45家。', '45家', '2024-09-10', '25日至28日', '2024-08-25', '2024-08-28'],
    ['受台风影响，15日晚间至16日清晨全县累计受伤7人。', '7人', '2024-09-17', '15日晚间至16日清晨', '2024-09-15', '2024-09-16'],
    ['中度台风白兰于8月25日深夜至26日下午挟带强风豪雨影响本市。台风期间全市有14人受伤。', '14人', '2026-08-28', '台风期间', '2026-08-25', '2026-08-26'], // 深夜
    ['中度台风银杏于15日晚间至16日清晨侵袭本县。台风期间全县累计受伤7人。', '7人', '2024-09-17', '台风期间', '2024-09-15', '2024-09-16'],
    ['28日至30日，全县累计转移群众320人。', '320人', '2025-01-02', '28日至30日', '2024-12-28', '2024-12-30'],
    // 活动期间 in an article about a campaign month is that month; 一月一总结 (each month) is no January.
    ['霍山县“安全生产月”活动综述\n\n霍山县按照“一周一重点、一月一总结”的思路推进各项活动。\n\n活动期间，全县共开展集中宣传活动126场次。', '126场次', '2024-07-05', '活动期间', '2024-06-01', '2024-06-30'],
    // 去年 dates a period that runs to now; 去年同期 and 去年上半年 inside a clause stay bases of comparison.
    ['去年10月以来，全市共检查企业320家。', '320家', '2024-07-20', '去年10月以来', '2023-10', null],
    // A month, then the campaign it started, then 以来: a since-period from that month (with 自, or opening its clause).
    ['自2024年5月全县部署开展自建房安全专项整治以来，截至今年6月底，全县累计排查自建房12.83万栋。', '12.83万栋', '2025-07-08', '截至今年6月底', '2024-05-01', '2025-06-30'],
    ['记者11月3日从市消防救援支队获悉，今年4月电动自行车安全隐患整治行动开展以来，全市累计检查场所3.62万处。', '3.62万处', '2025-11-04', '今年4月电动自行车安全隐患整治行动开展以来', '2025-04-01', null],
    // 截至 ends a since-period opened earlier in its paragraph (a month's since counts); in a later paragraph it stands alone.
    ['11月以来，市市场监管局开展特种设备专项检查。截至12月15日，全市共检查使用单位2148家。', '2148家', '2025-12-18', '截至12月15日', '2025-11', '2025-12-15'],
    ['6月16日以来，我市普降大到暴雨。\n\n截至6月19日17时，全市受灾人口12.36万人。', '12.36万人', '2025-06-20', '截至6月19日17时', null, '2025-06-19'],
    // 全年: the whole year the lead names; with none, the publication year, or the year before in a January/February review.
    ['广东省2024年国民经济和社会发展统计公报\n\n全年全省共发生各类生产安全事故2376起。', '2376起', '2025-03-31', '全年', '2024-01-01', '2024-12-31'],
    ['市消防救援支队召开年度新闻发布会。全年本市共发生火灾1862件。', '1862件', '2025-01-15', '全年', '2024-01-01', '2024-12-31'],
    ['今年以来，全市安全生产形势平稳，全年共发生事故12起。', '12起', '2025-12-28', '全年', '2025-01-01', '2025-12-31'],
    // … the whole year named last before it: 去年全年 in the paragraph before, not the 2026年第一次会议 of the headline.
    ['霍山县召开县安委会2026年第一次全体会议\n\n会议指出，去年全年，全县共发生各类生产安全事故21起。\n\n全年，全县各级各部门共检查生产经营单位4236家次。', '4236家次', '2026-01-16', '全年', '2025-01-01', '2025-12-31'],
    ['2024年，全区共发生火灾212起。\n\n全年，全区共开展消防宣传活动326场次。', '326场次', '2025-06-20', '全年', '2024-01-01', '2024-12-31'],
    // A period opening its paragraph with a total (全年共…, 1至9月累计…) governs the paragraph's later sentences too.
    // 上周, 本周, 上月: relative to the day of publication (weeks run Monday to Sunday); 较上月 stays a comparison.
    ['东莞市安全生产周报\n\n上周，全市共检查企业1983家。', '1983家', '2026-08-17', '上周', '2026-08-10', '2026-08-16'],
    ['东莞市安全生产周报\n\n本周，全市已检查企业312家。', '312家', '2026-08-20', '本周', '2026-08-17', '2026-08-23'],
    ['绍兴市安全生产月报\n\n上月，全市共发生生产安全事故3起。', '3起', '2026-01-05', '上月', '2025-12-01', '2025-12-31'],
    // … unless brackets give its dates (a bulletin published the Monday after its week), for every later 本周 too.
    ['徐州市消防救援支队一周火灾警情通报\n\n本周（11月16日至22日），全市共接警出动486起。\n\n一、火灾情况\n\n本周全市共发生火灾173起。', '173起', '2026-11-23', '本周', '2026-11-16', '2026-11-22'],
    ['东莞市安全生产周报\n\n上周，全市共检查企业1983家。', '1983家', null, '上周', null, null],
    ['合肥交警通报\n\n包河区上月共查处骑手交通违法行为4870起。', '4870起', '2026-06-05', '上月', '2026-05-01', '2026-05-31'], // not fronted, not compared
    // A day, a campaign and 以来: the since starts on that day; a later 截至 of its paragraph ends it.
    ['红安县开展水库安全大检查\n\n自3月15日启动汛前水库安全检查以来，县水利局组织技术人员开展排查。截至5月20日，全县148座水库已全部完成检查。', '148座', '2026-05-22', '截至5月20日', '2026-03-15', '2026-05-20'],
    // A day with its hour (7月28日上午9时，) opens its clause; an event held that day (举行) announces nothing: its figures are that day's.
    ['唐山举行防震减灾综合应急演练\n\n7月28日上午9时，唐山市防震减灾综合应急演练在路北区同步举行。\n\n在主会场，12支专业救援队伍开展8个科目演练。', '12支', '2026-07-29', '7月28日上午9时', '2026-07-28', '2026-07-28'],
    // 去年全澳… opens its clause as 去年全市… does, and governs the paragraph's later sentences.
    ['消防局公佈2025年工作統計\n\n去年全澳共錄得火警1,046宗，按年減少8.2%；當中樓宇火警412宗。', '412宗', '2026-01-15', '去年', '2025-01-01', '2025-12-31'],
    // 较2024年的52人减少15人: the base year dates its own value (52人), not the change (15人).
    ['消防局公布2025年工作统计\n\n去年全澳共录得火警1046宗，受伤人数较2024年的52人减少15人。', '15人', '2026-01-15', '去年', '2025-01-01', '2025-12-31'],
    ['消防局公布2025年工作统计\n\n去年全澳共录得火警1046宗，受伤人数较2024年的52人减少15人。', '52人', '2026-01-15', '2024年', '2024-01-01', '2024-12-31'],
    // A paragraph going on from the one before (其中，… / 从各区情况看，…) reads that one's period, as s10's gold does.
    ['汇川区燃气安全专项整治取得阶段性成效\n\n今年以来，汇川区开展燃气安全专项整治。截至9月底，全区共排查燃气用户2800余户。\n\n其中，区住建局投入资金近600万元。', '近600万元', '2025-10-10', '截至9月底', '2025-01-01', '2025-09-30'],
    ['武汉市高温劳动保护督查通报\n\n6月15日至7月25日，市人社局组成联合督查组5个。\n\n从各区情况看，江岸区检查用人单位162户。', '162户', '2025-07-28', '6月15日至7月25日', '2025-06-15', '2025-07-25'],
    // 这个月 is the month named just before it.
    ['滨江交出安全生产月成绩单\n\n6月是全国第25个“安全生产月”。\n\n这个月，全区共检查企业1035家。', '1035家', '2026-07-02', '这个月', '2026-06-01', '2026-06-30'],
    ['增冲村的冬季防火\n\n今年以来，村里开展防火巡查。村支书说：“这个月我们已经巡查出隐患17处。”', '17处', '2026-12-28', '这个月', '2026-12-01', '2026-12-31'], // no month named before: the article's
    // 今年第14号台风 names a typhoon: no 今年 opens the paragraph, so 截至 has no start.
    ['湛江供电局全力抢修受损电网\n\n受今年第14号台风影响，湛江市遭受狂风暴雨袭击。截至9月17日18时，湛江供电局已恢复供电用户51.3万户。', '51.3万户', '2026-09-18', '截至9月17日18时', null, '2026-09-17'],
    // 当天 is the last single day named, past an event span named since (赛事期间).
    ['杭州马拉松安保工作圆满完成\n\n11月1日，2026杭州马拉松鸣枪开跑。赛事期间未发生一起安全责任事故。\n\n为保障赛事安全，杭州市公安局当天共投入安保力量6800余人。', '6800余人', '2026-11-02', '当天', '2026-11-01', '2026-11-01'],
    // 过去五年 / 五年来: the whole years before the article's; “十四五”期间: the plan's years. A base of comparison (较2020年) names no year of the article.
    ['宁海县人民政府工作报告\n\n过去五年，全县生产安全事故起数较2020年下降41.6%，累计投入安全生产专项资金9.8亿元。', '9.8亿元', '2026-01-08', '过去五年', '2021-01-01', '2025-12-31'],
    ['宁海县人民政府工作报告\n\n过去五年，全县生产安全事故起数较2020年下降41.6%。\n\n全年发生生产安全事故11起。', '11起', '2026-01-08', '全年', '2025-01-01', '2025-12-31'],
    ['全市安全生产综述\n\n“十四五”期间，全市累计投入安全生产资金12.6亿元。', '12.6亿元', '2026-03-01', '“十四五”期间', '2021-01-01', '2025-12-31'],
    // 专项行动期间 with the campaign named only in the lead next to its dates: the lead's span.
    ['合肥交警骑手安全季行动见成效\n\n6月4日，合肥市公安局交警支队通报“骑手安全季”专项行动开展情况。3月1日至5月31日，全市交警部门共查处骑手交通违法行为3.86万起。\n\n据统计，专项行动期间，全市涉及骑手的道路交通事故共发生213起。', '213起', '2026-06-05', '专项行动期间', '2026-03-01', '2026-05-31'],
    // The dates in brackets after a holiday of last year are last year's; with them before its comma the holiday opens its clause.
    ['张家界五一旅游\n\n去年“五一”假期（5月1日至5日），全市景区共接待游客186.3万人次。', '186.3万人次', '2026-05-06', '5月1日至5日', '2025-05-01', '2025-05-05'],
    // Month ranges across years take each end's own year.
    ['无锡检察通报\n\n2023年1月至2026年9月，全市检察机关共受理案件214件。', '214件', '2026-10-28', '2023年1月至2026年9月', '2023-01-01', '2026-09-30'],
    ['森林防火通报\n\n2025年11月至2026年2月底，全市共检查企业120家。', '120家', '2026-03-05', '2025年11月至2026年2月底', '2025-11-01', '2026-02-28'],
    ['嘉兴市统计公报\n\n全年共发生各类生产安全事故87起，比上年减少12起；死亡79人，减少9人。', '79人', '2026-02-20', '全年', '2025-01-01', '2025-12-31'],
    // … but one in mid-paragraph with neither a comma nor a total after it dates its own sentence only.
    ['平城区开展安全检查\n\n检查组深入企业。上半年检查企业12家；此外，全区对63个街道办事处开展了考核。', '63个', '2026-08-01', null, null, null],
    // A clock time after the day of a since: 5月1日12时起.
    ['5月1日12时起，东海海域进入伏季休渔期。截至8月20日，全县累计检查渔船1.12万艘次。', '1.12万艘次', '2025-08-22', '截至8月20日', '2025-05-01', '2025-08-20'],
    // An event since-period no date names runs from the lead's explicit since (6月16日以来 … 灾情发生以来).
    ['韶关市三防总指挥部灾情通报\n\n受强降雨影响，6月16日以来我市普降大到暴雨。\n\n一、受灾情况。全市受灾人口12.36万人。\n\n二、应对处置。灾情发生以来，全市累计出动各类救援力量2.16万人次。', '2.16万人次', '2025-06-20', '灾情发生以来', '2025-06-16', null],
    // 截至…，此轮强降雨共造成…: the damage of the event the lead dates runs from the event's start (its since, else its dated span).
    ['韶关市三防总指挥部灾情通报\n\n受强降雨影响，6月16日以来我市普降大到暴雨。\n\n一、受灾情况。截至6月19日17时，此轮强降雨共造成全市受灾人口12.36万人。', '12.36万人', '2025-06-20', '截至6月19日17时', '2025-06-16', '2025-06-19'],
    ['7月11日20时至13日8时，全省普降暴雨。截至13日17时，本轮降雨共造成全省12万人受灾。', '12万人', '2025-07-14', '截至13日', '2025-07-11', '2025-07-13'],
    // … not a campaign's work nor an event named only later (此次检查).
    ['6月16日以来，全市开展安全大检查。\n\n截至6月19日，此次检查共发现隐患120处。', '120处', '2025-06-20', '截至6月19日', null, '2025-06-19'],
    // A section title's period dates the lines under it that name none (▶ 上月执法检查, 一、9月份事故情况), past the lead's.
    ['全市安全生产工作通报\n\n今年以来，全市安全生产形势总体平稳。\n\n▶ 上月执法检查\n• 检查企业 318 家\n• 发现隐患 904 项', '904 项', '2026-08-03', '上月', '2026-07-01', '2026-07-31'],
    ['全市安全生产工作通报\n\n今年以来，全市安全生产形势总体平稳。\n\n一、9月份事故情况\n\n全市共发生生产安全事故12起，死亡3人。', '3人', '2026-10-20', '9月份', '2026-09-01', '2026-09-30'],
    ['沭阳应急“成绩单”\n\n今年入汛以来，全县经历多轮强降雨。\n\n▶ 6月1日入汛以来\n• 转移避险群众 2160 人', '2160 人', '2026-08-03', '6月1日入汛以来', '2026-06-01', null],
    // … not a title that names none (the lead's governs), nor a list item above (• 检查企业 318 家 is no title).
    ['全市安全生产工作通报\n\n今年以来，全市安全生产形势总体平稳。\n\n▶ 上月执法检查\n• 检查企业 318 家\n\n▶ 比一比\n• 罚款 23.4 万元', '23.4 万元', '2026-08-03', '今年以来', '2026-01-01', null],
    // … nor the lines of the lead.
    ['上月执法检查\n\n今年以来，全市共检查企业318家。', '318家', '2026-08-03', '今年以来', '2026-01-01', null],
    // 截至目前 starts at a since of its paragraph or of the lead, not at one of another section.
    ['沭阳应急“成绩单”\n\n全县经历多轮强降雨。\n\n这段时间，应急人都在忙啥？一组数据，带你看懂。\n\n▶ 6月1日入汛以来\n• 转移避险群众 2160 人\n\n▶ 物资储备（截至目前）\n• 救生衣 4800 件', '4800 件', '2026-08-03', '截至目前', null, null],
    ['6月14日以来，全县开展隐患排查。截至目前，共排查隐患120处。', '120处', '2026-08-03', '截至目前', '2026-06-14', null],
    // A season dated in brackets where the article names it (今年汛期（5月1日至9月30日）) dates every mention of it, a headline's too.
    ['我省通报汛期灾害损失\n\n10月10日，省防汛抗旱指挥部办公室召开新闻发布会，通报今年汛期（5月1日至9月30日）全省灾害损失情况。\n\n今年汛期，我省共发生区域性强降雨过程14次。', '14次', '2026-10-12', '今年汛期', '2026-05-01', '2026-09-30'],
    ['成都春运40天发送旅客超4000万人次\n\n2月23日，记者从成都市交通运输局获悉，2025年春运（1月14日至2月22日）40天，全市发送旅客4012万人次。', '超4000万人次', '2025-02-24', '春运', '2025-01-14', '2025-02-22'],
    // … but an undated season is no period: the dates around it say more.
    ['今年7月1日至8月31日，全市开展暑期安全专项行动。\n\n暑期，全市共检查游泳场所120家。', '120家', '2026-09-05', '今年7月1日至8月31日', '2026-07-01', '2026-08-31'],
    // A day opening a later sentence dates its incident; the span opening the paragraph goes on dating the totals after it.
    ['郓城县烟花爆竹专项行动\n\n自去年12月15日起，县应急管理局开展专项行动。\n\n专项行动开展以来，县公安局共查处案件29起。1月22日，县公安局查获非法储存的烟花爆竹286箱。县市场监管局对13家商户依法立案查处。', '13家', '2026-02-11', '专项行动开展以来', '2025-12-15', null],
    ['郓城县烟花爆竹专项行动\n\n自去年12月15日起，县应急管理局开展专项行动。\n\n专项行动开展以来，县公安局共查处案件29起。1月22日，县公安局查获非法储存的烟花爆竹286箱。', '286箱', '2026-02-11', '1月22日', '2026-01-22', '2026-01-22'],
    // … but with no span before it, the day dates the sentences after it (the same event).
    ['9月11日，区应急管理局组织开展消防演练。演练共出动救援人员120人。', '120人', '2026-09-12', '9月11日', '2026-09-11', '2026-09-11'],
    // 全年 is the year the article reports on, not the year before whose value it gives beside (113年為12.6人).
    ['114年道路交通事故統計\n\n114年全國死亡人數為2,816人。以每10萬人口計算，114年死亡率為12.1人，113年為12.6人。\n\n警察機關全年取締酒後駕車4萬7,865件。', '4萬7,865件', '2026-03-26', '全年', '2025-01-01', '2025-12-31'],
    // A period opening its sentence with a total after it dates the sentences after it (上半年共發出…；另發出…).
    ['勞工處公布上半年職安執法數字\n\n勞工處今日公布，今年上半年該處職業安全主任共進行約5萬8千次巡查。\n\n巡查期間如發現有迫切危險，職業安全主任會即時發出暫時停工通知書。上半年共發出暫時停工通知書217份；另發出改善通知書2,046份。', '2,046份', '2026-08-12', '上半年', '2026-01-01', '2026-06-30'],
    // 中下旬: from the 11th to the month's end; 上中旬: to the 20th.
    ['6月中下旬，湖南遭遇强降雨，直接经济损失超过70亿元。', '超过70亿元', '2025-07-10', '6月中下旬', '2025-06-11', '2025-06-30'],
    ['3月上中旬，全县检查企业46家。', '46家', '2025-04-10', '3月上中旬', '2025-03-01', '2025-03-20'],
    // 一年前的3月18日: the date that many years before the article's.
    ['3月17日，记者再次来到化工产业园。一年前的3月18日，园区内一家企业发生爆炸事故，造成3人死亡。', '3人', '2026-03-18', '3月18日', '2025-03-18', '2025-03-18'],
    // 截至20日8时: a day of the month the article last named.
    ['截至6月19日17时，全市受灾人口12.36万人。截至20日8时，全市已恢复供电用户3.7万户。', '3.7万户', '2025-06-21', '截至20日', null, '2025-06-20'],
    // A bare 去年 dates its figures (Hong Kong and Taiwan reports, year reviews); compared with, it is a base.
    ['消防处去年共处理火警3.4万宗，按年下跌5.2%。', '3.4万宗', '2025-02-10', '去年', '2024-01-01', '2024-12-31'],
    ['今年上半年，全市发生事故12起，较去年下降8%。', '8%', '2025-07-10', '今年上半年', '2025-01-01', '2025-06-30'],
    // A day range with a year on each end, naming a span (防火期内，): the period of the figures after it in its paragraph.
    ['遂昌县森林防火期工作情况通报\n\n2024年11月1日至2025年4月30日防火期内，全县共发生森林火情4起；火情过火面积合计2.35公顷。\n\n清明期间（4月4日至6日），全县出动巡护人员1200人次。', '2.35公顷', '2025-05-08', '2024年11月1日至2025年4月30日防火期内', '2024-11-01', '2025-04-30'],
    // 本月: the month a monthly bulletin names in its lead, else the month of publication.
    ['绍兴市应急管理局关于10月份全市安全生产执法检查情况的通报\n\n本月，全市共派出执法检查组412个次。', '412个次', '2026-11-05', '本月', '2026-10-01', '2026-10-31'],
    ['本月，全市共检查企业320家。', '320家', '2025-06-20', '本月', '2025-06-01', '2025-06-30'],
    // The day of the report (10月11日，…通报…改造工作进展) does not date the event named in its sentence (改造过程中).
    ['10月11日，市城乡建设委员会通报全市燃气管道更新改造工作进展。\n\n改造过程中，各区县排查整治燃气安全隐患2.47万处。', '2.47万处', '2026-10-12', '改造过程中', null, null],
    // A base of comparison right before its figure dates it: 由去年同期的11人 is last year's.
    ['1月至10月，全市共发生火灾103起，受伤人数由去年同期的11人降至4人。', '11人', '2025-11-04', '去年同期', '2024-01-01', '2024-10-31'],
    ['1月至10月，全市共发生火灾103起，受伤人数由去年同期的11人降至4人。', '4人', '2025-11-04', '1月至10月', '2025-01-01', '2025-10-31'],
    // …and so does an event it dates: 去年11月以来…开展专项整治 → 专项整治开展以来 starts last November.
    ['去年11月以来，市住建局在全市开展燃气安全专项整治。\n\n专项整治开展以来，全市共查处案件147起。', '147起', '2025-06-18', '专项整治开展以来', '2024-11', null],
    // The day a report announces its figures is not their period: the period the announcing sentence names is (1—10月,
    // 2024年, the bracketed dates of 春运), and it governs the paragraphs after it.
    ['安徽省事故统计\n\n11月10日，省应急管理厅发布全省1—10月安全生产形势通报。\n\n分领域看，道路交通领域发生事故842起。', '842起', '2025-11-12', '1—10月', '2025-01-01', '2025-10-31'],
    ['1月8日，市消防救援支队召开新闻发布会，通报2024年全市消防工作情况。\n\n全市共发生火灾1572起。', '1572起', '2025-01-09', '2024年', '2024-01-01', '2024-12-31'],
    // …and so is it for a figure in a later sentence of the same paragraph, where the day is the nearest adverbial phrase.
    ['1月8日，市消防救援支队召开新闻发布会，通报2024年全市消防工作情况。一年来，全市共接警出动1.86万起。', '1.86万起', '2025-01-09', '2024年', '2024-01-01', '2024-12-31'],
    ['5月6日，记者从市应急管理局获悉，今年一季度全市安全生产形势平稳。全市共排查隐患3200处。', '3200处', '2025-05-07', '今年一季度', '2025-01-01', '2025-03-31'],
    ['2月23日，记者从市交通运输局获悉，2025年春运（1月14日至2月22日）40天，全市发送旅客4012万人次。\n\n铁路发送旅客2180万人次。', '2180万人次', '2025-02-24', '1月14日至2月22日', '2025-01-14', '2025-02-22'],
    // 自 + a day + the event it started + 以来 is a since-period; 截至 after it in the paragraph ends that period.
    ['自6月1日全省部署开展“夏季百日行动”以来，截至9月8日，全省共查处交通违法行为386.4万起。', '386.4万起', '2025-09-11', '截至9月8日', '2025-06-01', '2025-09-08'],
    ['自6月1日全省部署开展“夏季百日行动”以来，全省共查处交通违法行为386.4万起。', '386.4万起', '2025-09-11', '自6月1日全省部署开展“夏季百日行动”以来', '2025-06-01', null],
    // An event is dated by the date that heads it in its sentence, not by the day the reporter heard of it.
    ['记者9月10日从省交警总队获悉，自6月1日全省部署开展“夏季百日行动”以来，全省共查处违法行为386.4万起。\n\n行动期间，全省共出动警力210万人次。', '210万人次', '2025-09-11', '行动期间', '2025-06-01', null],
    // … and by its own dates in brackets right after its name.
    ['2月23日，记者从市交通运输局获悉，2025年春运（1月14日至2月22日）40天，全市发送旅客4012万人次。\n\n春运期间，重点客运站旅客满意度达97%。', '97%', '2025-02-24', '春运期间', '2025-01-14', '2025-02-22'],
    // A day that opens a sentence of action is the period of what follows.
    ['5月17日，全市开展安全生产大检查。\n\n全市共检查企业320家。', '320家', '2024-05-20', '5月17日', '2024-05-17', '2024-05-17'],
    // … and so does a past period that opens its clause before a comma (the figures after it are that period's).
    ['去年上半年，全市共发生生产安全事故20起。', '20起', '2024-07-20', '去年上半年', '2023-01-01', '2023-06-30'],
    // A period in brackets after its name (今年暑期（7月1日至8月31日），) opens the paragraph like one before a comma.
    ['今年暑期（7月1日至8月31日），全区共巡查水域560次。劝离游泳人员1200余人次。', '1200余人次', '2024-09-10', '7月1日至8月31日', '2024-07-01', '2024-08-31'],
    // A period followed by the place it covers opens its paragraph like one followed by a comma.
    ['从火灾形势看，上半年全市共接报火灾187起。其中，居民住宅火灾92起。', '92起', '2024-07-15', '上半年', '2024-01-01', '2024-06-30'],
    // A base of comparison is not the period: 较一季度提高.
    ['上半年，全省隐患整改率达96.5%，较一季度提高1.7个百分点。', '1.7个百分点', '2024-07-15', '上半年', '2024-01-01', '2024-06-30'],
    ['2024年春节假期，哈尔滨市迎来冰雪旅游高峰。节日期间，市应急管理局派出检查组46个。', '46个', null, '节日期间', '2024-02-10', '2024-02-17'],
    ['五一期间，桂林市阳朔县迎来客流高峰，该县累计接待游客约48万人次。', '约48万人次', null, '五一期间', null, null],
    ['近日，平城区水泊寺街道办事处开展整治行动，当天拆除了10余个地锁。', '10余个', null, '当天', null, null],
    ['9月9日至11日,省公安厅组织开展了集中统一行动。\n\n行动期间,全省共设置宣传点2528个。', '2528个', null, '行动期间', '--09-09', '--09-11'],
    ['2023年上半年，全市共接报火灾1426起。与去年同期相比，火灾起数下降5.6%。', '5.6%', null, '2023年上半年', '2023-01-01', '2023-06-30'],
    ['截至10月底，全省今年累计投入安全生产专项资金28.6亿元。', '28.6亿元', null, '截至10月底', '--01-01', '--10-31'],
    ['今年6月是全国第22个“安全生产月”，从6月开始，农安县用电安全隐患专项治理战役全面打响。\n\n经过辛苦工作，查出各类用电隐患214处。', '214处', null, '从6月开始', '--06', null],
    ['——二〇二二年吉林省网络安全宣传周活动综述\n\n9月5日至11日,网络安全宣传周活动在全省同步进行。\n\n宣传周首日,直播平台线上接入点数达39.86万。', '39.86万', null, '宣传周首日', '2022-09-05', '2022-09-05'],
    ['截至2023年底，全省累计建成应急避难场所1200个。', '1200个', null, '截至2023年底', null, '2023-12-31'],
    ['2022年以来，南京市公安局共破获电诈案件1200余起。', '1200余起', null, '2022年以来', '2022-01-01', null],
    ['9月16日起，全区共开展宣传活动86场。', '86场', null, '9月16日起', '--09-16', null],
    ['5月12日至18日是全国防灾减灾宣传周。宣传周期间，全区共开展宣传活动86场。', '86场', null, '宣传周期间', '--05-12', '--05-18'],
    ['国庆假期，全市共接待游客320万人次。', '320万人次', '2024-01-05', '国庆假期', '2023-09-29', '2023-10-06'],
    ['2023年11月2日讯 今年以来，晋江市深入开展专项整治。专项整治期间，各镇街每周抽查企业10至15家。', '10至15家', null, '专项整治期间', null, null],
    // traditional characters reach attribution simplified
    ['2024年春節假期，哈爾濱市全市累計接待遊客1009.3萬人次。', '1009.3萬人次', null, '2024年春节假期', '2024-02-10', '2024-02-17'],
  ])('%s [%s]', (text, figure, publishedAt, period, start, end) => {
    const a = attributeAt(text, figure, { publishedAt });
    expect({ period: a.period, start: a.periodStart, end: a.periodEnd }).toEqual({ period, start, end });
  });
});

describe('extract: a timeless stock', () => {
  // A stock no verb reports (人口, 总户数, 面积) is dated only by its own sentence; a burnt area is an accident of the period.
  it.each([
    ['9月以来，浦江县开展整治行动，检查企业320家。\n\n浦江县素有“水晶之都”之称，全县常住人口约46万。', '约46万', null],
    ['9月以来，浦江县开展整治行动，检查企业320家。\n\n浦江县素有“水晶之都”之称，全县常住人口约46万。', '320家', '9月以来'],
    // … and so is what a place has (全县现有…, 片区有…), with the figures beside it.
    ['9月1日至10月31日，沈阳市开展养老机构消防安全整治。全市现有养老机构263家、床位约3.1万张。', '约3.1万张', null],
    // … of any metric, with the figures of that metric beside it.
    ['去年消防處共接獲火警召喚3萬5,987宗。消防處轄下共有消防局83間、救護站41間。', '41間', null],
    ['春防期内（3月15日至4月30日），全县共发生森林火情3起，过火面积1.6公顷。', '1.6公顷', '3月15日至4月30日'],
    // … and so are the figures beside it that no verb reports: they describe the same thing.
    ['今年以来，我市排查管道隐患437处。\n\n油气长输管道总里程约1480公里，途经10个县（市、区）、63个乡镇。', '63个', null],
    ['今年以来，我市排查管道隐患437处。\n\n油气长输管道总里程约1480公里，今年巡查管道1.2万公里。', '1.2万公里', '今年'],
  ])('%s: %s → %s', (text, figure, period) => {
    const fact = extract(text, { publishedAt: '2025-11-25' }).facts.find((f) => f.text === figure);
    expect(fact?.period).toBe(period);
  });
});

describe('extract: periods listed before 分别', () => {
  // The i-th period of the list dates the i-th figure of the run after 分别 (only when the list and the run are as many).
  it.each([
    ['一季度，全市共发生事故41起。1月、2月、3月分别发生事故11起、13起、17起。', '13起', '2026-02-01', '2026-02-28'],
    ['一季度，全市共发生事故41起。1月、2月、3月分别发生事故11起、13起、17起。', '17起', '2026-03-01', '2026-03-31'],
  ])('%s: %s → %s', (text, figure, start, end) => {
    const fact = extract(text, { publishedAt: '2026-04-15' }).facts.find((f) => f.text === figure);
    expect({ start: fact?.periodStart, end: fact?.periodEnd }).toEqual({ start, end });
  });
});
