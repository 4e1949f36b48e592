import { metricColourRules } from './palette.js';

/**
 * The report's only stylesheet, inlined (the report must open offline).
 * Tooltips are pure CSS: `.tip` shows on :hover and on :focus of its highlight,
 * so a keyboard user tabbing through the facts sees the same as a mouse user.
 */
export const REPORT_CSS = `
:root{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1a1a1a;background:#fafafa}
body{max-width:60rem;margin:0 auto;padding:1rem 1.5rem 4rem;line-height:1.7}
h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.15rem;margin:2rem 0 .5rem;border-bottom:1px solid #ddd}
nav a{margin-right:1rem}
.legend{display:flex;flex-wrap:wrap;gap:.25rem .75rem;padding:0;list-style:none;font-size:.85rem}
.swatch{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:-.1em;background:var(--bg);border-bottom:3px solid var(--line)}
article.doc{background:#fff;border:1px solid #e0e0e0;border-radius:6px;padding:.5rem 1rem 1rem;margin:1rem 0}
article.doc header{font-size:.85rem;color:#555}
article.doc h3{font-size:1rem;margin:.25rem 0;color:#1a1a1a;word-break:break-all}
.text{white-space:pre-wrap;word-break:break-word;margin:0}
mark.fact{position:relative;background:var(--bg);border-bottom:3px solid var(--line);border-radius:2px;padding:0 1px;color:inherit;cursor:help}
mark.fact:focus{outline:2px solid var(--line);outline-offset:1px}
mark.fact .tip{display:none;position:absolute;left:0;top:100%;z-index:10;margin-top:4px;min-width:14rem;max-width:24rem;padding:.4rem .6rem;
  background:#212121;color:#fff;font-size:.8rem;line-height:1.45;white-space:pre-line;border-radius:4px;box-shadow:0 2px 6px rgba(0,0,0,.3)}
mark.fact:hover .tip,mark.fact:focus .tip{display:block}
.unplaced{font-size:.8rem;color:#b71c1c}
.scroll{overflow-x:auto}
table.totals{border-collapse:collapse;font-size:.8rem}
table.totals th,table.totals td{border:1px solid #ddd;padding:.2rem .4rem;text-align:right;vertical-align:top}
table.totals th[scope=row],table.totals th:first-child{text-align:left;white-space:nowrap}
table.totals thead th{vertical-align:bottom;font-weight:600}
table.totals .count{display:block;color:#777;font-size:.7rem}
svg.chart{font-size:12px;max-width:100%;height:auto}
svg.chart .bar{fill:var(--bg);stroke:var(--line)}
svg.chart a:focus .bar,svg.chart a:hover .bar{fill:var(--line)}
${metricColourRules()}
`;
