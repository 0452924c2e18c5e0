// How a phrase is used in its sentence (context.ts, context-en.ts): the mode decides how much it weighs.
import { describe, expect, it } from 'vitest';
import { modeOf, quoteSpans } from '../../src/lint/context.js';
import type { Mode } from '../../src/lint/context.js';

/** The mode of `phrase` (its first occurrence) in `text`. */
function mode(text: string, phrase: string, action = true): Mode {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in "${text}"`);
  return modeOf(text, start, start + phrase.length, [], quoteSpans(text), action);
}

describe('English: who does the buying', () => {
  it.each([
    // A verb with a subject before it is a statement about someone.
    ['A lot of customers just order it straight away, but I usually tell them to try a sample first.', 'order', 'descriptive'],
    ['Customers order it for their parents.', 'order', 'descriptive'],
    ['People buy it at the market.', 'buy', 'descriptive'],
    ['They usually order online.', 'order', 'descriptive'],
    ['She just buys it, he just orders it.', 'orders', 'descriptive'],
    ['My mum would order it every week.', 'order', 'descriptive'],
    ['Friends DM me for the recipe.', 'DM me', 'descriptive'],
    ['Most of my friends buy their coffee on the way to work.', 'buy', 'descriptive'],
    ['We order ours from a farm.', 'order', 'descriptive'],
    ['I order mine online.', 'order', 'descriptive'],
    // Negated and asked.
    ["You don't have to order anything.", 'order', 'negated'],
    ['I never tell people to buy now.', 'buy now', 'negated'],
    ['No need to order today.', 'order today', 'negated'],
    ['Did you order it?', 'order', 'descriptive'],
    ['Have you bought it yet, or will you buy it later?', 'buy it', 'plain'],
    ['Ready to order?', 'order', 'plain'],
    // Reported: a list of what others post.
    ['A lot of people start by telling friends to scan a code, order now, grab a coupon.', 'order now', 'descriptive'],
    ['When I started, most of them did the same thing: a flash sale at lunch, a countdown at night.', 'flash sale', 'descriptive'],
    ['He paid $5 for it.', '$5', 'descriptive'],
    ['The bakery down the road has 20% off today.', '20% off', 'descriptive'],
    // Instructions.
    ['Order it now.', 'Order it now', 'imperative'],
    ['Just order it.', 'order', 'imperative'],
    ['Go buy it.', 'buy it', 'imperative'],
    ['DM me', 'DM me', 'imperative'],
    ['Love it. Order yours today.', 'Order yours', 'imperative'],
    ['You should order it now.', 'order it now', 'imperative'],
    ["Don't forget to order today.", 'order today', 'imperative'],
    ["Don't think twice, order now.", 'order now', 'imperative'],
    ['Why not order one today?', 'order', 'imperative'],
    ['New stock just landed, tap the link to buy.', 'tap the link', 'imperative'],
    ['Want one? DM me to reserve yours.', 'reserve yours', 'imperative'],
    // Offers said plainly.
    ['I have a discount code for you.', 'discount code', 'plain'],
    ['You can order here.', 'order', 'plain'],
    ['Our new batch is 20% off.', '20% off', 'plain'],
    ['Prices go up tomorrow, 20% off until then!', '20% off', 'imperative'],
  ] as const)('%s → "%s" %s', (text, phrase, expected) => {
    expect(mode(text, phrase, false)).toBe(expected);
  });
});

describe('Chinese', () => {
  it.each([
    ['很多客户会直接下单', '下单', true, 'descriptive'],
    ['赶紧下单！', '下单', true, 'imperative'],
    ['下单很方便', '下单', true, 'plain'],
    ['上周在网上下单了一个书架', '下单', true, 'descriptive'],
    ['上个月团购了一箱橙子', '团购', false, 'descriptive'],
    ['错过就要等明年了！', '错过就要等明年', false, 'imperative'],
    ['楼下水果店打折，我妈买了三个西瓜', '打折', false, 'descriptive'],
    ['本店打折！', '打折', false, 'imperative'],
    ['很多新人天天刷屏，早上发新品，中午发秒杀', '秒杀', false, 'descriptive'],
    ['好多人都在抢，手慢无！', '手慢无', false, 'imperative'],
    ['每条都写仅剩三件', '仅剩三件', false, 'quoted'],
    ['它不完美，但我很喜欢', '完美', false, 'negated'],
    ['少用"赶紧下单"这种话', '赶紧下单', true, 'quoted'],
  ] as const)('%s → "%s" %s', (text, phrase, action, expected) => {
    expect(mode(text, phrase, action)).toBe(expected);
  });
});

describe('quoteSpans', () => {
  it('pairs ASCII quotes within a line and leaves apostrophes alone', () => {
    const text = 'no "buy now", no "last chance", and don’t ‘panic’';
    const spans = quoteSpans(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['buy now', 'last chance', 'panic']);
  });

  it('runs an unclosed quotation to the end of its line', () => {
    const text = '他说“赶紧下单\n下一行';
    expect(quoteSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['赶紧下单']);
  });
});

describe('English: reported speech after the phrase', () => {
  it.each([
    ['Buy a plant, they said. It will be fun, they said.', 'Buy', 'descriptive'],
    ['Order the large one, my dad always says.', 'Order', 'descriptive'],
    ['Buy now, before it is gone.', 'Buy now', 'imperative'],
  ] as const)('%s → "%s" %s', (text, phrase, expected) => {
    expect(mode(text, phrase, false)).toBe(expected);
  });
});
