import { describe, expect, it } from 'vitest';
import { GAZETTEER_DATA } from '../../src/attribution/org/gazetteer-data.js';
import { lookupPlaces, parentOf, regionOf, resolvePlace } from '../../src/attribution/org/gazetteer.js';
import { shortName } from '../../scripts/build-gazetteer.js';

describe('gazetteer data', () => {
  it('is compact and covers provinces, prefectures and counties', () => {
    expect(GAZETTEER_DATA.length).toBeLessThan(300_000);
    const codes = GAZETTEER_DATA.split('\n').map((l) => l.split(',')[0]!);
    expect(codes.filter((c) => c.length === 2).length).toBeGreaterThanOrEqual(31);
    expect(codes.filter((c) => c.length === 4).length).toBeGreaterThan(300);
    expect(codes.filter((c) => c.length === 6).length).toBeGreaterThan(2800);
  });
});

describe('shortName', () => {
  it.each([
    ['长春市', '长春'], ['平城区', '平城'], ['吉林省', '吉林'], ['广西壮族自治区', '广西'], ['延边朝鲜族自治州', '延边'],
    ['长白朝鲜族自治县', '长白'], ['阿里地区', '阿里'], ['城区', ''], ['兴安盟', '兴安'],
  ])('%s → %s', (name, short) => expect(shortName(name)).toBe(short));
});

describe('lookup and resolution', () => {
  it.each([
    // [name, context names, expected code or null]
    ['平城区', [], '140213'],
    ['平城', ['大同市'], '140213'],
    ['长春', [], '2201'],
    ['公主岭市', [], '220184'],
    ['北关区', [], '410503'],
    ['鼓楼区', [], null], // four 鼓楼区: ambiguous without context
    ['鼓楼区', ['福州市'], '350102'],
    ['鼓楼区', ['江苏省'], null], // Nanjing and Xuzhou both have one
    ['吉林', [], '22'], // the province over the prefecture of the same name
    ['新开区', [], null], // a development zone, not a GB/T 2260 division
  ])('%s in %j → %s', (name, context, code) => {
    const ctx = (context as string[]).map((c) => lookupPlaces(c)[0]!);
    expect(resolvePlace(name as string, ctx)?.code ?? null).toBe(code);
  });

  it('gives the region of a county with its province and prefecture', () => {
    expect(regionOf(lookupPlaces('平城区')[0]!)).toEqual({ code: '140213', name: '平城区', province: '山西省', city: '大同市' });
    expect(regionOf(lookupPlaces('长春市')[0]!)).toEqual({ code: '2201', name: '长春市', province: '吉林省', city: '长春市' });
    expect(regionOf(lookupPlaces('河南省')[0]!)).toEqual({ code: '41', name: '河南省', province: '河南省', city: null });
  });

  it('walks up from a county to its prefecture and province', () => {
    const county = lookupPlaces('绿园区')[0]!;
    expect(parentOf(county)?.name).toBe('长春市');
    expect(parentOf(parentOf(county)!)?.name).toBe('吉林省');
  });
});
