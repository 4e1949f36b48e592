/**
 * Patterns of newspaper page lines that are not body text, as data. Every
 * pattern is anchored and its repeats bounded, so a 10 MB line costs nothing.
 * Brackets are ASCII here: normalisation turned `（` into `(`.
 */

/** The reporter note after a dateline: `(记者孙红丽)`, `(李成财 记者邱国强)`. */
const REPORTER_NOTE = String.raw`(?:\s*\([^()\n]{0,40}\))?`;

/**
 * Datelines opening an article's first paragraph; the match is the dateline.
 * `本报讯(记者孙红丽)“感谢…`, `本报9月12日讯(李成财 记者邱国强)记者在…`,
 * `2024年10月9日讯 国庆假期期间…`, `新华社北京9月1日电(记者…)`.
 */
export const DATELINE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`^本报[^讯，。,\s]{0,14}讯` + REPORTER_NOTE),
  new RegExp(String.raw`^(?:\d{4}年)?\d{1,2}月\d{1,2}日讯` + REPORTER_NOTE),
  new RegExp(String.raw`^据?(?:新华社|中新社|人民网|中新网|央视网)[^，。,\s]{0,16}?电` + REPORTER_NOTE),
];

/**
 * Weaker openings that count as a dateline only right after a headline:
 * `记者从绍兴市应急管理局获悉`, `记者近日从有关部门了解到`.
 */
export const LEAD_PATTERNS: readonly RegExp[] = [
  /^记者(?:近日|日前)?从[^，。,\n]{1,30}?(?:获悉|了解到)/,
];

/**
 * A whole line naming the reporters: `本报记者 孟凡明`, `□本报记者 王嘉晨`,
 * `全媒体记者 杨佳`, `本报记者 王嘉晨 通讯员 申海萍`. Refuses photo credits
 * (`本报记者 王萌 摄`), which `CREDIT_END` catches first.
 */
export const BYLINE = /^□?\s?(?:本报|全媒体|融媒体|新华社)?(?:首席)?(?:记者|通讯员)[\s:：]{0,2}[\u4e00-\u9fa5·]{2,4}(?:\s{1,3}(?:本报|全媒体)?(?:记者|通讯员)?\s?[\u4e00-\u9fa5·]{2,4}){0,4}$/;

/**
 * The end of a photo caption or credit: `本报记者 王萌 摄`, `(杨光明 摄)`,
 * `孙露摄(资料照片)`, `…一幅美丽画卷。 全媒体记者 宋莹莹 摄`. Tested on the line's tail.
 */
export const CREDIT_END = /摄\s?(?:\)|\(资料(?:照片|图片)\))?\s*$/;

/** Furniture that continues an article from another page: `(上接第一版)`. Starts a new article. */
export const CONTINUATION = /^\((?:上接|紧接|接)第?[一二三四五六七八九十\d]{1,3}版\)$/;

/**
 * Other page furniture: `(下转第二版)`, `本版编辑 郭洪涛 程源`, `责任编辑：…`, `www.dtnews.cn`, and the folio
 * at a page's top (`山西应急周刊·安全生产　2025年3月20日　星期四　第5版`, `第3版：要闻`): a line naming its page, no sentence.
 */
export const FURNITURE_PATTERNS: readonly RegExp[] = [
  /^\((?:下转|转)第?[一二三四五六七八九十\d]{1,3}版\)$/,
  /^[^。，,；;！？]{0,40}?第[一二三四五六七八九十\d]{1,3}版(?:[\s:：·|][^。，,；;！？]{0,20})?$/,
  /^(?:本版|责任)(?:编辑|校对|美编|审校)/,
  /^(?:https?:\/\/|www\.)[\w./?=&%-]{1,200}$/i,
];

/** An author's name alone closing a commentary: `威力卿`, `孙 权`, `赵艳红`. */
export const AUTHOR_NAME = /^[\u4e00-\u9fa5](?:\s?[\u4e00-\u9fa5]){1,2}$/;

/** A markdown heading: `## 园林部门排查危树除隐患`, `### 平城区教育局`. Group 1 is the level. */
export const MARKDOWN_HEADING = /^(#{1,6})\s+/;

/**
 * An outline-numbered section heading of a report, never an article's headline:
 * `一、总体情况`, `(二)狠抓隐患排查`, `3.强化督查考核`, `第二部分 主要做法`.
 */
export const OUTLINE_NUMBER = /^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、](?!\d)|第[一二三四五六七八九十\d]{1,3}[部章节条])/;

/** A subtitle line: `——二〇二二年吉林省网络安全宣传周活动综述`. */
export const SUBTITLE_START = /^(?:——|--|—)/;

/** A kicker or title line that announces its subtitle: `长春扎实开展安全生产百日攻坚行动——`. */
export const SUBTITLE_ANNOUNCED = /(?:——|--)$/;

/** A column label rather than a title: `区政要闻`, `部门动态`, `图说新闻`, `平城头条` (at most this long). */
export const COLUMN_LABEL_MAX_CHARS = 4;

/** A headline is read from at most this many lines before its article's body (kicker, title, subtitles). */
export const HEADLINE_MAX_LINES = 6;

/** A headline with a comma (`坚守一线，守护万家平安`) is at most this long. */
export const COMMA_HEADLINE_MAX_CHARS = 30;

/**
 * A list item: a bullet (a pictograph such as 👉 ✅ 📍 with its variation selector, or ● ○ ◆ ◇ ■ □ ▶ ► ★ ☆ ✔ ✓ • ·)
 * opening a line that holds a figure, or an arrow right before a figure (`隐患数 ⬇️ 8.3%`). A line with no figure
 * after a pictograph is a post's title or label (`🔥安全生产月｜滨江交出这份“成绩单”`, `💡小编提醒`).
 */
export const LIST_BULLET = /^(?:\p{Extended_Pictographic}\uFE0F?|[●○◆◇■□▶►▪▫★☆✔✓•·])\s*[^\s\p{Extended_Pictographic}]/u;
export const ARROW_FIGURE = /[⬆⬇↑↓]\uFE0F?\s*[0-9０-９]/;
export const HAS_FIGURE = /[0-9０-９]|[一二两三四五六七八九十百千万][余多]?[个家处项起次人场期条]/;
