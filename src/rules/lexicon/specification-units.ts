/**
 * Units that describe a thing rather than count it: `10千伏配电线路` (a 10 kV line),
 * `500千瓦机组`, `5层楼`. A figure with one of these units is read as part of the
 * noun, so the figure that counts (`配电线路23条`) keeps its verb (`完成`).
 */
export const SPECIFICATION_UNITS: ReadonlySet<string> = new Set([
  '千伏', '伏', '千瓦', '兆瓦', '瓦', '千伏安', 'kV', 'kv', 'KV', 'kW', 'kw', 'MW', '马力', '英寸', '寸', '层', '吨级', '座位',
]);
