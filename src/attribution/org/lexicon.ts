/**
 * Word lists of org mention finding and resolution. Data only; the logic is in
 * find-mentions.ts and resolve-org.ts.
 */

/** Endings of the name of a government body: its figures belong to its place (区住建局 → 汇川区). */
export const GOVERNMENT_SUFFIXES = [
  '应急管理厅', '应急管理局', '委员会办公室', '委员会', '办公室', '办事处', '管理局', '安委会', '安委办', '防汛办', '人民政府', '政府',
  '总队', '支队', '大队', '机关', '部门', '系统', '厅', '局', '委', '办',
  '消防救援队伍', // the fire brigades as a whole: 全市消防救援队伍 → the city, as 全市公安机关
  '财政', '党委', '党工委', // 县财政统筹安排专项资金, 镇党委组织宣讲: the government of that level
] as const;

/** Endings of a scenic area: a body only as a place's named area (黄山风景区), not a kind (全市景区, 检查景区). */
export const SCENIC_SUFFIXES = ['风景名胜区', '风景区', '景区', '旅游区'] as const;

/** Ministries, named whole (应急管理部, 交通运输部, 交通部, 内政部): a bare 部 ends too many other words (干部, 全部, 北部). */
export const MINISTRY_SUFFIXES = ['应急管理部', '交通运输部', '交通部', '公安部', '住房和城乡建设部', '住建部', '生态环境部', '自然资源部', '水利部', '农业农村部', '工业和信息化部',
  '工信部', '财政部', '民政部', '教育部', '商务部', '司法部', '人力资源和社会保障部', '人社部', '文化和旅游部', '文旅部', '国家卫生健康委',
  '内政部', '经济部', '劳动部', '卫生福利部', '卫福部'] as const;

/** Endings of other organisations, kept as named (国网长春供电公司, 平城区园林绿化中心, 十委社区). */
export const OTHER_ORG_SUFFIXES = [
  '公司', '集团', '中心', '小学', '中学', '高中', '大学', '学校', '医院', '队伍', '服务队', '热线', '处室', '派出所', '事务所', '研究所', '供电所', '服务站', '工作站',
  '消防救援站', // 长江西路消防救援站: a fire station reports its own call-outs (not 微型消防站, a kind)
  '研究院', '分院', '学院', '科技园', '工业园区', '化工园区', '产业园区', // 湖南省特种设备检验检测研究院张家界分院, 南京江北新材料科技园
  '经济开发区', '经济技术开发区', // 泰兴经济开发区安全生产监督管理局: a development zone reports its own figures
  ...SCENIC_SUFFIXES, // 黄山风景区累计接待游客21.36万人次: a scenic area reports its own figures
  ...MINISTRY_SUFFIXES,
] as const;

/** Words that end in a sub-place suffix but name a kind of area, not a place: 南港市城镇燃气 is not a town. */
export const GENERIC_AREA_WORDS = ['城镇', '乡镇', '村镇', '乡村', '农村', '城乡', '美丽乡村', '新农村', '城中村', '集镇'] as const;

/** Kinds of towns and villages, not names: 示范村 is no village of that name. */
export const GENERIC_SUB_PLACE_WORDS = [
  '特色小镇', '示范村', '行政村', '自然村', '贫困村', '中心村', '重点村', '空心村', '示范乡', '示范镇', '重点镇', '中心镇', '建制镇', '各乡镇',
  '美丽乡村', '文明村', '卫生村', '平安村', '先进村', '试点村', '易地搬迁村', '少数民族村', '传统村', '民族乡',
] as const;

/** Endings of a sub-county place: a street, town, village or community (水泊寺街道, 十委社区). */
export const SUB_PLACE_SUFFIXES = ['街道', '社区', '镇', '乡', '村'] as const;

/** Every ending that closes an org mention, longest first. */
export const ORG_SUFFIXES: readonly string[] = [...GOVERNMENT_SUFFIXES, ...OTHER_ORG_SUFFIXES, ...SUB_PLACE_SUFFIXES]
  .sort((a, b) => b.length - a.length);

