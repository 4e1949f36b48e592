import { describe, expect, it } from 'vitest';
import { findOrgMentions } from '../../src/attribution/org/find-mentions.js';
import { normalizeText } from '../../src/normalize/index.js';
import { attributeAt, jieba } from './helpers.js';

const mentions = (text: string) => findOrgMentions(normalizeText(text).text, jieba()).map((m) => `${m.text}${m.actor ? '' : '*'}`);

describe('findOrgMentions (* = partner or object, never governs)', () => {
  it.each([
    ['记者在省应急管理厅获悉', ['省应急管理厅*']], // a source, not the actor (the article's subject still)
    ['9月11日，区应急管理局组织辖区46家企业', ['区应急管理局']],
    ['消防救援队伍累计派出309个检查组', ['消防救援队伍']],
    ['全省各级公安机关将宣传发动工作作为重中之重', ['全省各级公安机关']],
    ['国网长春供电公司：提早行动保汛期安全可靠供电', ['国网长春供电公司']],
    ['平城区园林绿化中心启动应急预案', ['平城区园林绿化中心']],
    ['截至5月30日，公主岭市共检查户外广告260余个', ['公主岭市']],
    ['截至目前，该公司共产党员服务队共完成', ['该公司']],
    // A ministry named whole (交通部, 交通运输部, 内政部); 部门 after one is the departments of that kind.
    ['交通部今（26）日公布114年道路交通事故統計', ['交通部']],
    ['全省交通运输部门出动执法人员', ['全省交通运输部门']],
    ['党员干部带头排查', []],
    ['全月会同各行业部门检查企业（单位）1126家次', []], // 会同 (acting together, tagged n) starts no body
    ['新组建黄鹿镇、仓山镇等3支乡镇专业应急救援队伍', ['黄鹿镇*', '仓山镇*']], // towns listed: a breakdown, not who reports
    ['全市1846所中小学、幼儿园在放假前均开展了安全教育', ['全市']], // 中小学: a kind of school, no one's name
    ['全市社会大局和安全生产形势总体平稳', ['全市']], // 大局 ends in 局 but names no bureau
    // A town, village or community whose name jieba cut apart (往/zg 洞镇, 明/a 溪口镇, 青年/t 路 社区, 黉/g 门 街 社区).
    ['在往洞镇增冲村，鼓楼旁立着一块防火公示牌', ['往洞镇增冲村*']],
    ['明溪口镇监测员张德福在巡查时发现险情', ['明溪口镇']],
    ['上城区湖滨街道青年路社区组织居民演练', ['上城区湖滨街道青年路社区']],
    ['武侯区玉林街道黉门街社区排查隐患', ['武侯区玉林街道黉门街社区']],
    ['平城区水泊寺街道组织各村开展排查', ['平城区水泊寺街道']], // 组织 is no part of a name
    ['全市共排查各类安全隐患23.7万项', ['全市']],
    // 会同 (together with) is also 会同县's short name: only the full name is the place.
    ['区消防救援大队会同区住建局开展检查', ['区消防救援大队', '区住建局*']],
    ['市人社局会同市总工会组成联合督查组5个', ['市人社局']],
    ['会同县应急管理局开展检查', ['会同县应急管理局']],
    // A place before 港/站/高速… names a facility; 城区 alone is an area, not 阳泉's district.
    ['宁波舟山港宁波港域进出港船舶约46.8万艘次', ['宁波舟山*']],
    ['西湖区作为赛道途经最长的城区，当天出动志愿者1800名', ['西湖区']],
    // A word ending like a place that names a kind of area (文明城市, 沿海地区) is no place.
    ['创建全国文明城市', ['全国*']],
    // A determiner and a kind of area (各灯区) names no new place.
    ['全区各灯区累计接待游客1086万人次', ['全区']],
    // Bureau names with 和 stay whole (jieba's 和 is a conjunction).
    ['长春市人力资源和社会保障局开展检查', ['长春市人力资源和社会保障局']],
    ['记者从市住房和城乡建设局获悉', ['市住房和城乡建设局*']],
    ['区工业和信息化局组织企业开展演练', ['区工业和信息化局']],
    // A town cut from its 镇 though jieba reads it as a common noun (春化/n 镇), and a road named by a numeral (经八路/m).
    ['其中，敬信镇检查农户820户，春化镇检查农户640户', ['敬信镇', '春化镇']],
    ['丰产路街道、经八路街道、文化路街道拆除设施分别为186处、154处和132处', ['丰产路街道', '经八路街道', '文化路街道']],
    ['古镇开展检查', []],
    // Places in a list are where, not who; a breakdown of figures by place names each place as the owner of its figure.
    ['强降雨造成长沙、株洲、湘潭等8市受灾', ['长沙*', '株洲*', '湘潭*']],
    ['其中越城区320家、柯桥区280家、上虞区210家', ['越城区', '柯桥区', '上虞区']],
    ['省市县三级应急部门累计在危化领域检查指导企业352户', ['省市县三级应急部门']],
    ['今年以来，遵义市汇川区按照部署', ['遵义市汇川区']],
    ['县市场监管局受理旅游投诉35件', ['县市场监管局']],
    ['联合县消防大队和人社部门面向社会公开招聘了30名消防员', ['县消防大队*', '人社部门*']],
    ['对全区18个街道办事处和18个区直单位开展了考核', ['全区*']],
    ['省应急管理厅应急指挥中心未接到报告', ['省应急管理厅']],
    ['明珠社区对辖区沿街门店进行了彻底排查', ['明珠社区']],
    ['县财政统筹安排专项资金3800万元', ['县财政']],
    // a bare body before a linking verb and a figure is what the figure counts
    ['全市综合性、专业性应急救援队伍达到412支', ['全市']],
    // places in a list are where something happened, not who reports it
    ['云南、四川等地出现冬春连旱', ['云南*', '四川*']],
    ['低温冷冻和雪灾主要影响贵州、湖南、江西等11个省份', ['贵州*', '湖南*', '江西*']],
    // traditional characters, through normalizeText
    ['甘肅省應急管理廳日前發布', ['甘肃省应急管理厅']],
    ['長春市綠園區以強化政治建設為重點', ['长春市绿园区']],
  ])('%s → %j', (text, expected) => expect(mentions(text)).toEqual(expected));

  it.each([
    ['累计检查28个县(市、区)、40个行业部门', 'a level char without a body'],
    ['组建70人的专业救援队', 'a counted object'],
    ['在 习近平新时代中国特色社会主义思想指引下', 'not a place'],
    ['为党委政府分忧 为社会和谐稳定出力', 'names no one'],
    ['全年新建乡镇（街道）应急消防站28个', '新建 is the verb, not 南昌市新建区'],
    ['建成示范村12个，特色小镇5个', 'kinds of villages and towns, not names'],
  ])('finds no actor in %s (%s)', (text) => expect(mentions(text).filter((m) => !m.endsWith('*'))).toEqual([]));
});

