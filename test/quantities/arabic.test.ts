/** Arabic numbers: full-width digits, thousands separators, decimals, signs, with 万/亿. */
import { runNegatives, runTable } from './harness.js';

runTable('arabic numbers', [
  { in: '检查单位4251家', text: '4251家', value: 4251, unit: '家' },
  { in: '直播平台线上接入点数达39.86万，', text: '39.86万', value: 398600 },
  { in: '排查各类安全隐患23.7万项', text: '23.7万项', value: 237000, unit: '项' },
  { in: '累计检查企业３１２６家', text: '３１２６家', value: 3126, unit: '家' },
  { in: '全年接报警情1,234起', text: '1,234起', value: 1234, unit: '起' },
  { in: '总额1,050,000,000元', text: '1,050,000,000元', value: 1050000000, unit: '元' },
  { in: '投入资金１，２３４万元', text: '１，２３４万元', value: 12340000, unit: '元' },
  { in: '全省减灾示范社区0.54平方公里', text: '0.54平方公里', value: 0.54, unit: '平方公里' },
  { in: '全市接报1.2亿人次', text: '1.2亿人次', value: 120000000, unit: '人次' },
  { in: '投资4.78万亿', text: '4.78万亿', value: 4.78e12 },
  { in: '3万4000名', text: '3万4000名', value: 34000, unit: '名' },
  { in: '增长-3.5%', text: '-3.5%', value: -3.5, unit: '%' },
  { in: '温度为负10度', text: '负10', value: -10 },
  { in: '实际为-10000', text: '-10000', value: -10000 },
  { in: '约2e5', text: '约2e5', value: 200000, qualifier: 'approx' },
  { in: '分别为1,2。', text: '1', value: 1 }, // a list `1,2`, never 12
  { in: '分别为1,2。', text: '2', value: 2 },
  { in: '共40k条', text: '40k条', value: 40000, unit: '条' },
]);

runNegatives('arabic codes', [
  { in: '联系电话13912345678', reason: 'a mobile number' },
  { in: '电话0431-88888888', reason: 'an area code and a local number' },
  { in: '打开H5页面', reason: 'a model name glued to a letter' },
  { in: '建成5G基站', none: '5G', reason: 'a model name glued to a letter' },
  { in: '详见http://www.jl.gov.cn/2023/05/17/art_123.html', reason: 'digits inside a URL' },
  { in: '发送至abc123@jl.gov.cn', reason: 'digits inside an e-mail address' },
]);
