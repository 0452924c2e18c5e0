// Legal bases cited by absolute-claim and efficacy-claim entries. No licensed public list of banned
// advertising words exists, so the lexicon is curated here and every entry says which clause it rests on.
import type { Text } from '../../i18n/text.js';

export const BASES = {
  'AL-4': {
    law: '《中华人民共和国广告法》第四条',
    lawEn: 'PRC Advertising Law, art. 4',
    text: '广告不得含有虚假或者引人误解的内容，不得欺骗、误导消费者。',
  },
  'AL-9-2': {
    law: '《中华人民共和国广告法》第九条第二项',
    lawEn: 'PRC Advertising Law, art. 9(2)',
    text: '广告不得使用或者变相使用国家机关、国家机关工作人员的名义或者形象（特供、专供等）。',
  },
  'AL-9-3': {
    law: '《中华人民共和国广告法》第九条第三项',
    lawEn: 'PRC Advertising Law, art. 9(3)',
    text: '广告不得使用"国家级"、"最高级"、"最佳"等用语；与其含义相同或者近似的用语同样适用（见市场监管总局《广告绝对化用语执法指南》，2023）。',
  },
  'AL-16': {
    law: '《中华人民共和国广告法》第十六条',
    lawEn: 'PRC Advertising Law, art. 16',
    text: '医疗、药品、医疗器械广告不得含有表示功效、安全性的断言或者保证，不得说明治愈率或者有效率。',
  },
  'AL-17': {
    law: '《中华人民共和国广告法》第十七条',
    lawEn: 'PRC Advertising Law, art. 17',
    text: '除医疗、药品、医疗器械广告外，禁止其他任何广告涉及疾病治疗功能，并不得使用医疗用语或者易使推销的商品与药品、医疗器械相混淆的用语。',
  },
  'AL-18': {
    law: '《中华人民共和国广告法》第十八条',
    lawEn: 'PRC Advertising Law, art. 18',
    text: '保健食品广告不得含有表示功效、安全性的断言或者保证，不得涉及疾病预防、治疗功能。',
  },
  'AL-24': {
    law: '《中华人民共和国广告法》第二十四条',
    lawEn: 'PRC Advertising Law, art. 24',
    text: '教育、培训广告不得对升学、通过考试、获得学位学历或者合格证书，或者对教育、培训的效果作出明示或者暗示的保证性承诺。',
  },
  'AL-25': {
    law: '《中华人民共和国广告法》第二十五条',
    lawEn: 'PRC Advertising Law, art. 25',
    text: '招商等有投资回报预期的商品或者服务广告，不得对未来效果、收益或者与其相关的情况作出保证性承诺。',
  },
  'AL-28': {
    law: '《中华人民共和国广告法》第二十八条',
    lawEn: 'PRC Advertising Law, art. 28',
    text: '以虚假或者引人误解的内容欺骗、误导消费者的，构成虚假广告（包括商品的性能、功能、质量等与实际情况不符）。',
  },
  'FTC-5': {
    law: '美国《联邦贸易委员会法》第 5 条（15 U.S.C. §45）及 FTC 广告证实政策',
    lawEn: 'FTC Act §5 (15 U.S.C. §45) and the FTC Advertising Substantiation Policy',
    text: 'Objective claims such as "#1", "guaranteed" or "cures" need competent and reliable evidence before they are made; an English post aimed at mainland China also falls under Advertising Law art. 9(3).',
  },
} as const;

export type BasisId = keyof typeof BASES;

/** A basis as a message cites it, in the reader's language: 《中华人民共和国广告法》第九条第三项, "PRC Advertising Law, art. 9(3)". */
export function basisText(id: BasisId): Text {
  return { key: `lint.basis.${id}` };
}

/** The catalog entries basisText names (registered with the lint engine's messages). */
export function basisMessages(): Record<string, { en: string; 'zh-CN': string }> {
  return Object.fromEntries(Object.entries(BASES).map(([id, b]) => [`basis.${id}`, { en: b.lawEn, 'zh-CN': b.law }]));
}