describe('attribute: the org of a figure', () => {
  it.each([
    // [text, figure, org, orgMention, region code]
    ['长春扎实开展安全生产百日攻坚行动\n\n全市上下齐心协力。自百日攻坚行动开展以来，全市共排查各类安全隐患23.7万项。', '23.7万项', '长春市', '全市', '2201'],
    ['北关区:全力构筑“安全网”\n\n今年年初以来，该区已开展了17个专项行动。', '17个', '北关区', '该区', '410503'],
    ['北关区:全力构筑“安全网”\n\n9月11日，区应急管理局组织辖区46家企业开展了安全教育培训。', '46家', '北关区', '区应急管理局', '410503'],
    ['国网长春供电公司：提早行动保汛期安全可靠供电\n\n截至目前，该公司共产党员服务队共完成配电线路23条。', '23条', '国网长春供电公司', '该公司', '2201'],
    ['中秋节假期全省安全生产形势保持平稳\n\n本报9月12日讯(记者邱国强)记者在省应急管理厅获悉,全省安全生产形势保持平稳。节日期间,全省198人次领导带队检查。', '198人次', '省应急管理厅', '全省', null],
    ['省应急管理厅指导各地加强火灾防范,消防救援队伍累计派出309个检查组,检查674家单位。', '674家', '消防救援队伍', '消防救援队伍', null],
    ['加强风险管控 平城区多措并举全面筑牢安全生产防线\n\n今年以来，平城区牢固树立安全发展理念。仅今年上半年，全区各部门共出动检查组887次。', '887次', '平城区', '全区各部门', '140213'],
    ['加强风险管控 平城区多措并举\n\n平城区建成全国综合减灾示范社区4个，全省综合减灾示范社区12个。', '12个', '平城区', '平城区', '140213'],
    ['汇川区燃气安全专项整治取得阶段性成效\n\n今年以来，遵义市汇川区开展排查。其中，区住建局投入资金近600万元。', '近600万元', '汇川区', '区住建局', '520303'],
    ['今年以来，晋江市深入开展专项整治，截至10月底，全市共检查企业3126家。', '3126家', '晋江市', '全市', '350582'],
    ['新开区“五措并举”抓好安全生产工作\n\n在建设应急指挥中心的基础上，联合县消防大队和人社部门面向社会公开招聘了30名消防员。', '30名', '新开区', null, null],
    ['平城区水泊寺街道开展市容环境综合整治\n\n近日，平城区水泊寺街道办事处联合综合行政执法大队开展整治行动，当天拆除了10余个地锁。', '10余个', '平城区水泊寺街道', '平城区水泊寺街道办事处', '140213'],
    ['今年一季度全国安全生产形势总体稳定\n\n同期，中央财政下达自然灾害防治资金17.6亿元。', '17.6亿元', '中央财政', '中央财政', null],
    // A preposition jieba glues to a place it does not know as a word (以新北市/x) is cut off.
    ['內政部消防署公布114年全國火災統計\n\n各縣市火災件數以新北市3,527件最多。', '3,527件', '新北市', '新北市', '7102'],
    // A province's government, one word to jieba (福建省人民政府/nt), is the province's.
    ['端午假期全省文旅市场活跃有序\n\n来源：福建省人民政府网\n\n假期全省累计接待游客1486.3万人次。', '1486.3万人次', '福建省', '全省', '35'],
    // A development zone reports its own figures, and so does its body (…开发区安全生产监督管理局).
    ['泰兴经济开发区危化品专项执法\n\n今年3月至5月，泰兴经济开发区安全生产监督管理局对园区危险化学品企业开展专项执法检查，约谈运输企业负责人9人。', '9人', '泰兴经济开发区', '泰兴经济开发区', '321283'],
    // 西湖 is a lake before it is 西湖区: the city the headline names owns the figures.
    ['3.6万名跑者畅跑西湖 杭州马拉松安保工作圆满完成\n\n本报讯 11月1日，2026杭州马拉松开跑，来自28个国家和地区的3.6万名参赛选手参加了比赛。', '28个', '杭州市', null, '3301'],
    // The agent of a passive (被司法机关…) is not whose figures follow.
    ['苏州市通报一起较大事故调查结果\n\n公司法定代表人等4人已被司法机关采取刑事强制措施；对17名公职人员给予党纪政务处分。', '17名', '苏州市', null, '3205'],
    // The speaker's own unit (我们站, 全站) is the last org of its kind named before; a fire station reports its own figures.
    ['访长江西路消防救援站站长周磊\n\n记者走进长江西路消防救援站时，队员们刚结束训练。“今年以来，我们站共接警出动1286次。”', '1286次', '长江西路消防救援站', '我们站', null],
    // … but funds handed down to the report's own place (下达我省) are that place's; 省级财政 is the province's.
    ['江西省下达防灾减灾资金\n\n今年以来，中央财政已下达我省自然灾害防治体系建设补助资金9.86亿元，同比增加1.27亿元。', '1.27亿元', '江西省', '我省', '36'],
    ['江西省下达防灾减灾资金\n\n今年以来，中央财政已下达补助资金9.86亿元；省级财政安排配套资金3.42亿元。', '3.42亿元', '江西省', '省级财政', '36'],
    ['长春市开展燃气安全宣传\n\n县级营业厅共接待群众1.2万人次。', '1.2万人次', '长春市', null, '2201'], // 县级营业厅 is no body of a level
    ['本报讯（记者 张三）近日，记者从市应急管理局获悉，今年1至10月，全市共开展执法检查3200余次。', '3200余次', '市应急管理局', '全市', null],
    ['福州市鼓楼区开展消防检查\n\n近日，鼓楼区消防救援大队深入辖区商场开展检查，检查单位56家。', '56家', '鼓楼区', '鼓楼区消防救援大队', '350102'],
    ['鼓楼区开展消防检查\n\n近日，鼓楼区消防救援大队深入辖区商场开展检查，检查单位56家。', '56家', '鼓楼区', '鼓楼区消防救援大队', null],
    ['今年以来，县应急管理局对辖区内的华润燃气公司开展检查，发现隐患12处。', '12处', '县应急管理局', '县应急管理局', null],
    ['国网农安县供电公司：开展用电安全隐患排查\n\n内线由城南城北供电分中心负责县城排查工作，外线由基层26个供电所负责。', '26个', '城南城北供电分中心', '城南城北供电分中心', null], // 城北 alone is no region
    // A town named alone takes its county (the gold's 浦江县郑宅镇); 镇党委 and 全镇 are the last town named; a village its town.
    ['永泰县筑牢地质灾害防线\n\n今年以来，永泰县排查隐患点427处。\n\n嵩口镇是全县隐患点最多的乡镇。镇党委组织避险转移演练12场。', '12场', '永泰县嵩口镇', '镇党委', '350125'],
    ['永泰县筑牢地质灾害防线\n\n今年以来，永泰县排查隐患点427处。\n\n嵩口镇是全县隐患点最多的乡镇。全镇有隐患点63处。', '63处', '永泰县嵩口镇', '全镇', '350125'],
    ['永泰县筑牢地质灾害防线\n\n今年以来，永泰县排查隐患点427处。\n\n嵩口镇月洲村今年排查出隐患9处。', '9处', '永泰县嵩口镇月洲村', '嵩口镇月洲村', '350125'],
    // A scenic area named after its place reports its own figures; 全市A级景区 is a kind, 检查景区 an inspection.
    ['黄山风景区假期安全平稳\n\n“五一”假期，黄山风景区累计接待游客21.36万人次。', '21.36万人次', '黄山风景区', '黄山风景区', null], // its name locates nothing (see 徽州古城景区)
    ['张家界市假期旅游安全平稳\n\n假期间，全市A级景区累计接待游客120万人次。', '120万人次', '张家界市', '全市', '4308'],
    ['张家界开展景区安全检查\n\n自4月1日起，武陵源区检查景区17家。', '17家', '武陵源区', '武陵源区', '430811'],
    // The bodies of one level listed before one suffix are one mention of that level (县文旅/x: 县 + 文旅).
    ['歙县五一假期旅游安全平稳\n\n假期间，县文旅、公安、市场监管等部门组成联合检查组5个。', '5个', '歙县', '县文旅、公安、市场监管等部门', '341021'],
    // A place the headline names only in a facility's name (重庆大学城) yields to the opening's actor.
    ['重庆大学城开展学生宿舍用电安全联合检查\n\n10月12日至21日，沙坪坝区教委会同区消防救援支队，对重庆大学城内14所高校开展联合检查。\n\n此次检查共组成联合检查组9个。', '9个', '沙坪坝区', null, '500106'],
    // 各乡镇 is every town of the place, no town of that name: 全县各乡镇 is 全县.
    ['霍山县开展安全生产月活动\n\n活动期间，全县各乡镇、各部门共开展集中宣传活动126场次。', '126场次', '霍山县', '全县', '341525'],
    // A reference before a kind of institution (全澳学校) is the reference; a special region's government is the region's.
    ['教青局聯同消防局完成校園消防疏散演習\n\n澳門特別行政區政府新聞局　2026-11-20 16:45\n\n教育及青年發展局聯同消防局在全澳學校推行校園消防疏散演習，合共舉行消防疏散演習112場。', '112場', '澳门', '全澳', '82'],
    // An ordinal inside a name keeps it whole (台州市第一人民医院), and a hospital the injured were sent to is no actor.
    ['黄岩一厂房起火\n\n黄岩区安委办立即部署隐患排查。伤者已送往台州市第一人民医院救治，其中1人伤势较重。', '1人', '黄岩区', '黄岩区安委办', '331003'],
    // … but a list before another kind of name is no mention (东关街等重点景区: the figure is the city's).
    ['扬州市中秋假期旅游安全平稳\n\n假期间，东关街等重点景区接待游客约96万人次。', '约96万人次', '扬州市', null, '3210'],
    // A department only Hong Kong has (消防處) names its place when the release names none.
    ['消防處公布二○二五年火警數字\n\n去年消防處共接獲火警召喚3萬5,987宗，按年上升2.1%。', '3萬5,987宗', '香港', '消防处', '81'],
    // A place with its level right before a kind of area (东莞市工业园区) names the kind: the figures are the city's.
    ['东莞市工业园区安全隐患大排查取得阶段性成效\n\n4月以来，已排查工业园区近千家。', '近千家', '东莞市', null, '4419'],
    // jieba glues a preposition to a town it does not know (对安哈镇/x): the object is no part of the actor.
    ['安哈镇守护清明防火安全\n\n来源：西昌市安哈镇人民政府\n\n节前，西昌市对安哈镇开展森林防火专项督查，发现问题8个。', '8个', '西昌市', '西昌市', '513401'],
    // A bare body listed after one of a level is of that level (县文广新旅局、应急管理局等部门 → the county).
    ['婺源县国庆假期旅游安全平稳\n\n国庆假期期间，婺源县共接待游客126.8万人次。县文广新旅局、应急管理局等部门组成督查组8个。', '8个', '婺源县', '应急管理局', '361130'],
    // A short name shared by a city and a county under it (长沙: 长沙市, 长沙县) is the city; 长沙地铁 is a facility.
    ['长沙开展燃气安全检查\n\n今年以来，全市共检查餐饮企业1200家。', '1200家', '长沙市', '全市', '4301'],
    ['长沙地铁上半年运送乘客4.12亿人次\n\n本报讯 记者从长沙市轨道交通集团获悉，今年上半年，长沙地铁线网累计运送乘客4.12亿人次。', '4.12亿人次', '长沙市', null, '4301'], // the headline's place is the subject
    // A place inside a body's name (广东电网湛江供电局) is where the body is.
    ['湛江供电局全力抢修受损电网\n\n截至9月17日18时，广东电网湛江供电局已恢复供电用户51.3万户。', '51.3万户', '湛江市', '广东电网湛江供电局', '4408'],
    // A short name that names no place under the ones before it (南京江北: 重庆's 江北区; 武侯区玉林: 广西's 玉林市) leaves those.
    ['南京江北加强危险废物监管\n\n今年上半年，南京江北共检查企业127家。', '127家', '南京市', '南京江北', '3201'],
    // A park is an organisation (a one-character adjective inside its name: 新材料); a branch named by its place is at that place.
    ['南京江北新材料科技园上半年危险废物监管情况通报\n\n今年上半年，南京江北新材料科技园纳入危险废物重点监管的企业共127家。', '127家', '南京江北新材料科技园', '南京江北新材料科技园', '3201'],
    ['秦淮灯会平安落幕\n\n灯会期间，南京市公安局秦淮分局共出动警力3.1万人次。', '3.1万人次', '秦淮区', '南京市公安局秦淮分局', '320104'],
    // 当地 is where the text last put us; 某 keeps an anonymised company whole; 镇政府 is the town inside its name.
    ['苏州公布火灾事故调查报告\n\n苏州市应急管理局公布了吴江区盛泽镇某纺织有限公司“4·9”较大火灾事故调查报告。\n\n当地消防救援部门接警后共调派指战员116名。', '116名', '吴江区', '当地消防救援部门', '320509'],
    ['苏州公布火灾事故调查报告\n\n苏州市应急管理局公布了吴江区盛泽镇某纺织有限公司“4·9”较大火灾事故调查报告。该公司当晚住宿员工12名。', '12名', '吴江区盛泽镇某纺织有限公司', '该公司', '320509'],
    ['苏州公布火灾事故调查报告\n\n苏州市应急管理局公布了吴江区盛泽镇某纺织有限公司火灾事故调查报告。属地镇政府曾开展检查6次。', '6次', '吴江区盛泽镇', '镇政府', '320509'],
    // 当地 is the article's own place at its deepest level.
    ['苏州市吴江区公布火灾事故调查报告\n\n当地消防救援部门接警后共调派指战员116名。', '116名', '吴江区', '当地消防救援部门', '320509'],
    // An autonomous prefecture by its short name and 州 (楚雄州, one word jieba tags nr): the gazetteer's 楚雄彝族自治州; 州应急管理局 is its.
    ['楚雄州多措并举抗旱保供水\n\n截至4月20日，州应急管理局会同州水务局组派工作组6个。', '6个', '楚雄彝族自治州', '州应急管理局', '5323'],
    // 东莞市 and 中山市 have towns and no counties: a town named alone is the city's (the gazetteer's 441900 东莞市 is the city again).
    ['东莞市安全生产周报\n\n上周，全市共检查企业1983家。长安镇共排查隐患127项。', '127项', '东莞市长安镇', '长安镇', '4419'],
    ['东莞市安全生产周报\n\n上周，全市共检查企业1983家。', '1983家', '东莞市', '全市', '4419'],
    // The short name of a county in another province (古城 → 丽江市古城区) is no place of this article: a scenic spot's.
    // A scenic area in a county reports its own figures; its name (徽州) is not where it lies (徽州区), so it gives no region.
    ['歙县“五一”假期接待游客58.6万人次\n\n五一假期，黄山市歙县共接待游客58.6万人次，其中徽州古城景区5月2日接待量达4.2万人次。', '4.2万人次', '徽州古城景区', '徽州古城景区', null],
    // Hong Kong usage: 全港 names its place (the gazetteer holds 香港, 澳门, 台湾 at the province level).
    ['消防處公布2025年工作數字\n\n去年全港共發生火警3萬5,218宗，按年下跌3.6%。', '3萬5,218宗', '香港', '全港', '81'],
    // … and is the article's subject, so a later paragraph that names no place is Hong Kong's.
    ['消防處公布2025年工作數字\n\n去年全港共發生火警3萬5,218宗。\n\n救護服務方面，全年救護召喚達83萬2,460宗。', '83萬2,460宗', '香港', null, '81'],
    // 住房城乡建设局: the 乡 of 城乡 is no township.
    ['佛山市住房城乡建设局关于第三季度建筑施工安全检查情况的通报\n\n第三季度，市住房城乡建设局共派出检查组18个。', '18个', '佛山市', '市住房城乡建设局', '4406'],
    // The finance or party committee of a level is that level's government (县财政 → the county, 镇党委 → the town).
    ['桃江县自建房安全专项整治取得阶段性成效\n\n县财政统筹安排专项资金3800万元。', '3800万元', '桃江县', '县财政', '430922'],
    // A place in a list is where something happened; the figure stays with the article's subject.
    ['湖南省防汛抗旱指挥部通报\n\n强降雨共造成长沙、株洲、湘潭等8市28.6万人受灾。', '28.6万人', '湖南省', null, '43'],
    // traditional characters reach attribution simplified
    ['甘肅省前三季度自然災害損失同比減少\n\n甘肅省應急管理廳日前發布，今年1至9月，全省各類自然災害共造成約86.4萬人次受災。', '約86.4萬人次', '甘肃省', '全省', '62'],
    // An article that calls its place 我市 names none; a district where rain fell most is not its subject.
    ['我市全力应对强降雨过程\n\n7月20日至22日，我市遭遇强降雨，最大降雨量出现在和平区，为312.5毫米。\n\n降雨期间，全市共出动抢险救援人员1.8万余人次。', '1.8万余人次', null, null, null],
    // A body named by its kind right before its figure is what was counted, not who counted (救援队伍86支).
    // … and so are bodies joined to it (A和B1460支) and a body whose staff a figure counts (队伍编制人员1.2万人).
    ['甘肃省2025年统计公报\n\n全省综合性消防救援队伍编制人员1.2万人，专业森林消防队伍和地方专业应急救援队伍1460支。\n\n全年共下拨救灾资金14.2亿元。', '14.2亿元', '甘肃省', null, '62'],
    ['长春市应急管理局通报\n\n全市救援队伍86支，队员2100人。', '86支', '长春市', '全市', '2201'],
    // 城镇, 乡村 end in 镇/村 but name a kind of area, not a town or village.
    ['城镇燃气安全专项整治成效明显\n\n今年以来，全市共检查燃气用户3200户。', '3200户', null, null, null],
    // Several levels acting together: alone they count for the top level (市县两级 → the city); with a body they are named as written (the gold's 省市县三级应急部门).
    ['绍兴市全力防御台风\n\n市县两级共派出工作组42个、督查组9个。', '42个', '绍兴市', '市县两级', '3306'],
    ['绍兴市开展医院安全检查\n\n市、县两级卫健部门累计派出督查组46个。', '46个', '市、县两级卫健部门', '市、县两级卫健部门', null],
    // A strong place followed by a weak short name (公安 is also 公安县's) still names the article's place.
    ['江西公安交警夏季百日行动成效明显\n\n全省公安交管部门共查处交通违法行为386.4万起。', '386.4万起', '江西省', '全省公安交管部门', '36'],
    // The fire brigades as a whole are a government body: 全市消防救援队伍 is the city's.
    ['襄阳市消防救援支队2024年工作综述\n\n一年来，全市消防救援队伍共接警出动21436起。', '21436起', '襄阳市', '全市消防救援队伍', '4206'],
    // 全镇, 镇里 stand for the town named before them, as 该镇 does.
    ['浦江县开展安全生产大检查\n\n在浦江县郑宅镇，执法人员逐户检查。\n\n全镇共排查隐患近200处。', '近200处', '浦江县郑宅镇', '全镇', '330726'],
    // A page's folio names the newspaper, not what its first article is about.
    ['山西应急周刊·安全生产　2025年3月20日　星期四　第5版\n\n朔州市矿山安全“开春第一查”查出隐患千余条\n\n本报讯 3月1日至15日，朔州市应急管理局开展专项行动。\n\n行动中，共检查矿山企业107家。', '107家', '朔州市', null, '1406'],
    // A place jieba cuts from its level (南港/市, 清溪/县) and the gazetteer does not know is still a place.
    ['南港市城镇燃气安全专项整治成效明显\n\n今年以来，全市共检查燃气用户3200户。', '3200户', '南港市', '全市', null],
    ['清溪县扎实做好春季森林防火工作\n\n全县共组建半专业扑火队伍15支480人。', '15支', '清溪县', '全县', null],
    // Words right after a figure are what it counts (36支应急救援队伍), never the org.
    ['长春市应急管理局通报\n\n全市组建36支应急救援队伍，队员860人。', '36支', '长春市', '全市', '2201'],
    // 全区 after a group that is no government body (全区中小学校) is the place, not that group.
    ['平城区开展防溺水工作\n\n今年暑期，全区中小学校开展防溺水教育120场次，全区共设置警示牌300块。', '300块', '平城区', '全区', '140213'],
    // 南江市 is not 南江县 (the gazetteer's only 南江): a place the gazetteer does not know, named as written.
    ['南江市开展燃气安全检查\n\n今年以来，全市共检查燃气用户3200户。', '3200户', '南江市', '全市', null],
    // … unless the page names its local newspaper: a 廊坊日报 article's 我市 is 廊坊市.
    ['廊坊日报　2026年5月20日　星期三　第2版\n\n我市今年以来排查整治管道隐患437处\n\n今年以来，我市共排查整治管道隐患437处。', '437处', '廊坊市', '我市', '1310'],
    // Several levels acting together stop at 会同 (市、区两级住建部门会同市场监管部门: the first body only).
    ['福州市电梯安全季度通报\n\n一季度，市、区两级住建部门会同市场监管部门共检查电梯735台。', '735台', '市、区两级住建部门', '市、区两级住建部门', null],
    // … but a body it reports from speaks for it (记者从市文化广电和旅游局获悉), as in an article that names its place.
    ['国庆假期我市旅游市场安全平稳\n\n记者从市文化广电和旅游局获悉，10月1日至8日，全市共接待游客356.2万人次。', '356.2万人次', '市文化广电和旅游局', '全市', null],
    // … but an actor of the opening is (本报讯…我市气温骤降…平城区园林绿化中心启动…).
    ['本报讯 受冷空气影响，我市气温骤降，平城区园林绿化中心启动应急预案，修剪树木1200余株。', '1200余株', '平城区园林绿化中心', '平城区园林绿化中心', '140213'],
    // A ministry's figures are the nation's (全国, in the caller's characters).
    ['114年道路交通事故統計出爐\n\n交通部今（26）日公布114年道路交通事故統計。\n\n以每10萬人口計算，114年道路交通事故30日死亡率為12.1人。', '12.1人', '全国', null, null],
    // A section title naming a place (二、沭阳县) governs the figures under it that name none, past the article's subject.
    ['宿迁市安全生产工作通报\n\n今年以来，全市安全生产形势总体平稳。\n\n一、宿城区\n该区检查企业318家。\n\n二、沭阳县\n• 检查企业 212 家\n• 发现隐患 604 项', '604 项', '沭阳县', '沭阳县', '321322'],
    ['宿迁市安全生产工作通报\n\n今年以来，全市安全生产形势总体平稳。\n\n一、宿城区\n该区检查企业318家。', '318家', '宿城区', '宿城区', '321302'],
    // … not a table's header row, nor the addressees of a notice.
    ['湖北省危化品治理进展通报\n\n各市、州、直管市、神农架林区应急管理局：\n\n今年6月以来，全省开展集中治理。\n\n地区　检查企业（家）\n武汉市　612\n合计　2717', '2717', '湖北省', null, '42'],
  ])('%s [%s]', (text, figure, org, orgMention, code) => {
    const a = attributeAt(text, figure);
    expect({ org: a.org, orgMention: a.orgMention, code: a.region?.code ?? null }).toEqual({ org, orgMention, code });
  });

  it('never carries an org over to the next article', () => {
    const text = '国网长春供电公司：提早行动保汛期安全可靠供电\n\n本报讯(记者王焕照)国网长春供电公司提早行动。\n\n『老艾』和同学们\n\n本报记者 徐岩\n\n又是一年毕业季，已经有1600多位家长粉丝在关注。';
    expect(attributeAt(text, '1600多位').org).not.toBe('国网长春供电公司');
  });
});
