/** A place name found at the start of a mention (遵义市, 汇川区, 长春, 新开区). */
export interface PlacePart {
  name: string;
  start: number;
  end: number;
  /** In the gazetteer. */
  known: boolean;
  /** A full name, an ns-tagged word, or a new 区/县 name: a mention by itself. */
  strong: boolean;
  tokenEnd: number;
}

/** An organisation, place or reference named in the text. Offsets are absolute. */
export interface OrgMention {
  start: number;
  end: number;
  text: string;
  /** place: 公主岭市; org: 区应急管理局, 国网长春供电公司; reference: 全市, 该公司. */
  kind: 'place' | 'org' | 'reference';
  places: PlacePart[];
  /** The bare level of 区应急管理局 (county), 市安委会 (city), 省公安厅 (province). */
  levelPrefix: 'province' | 'city' | 'county' | null;
  /** The reference word heading it (全省 in 全省各级公安机关, 该公司). */
  reference: string | null;
  /** The mention up to a street/community it names (平城区水泊寺街道 of …街道办事处). */
  subPlace: string | null;
  /** A government body: its figures belong to its place. */
  government: boolean;
  /** 北关区相关部门, 全区各部门: names no body, only the place. */
  generic: boolean;
  /** Not a partner or object (联合县消防大队, 深入彰北街道). */
  actor: boolean;
}