/** Endings strong enough to make a mention without a place in front (十委社区, 明珠社区, 消防救援队伍). */
export const STANDALONE_SUFFIXES = ['社区', '街道', '公司', '集团', '小学', '中学', '高中', '大学', '医院', '队伍', '支队', '大队', '总队', '部门', '机关', '消防救援站'] as const;

/** Endings that let a jieba nt word stand alone (应急管理厅, 中央财政, 消防救援队伍; not 加油站). */
export const NT_SUFFIXES = ['厅', '局', '委', '办', '委员会', '办公室', '政府', '队伍', '支队', '大队', '总队', '财政', '中心', '公司', '集团', '部', '机关', '部门'] as const;

/** What stands between a place and 部门/机关 without naming a body: 北关区相关部门 is 北关区. */
export const GENERIC_BODIES = ['相关', '有关', '各', '各级', '各有关', '各相关', '行业', '职能', '业务', '监管', '各级各', '其他'] as const;

const TOWN = /镇(政府)?$/;
const TOWNSHIP = /乡(政府)?$/;
/**
 * Words that stand for the nearest org named before them of the kind they say, and what
 * that kind's name ends with: 该公司 → 国网长春供电公司, 全镇 / 镇里 → 浦江县郑宅镇.
 */
export const SAME_KIND_REFERENCES: Readonly<Record<string, RegExp>> = {
  该公司: /(公司|集团)$/, 该企业: /(公司|集团|企业)$/, 该局: /局$/, 该厅: /厅$/, 该中心: /中心$/, 该街道: /街道(办事处)?$/, 该社区: /社区$/,
  该镇: TOWN, 该乡: TOWNSHIP, 该村: /村$/, 全镇: TOWN, 全乡: TOWNSHIP, 全村: /村$/, 本镇: TOWN, 我镇: TOWN, 镇里: TOWN, 全街道: /街道(办事处)?$/,
  该校: /(学|学校|高中)$/, 该队: /队$/, 该大队: /大队$/, 该支队: /支队$/, 该所: /所$/,
  // The speaker's own unit in an interview or a report in the first person (“今年以来，我们站共接警出动1286次”).
  该站: /站$/, 全站: /站$/, 站里: /站$/, 本站: /站$/, 我站: /站$/, 我们站: /站$/,
  我们大队: /大队$/, 我大队: /大队$/, 我们支队: /支队$/, 我支队: /支队$/, 我们中队: /中队$/, 我中队: /中队$/, 我们所: /所$/,
  我局: /局$/, 我们局: /局$/, 本局: /局$/, 我们公司: /(公司|集团)$/, 我公司: /(公司|集团)$/, 本公司: /(公司|集团)$/,
  我们村: /村$/, 我村: /村$/, 我们镇: TOWN, 我们社区: /社区$/, 我们街道: /街道(办事处)?$/,
};

/** References that name their place themselves (Hong Kong and Macau usage): 全港 → 香港, 本澳 → 澳门. */
export const SELF_NAMING_REFERENCES: Readonly<Record<string, string>> = {
  全港: '香港', 本港: '香港', 香港全港: '香港', 全澳: '澳门', 本澳: '澳门',
  // Departments only Hong Kong and Macau have: a release of 消防處 with no place named reports Hong Kong's figures.
  ...Object.fromEntries(['消防处', '劳工处', '警务处', '海事处', '入境事务处', '屋宇署', '机电工程署', '食物环境卫生署', '食环署', '运输署', '社会福利署', '渠务署', '路政署', '地政总署', '渔农自然护理署', '康乐及文化事务署'].map((w) => [w, '香港'])),
  ...Object.fromEntries(['治安警察局', '劳工事务局', '市政署', '土地工务局'].map((w) => [w, '澳门'])),
};

