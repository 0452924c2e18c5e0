// The gentler version `persona score` offers: salesy clauses go, and the one soft invitation left names what the
// draft was about when a dropped clause said it (a salesperson's rewrite must not lose the product).
import { describe, expect, it } from 'vitest';
import { gentler } from '../../src/lint/rewrite.js';
import { createScorer } from '../../src/lint/score.js';

const scorer = createScorer();
const rewrite = (text: string, locale: 'zh-CN' | 'en') => gentler(text, scorer.analyze(text, locale).findings, locale);

describe('gentler wording', () => {
  it.each([
    ['the product after the pressure', "Only 5 bags left of the holiday blend! Order now before it's gone!!", 'en', 'Happy to tell you more about the holiday blend if you ask.'],
    ['the product before it', 'Our house blend is almost gone, DM me to order!', 'en', 'Happy to tell you more about our house blend if you ask.'],
    ['a Chinese product name opening the clause', '武夷肉桂限时特价，私聊我！', 'zh-CN', '想了解武夷肉桂的可以问我。'],
    ['an urging word is no subject', '限时秒杀，仅剩3罐，赶紧私聊我下单！', 'zh-CN', '想了解的可以问我。'],
    ['nor is a form of address', '家人们赶紧私聊我下单！', 'zh-CN', '想了解的可以问我。'],
    ['a product the kept text still names is not named twice', '新到的福鼎寿眉，限时特价，私聊我！', 'zh-CN', '新到的福鼎寿眉。想了解的可以问我。'],
    ['no product said: the plain invitation', 'Hurry, only 2 left! DM me to order.', 'en', 'Happy to tell you more if you ask.'],
  ] as const)('%s', (_name, text, locale, expected) => {
    expect(rewrite(text, locale)).toBe(expected);
  });
});
