/**
 * fast-check arbitraries for text scraped from anywhere: report figures
 * (digits, full-width digits, Chinese numerals, units, qualifiers) mixed with
 * punctuation, line breaks, traditional characters and hostile code units (lone
 * surrogates, NUL, emoji, BOM).
 */
import fc from 'fast-check';

export const DIGITS = [...'0123456789', '.', ',', ...'０１２３４５６７８９', '．'];
export const NUMERALS = [...'零〇一二两三四五六七八九十百千万亿', '萬', '億', '兩', '拾', '佰', '仟'];
export const UNITS = ['个', '项', '家', '人次', '人', '元', '万元', '亿元', '%', '％', '‰', '个百分点', '处', '起', '次'];
export const QUALIFIERS = ['余', '多', '近', '约', '超过', '以上', '以下', '至', '-', '~', '—', '左右', '逾', '不足'];
export const PUNCTUATION = [...'，。、；：“”()（）《》！？ ', '……'];
export const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\t', '\u3000', '\u00a0', '\u2028'];
export const HOSTILE = ['\uD800', '\uDC00', '\uDBFF', '\u0000', '😀', '👨‍👩‍👧', '𠀀', '\uFEFF', '\u200B', '\uFFFD'];
export const TRADITIONAL = ['萬', '億', '隱患', '處', '項', '個', '檢查', '整改', '類'];
/** Words that make the rules fire, so that facts (not only quantities) are produced. */
export const CONTEXT = ['全市', '共', '排查', '安全隐患', '整改', '整改率', '检查企业', '发现', '罚款', '出动', '执法人员',
  '发生', '事故', '死亡', '同比下降', '开展', '宣传活动', '覆盖', '群众', '2023年', '1至9月', '5月17日', '长春市'];

/** A well-formed figure such as 约1.2万余家, 二十三项 or 3至5家, possibly in full-width digits. */
const figure = fc.tuple(
  fc.constantFrom('', '', '约', '近', '超过', '共'),
  fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.constantFrom('', '', '.5', '.37')).map(([n, d]) => `${n}${d}`),
    fc.constantFrom('二十三', '两', '十二', '三百四十五', '一千零八', '０．８', '１２'),
  ),
  fc.constantFrom('', '', '万', '亿', '萬', '余万', '多'),
  fc.constantFrom('', '至8', '-12', '～20'),
  fc.constantFrom(...UNITS),
  fc.constantFrom('', '', '以上', '左右'),
).map((parts) => parts.join(''));

const token = fc.oneof(
  { arbitrary: figure, weight: 3 },
  { arbitrary: fc.constantFrom(...DIGITS), weight: 6 },
  { arbitrary: fc.constantFrom(...NUMERALS), weight: 3 },
  { arbitrary: fc.constantFrom(...UNITS), weight: 3 },
  { arbitrary: fc.constantFrom(...QUALIFIERS), weight: 2 },
  { arbitrary: fc.constantFrom(...PUNCTUATION), weight: 2 },
  { arbitrary: fc.constantFrom(...BREAKS), weight: 1 },
  { arbitrary: fc.constantFrom(...HOSTILE), weight: 1 },
  { arbitrary: fc.constantFrom(...TRADITIONAL), weight: 1 },
  { arbitrary: fc.constantFrom(...CONTEXT), weight: 3 },
);

/** Random report-like text, up to `maxTokens` tokens. */
export function reportText(maxTokens = 80): fc.Arbitrary<string> {
  return fc.array(token, { maxLength: maxTokens }).map((parts) => parts.join(''));
}

/** Any string at all: arbitrary UTF-16 code units, lone surrogates included. */
export function anyText(): fc.Arbitrary<string> {
  return fc.string({ unit: 'binary', maxLength: 200 });
}
