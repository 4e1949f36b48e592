import { describe, expect, it } from 'vitest';
import { isTitleLike, sectionTitleAbove } from '../../src/attribution/section-title.js';

describe('isTitleLike: a line that may title a section', () => {
  it.each([
    ['▶ 上月执法检查', true],
    ['二、沭阳县', true],
    ['（一）1至9月事故情况', true],
    ['▶ 物资储备（截至目前）', true],
    ['一、受灾情况。截至6月19日17时，此轮强降雨共造成全市受灾。', false], // body text after a run-in heading
    ['地区　检查企业（家）　发现隐患（项）', false], // a table's header row
    ['各市、州、直管市、神农架林区应急管理局：', false], // the addressees of a notice
    ['全市共排查各类安全隐患23.7万项，整改23万项', false],
    ['市应急管理局在本次专项行动中深入全市各重点行业领域开展了执法检查', false], // too long for a title
  ])('%s → %s', (line, expected) => expect(isTitleLike(line)).toBe(expected));
});

describe('sectionTitleAbove: the title of the section holding a paragraph', () => {
  const lines = (text: string) => {
    const out: { start: number; end: number }[] = [];
    let at = 0;
    for (const l of text.split('\n')) { out.push({ start: at, end: at + l.length }); at += l.length + 1; }
    return out;
  };
  it.each([
    // [text, paragraph index of the figure, lead's end paragraph, expected title line or null]
    ['通报\n今年以来，全市平稳。\n▶ 上月执法检查\n• 检查企业 318 家\n• 发现隐患 904 项', 4, 1, '▶ 上月执法检查'], // list items are no titles
    ['通报\n今年以来，全市平稳。\n▶ 6月1日入汛以来\n• 转移群众 2160 人', 3, 1, '▶ 6月1日入汛以来'], // a figure inside its period phrase
    ['通报\n今年以来，全市平稳。\n• 检查企业 318 家', 2, 1, null], // the walk reaches the lead
    ['上月执法检查\n今年以来，全市检查企业318家。', 1, 1, null], // the lead's lines title nothing
  ])('%s [%i]', (text, at, leadLine, expected) => {
    const paragraphs = lines(text);
    const periods = [...text.matchAll(/6月1日入汛以来/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
    const k = sectionTitleAbove(text, paragraphs, at, paragraphs[leadLine]!.end, periods);
    expect(k >= 0 ? text.slice(paragraphs[k]!.start, paragraphs[k]!.end) : null).toBe(expected);
  });
});