/** Words that stand for a place named elsewhere: 全省 → the article's province, 该区 → its district, 当地 → its deepest place; 该公司 …: see SAME_KIND_REFERENCES. */
export const REFERENCE_WORDS: Record<string, 'province' | 'city' | 'county' | 'nation' | 'same' | 'local'> = {
  当地: 'local', 本地: 'local', // the article's own place, at its deepest level (当地消防救援部门接警后…)
  全国: 'nation', 我国: 'nation',
  全省: 'province', 我省: 'province', 本省: 'province', 该省: 'province',
  全市: 'city', 我市: 'city', 本市: 'city', 该市: 'city',
  全州: 'city', 本州: 'city', 该州: 'city', // autonomous prefectures (楚雄州, 恩施州)
  全区: 'county', 我区: 'county', 本区: 'county', 该区: 'county',
  全县: 'county', 我县: 'county', 本县: 'county', 该县: 'county',
  全旗: 'county', 该旗: 'county',
  ...Object.fromEntries(Object.keys(SELF_NAMING_REFERENCES).map((w) => [w, 'province' as const])),
  ...Object.fromEntries(Object.keys(SAME_KIND_REFERENCES).map((w) => [w, 'same' as const])),
};

/** Single characters that name a level before a body: 区应急管理局, 市安委会, 省公安厅, 县防汛办. */
export const LEVEL_CHARS: Record<string, 'province' | 'city' | 'county'> = { 省: 'province', 市: 'city', 州: 'city', 区: 'county', 县: 'county', 旗: 'county' };

/** Words just before a mention that make it a partner or an object rather than the actor (联合县消防大队, 深入彰北街道). */
export const NON_ACTOR_BEFORE = [
  '联合', '会同', '协同', '配合', '邀请', '指导', '督促', '组织', '与', '和', '及', '同', '向', '对', '给', '为', '到', '赴', '来到', '深入', '走进', '进', '帮助', '协助', '支持', '依托', '通过', '按照', '根据',
  '被', // the agent of a passive (已被司法机关采取刑事强制措施) is not whose figures follow
] as const;

/** Verbs of funds handed down before the report's own place (中央财政下达我省…资金): 我省 receives them, and the figure is its. */
export const FUNDING_VERBS_BEFORE = ['下达', '下拨', '拨付', '拨', '划拨', '安排', '分配', '补助', '支持'] as const;

/** Words tagged ns that are not the place a report is about. */
/** Words that look like an org but name no one: 为党委政府分忧. */
export const NOT_ORGS = ['党委政府', '党委', '政府', '人民政府', '党政', '进社区', '社区', '街道', '部门', '有关部门', '相关部门',
  '中小学', '中小学校', '大中小学', '中学', '小学', '高中', '大学', '学校', '医院', '公司', '集团'] as const; // kinds of institution, named by their kind alone

// 新建 (南昌市新建区) is far more often the verb: 新建乡镇（街道）应急消防站28个.
export const NOT_PLACES = ['中国', '中华', '国家', '中央', '城镇', '农村', '城乡', '基层', '省内', '市内', '区内', '境内', '国内', '海外', '城市', '新建',
  '城区', '矿区', '郊区', '东区', '西区', // the gazetteer's districts named by a common noun (阳泉 城区, 攀枝花 东区): an area, as written alone
] as const;

/** Words right after a place that make it the name of a facility, not an actor (宁波舟山港, 杭州西站, 青银高速). */
export const FACILITY_AFTER = /^(?:大学城|港|港区|港口|港域|机场|火车站|高铁站|站|大桥|高速|铁路|地铁|轨道交通|大道|路|街|公园|水库|湖|江|河|山|古城|景区|湾)/;

/**
 * Short names of places that are also common words of report prose (市人社局会同市总工会, 通道, 合作): a place
 * only as the full name (会同县, 合作市), never as the short name, nor as the short name with another level (会同区).
 */
export const WORD_LIKE_SHORT_NAMES = ['会同', '通道', '合作', '大方', '东方', '光明', '和平', '平安', '长安', '城区', '开发', '正安', '普安', '永和', '大通', '新城', '西湖', '东湖', '南湖', '太湖'] as const;

/** Words that open a phrase whose org is an object or partner until the verb: 对…, 与…, 联合…. */
export const PHRASE_OPENERS = ['对', '向', '与', '同', '联合', '会同', '对于', '针对', '给', '为', '协同', '配合', '邀请', '在', '从', '到', '赴'] as const;
