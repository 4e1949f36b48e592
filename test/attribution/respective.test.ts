import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

/** The org of every figure of `text`, in text order, with the words that named it when they differ. */
const orgs = (text: string) => extract(text).facts.map((f) => `${f.text}:${f.org}${f.orgMention && f.orgMention !== f.org ? `/${f.orgMention}` : ''}`);

describe('a list before 分别 owns the figures after it, one each', () => {
  it.each([
    // Places with a shared predicate after the last one.
    ['绍兴市应急管理局通报\n\n越城区、柯桥区、上虞区检查企业数分别为462家、598家、511家。', ['462家:越城区', '598家:柯桥区', '511家:上虞区']],
    // The predicate in the clause before 分别为.
    ['佛山市住房城乡建设局通报\n\n顺德区、南海区抽查项目较多，分别为97个、88个。', ['97个:顺德区', '88个:南海区']],
    // … however long the ranked predicate (查处交通违法行为数量居全省前三位，).
    ['四川省交警总队通报\n\n分地区看，成都、绵阳、南充查处交通违法行为数量居全省前三位，分别为9.6万起、2.8万起和2.1万起。', ['9.6万起:成都市/成都', '2.8万起:绵阳市/绵阳', '2.1万起:南充市/南充']],
    // A later 分别 of the sentence with no list of its own takes the list of the one before.
    ['贵州省煤矿安全监管通报\n\n六盘水市、毕节市分别查处重大事故隐患14条、12条，罚款金额分别为2315万元、1987万元，居全省前两位。', ['14条:六盘水市', '12条:毕节市', '2315万元:六盘水市', '1987万元:毕节市']],
    // The scope of a ranking (居全省前三位) is no item of the list.
    ['湖南省3月火灾情况通报\n\n长沙市、衡阳市、邵阳市火灾起数居全省前三位，分别为468起、392起、351起。', ['468起:长沙市', '392起:衡阳市', '351起:邵阳市']],
    // 分别 with a verb of its own; bodies as well as places.
    ['北京市应急管理局通报\n\n东城区、西城区、朝阳区分别发现隐患12处、15处、9处。', ['12处:东城区', '15处:西城区', '9处:朝阳区']],
    ['长春市应急管理局通报\n\n市公安局、市市场监管局分别查处案件12起、9起。', ['12起:长春市/市公安局', '9起:长春市/市市场监管局']],
    // Not when a list of what is counted stands between the bodies and 分别 (the figures are the subjects' of 和).
    ['长春市应急管理局通报\n\n市应急局联合市公安局、市市场监管局，检查企业数和隐患数分别为120家、300处。', ['120家:长春市/市应急局', '300处:长春市/市应急局']],
    // Not when the list and the run are not as many.
    ['绍兴市应急管理局通报\n\n越城区、柯桥区检查企业数分别为462家、598家、511家。', ['462家:绍兴市', '598家:绍兴市', '511家:绍兴市']],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });
});
