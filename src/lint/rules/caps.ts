// caps: English in capitals is shouting (BUY NOW, AMAZING); common acronyms are fine.
import { inside } from '../context.js';
import type { RuleMeta, TextContext } from '../types.js';

export const meta = {
  id: 'caps',
  description: {
    en: 'Disallow shouting in capitals: a word of four or more capital letters, or two capitalised words in a row',
    'zh-CN': '禁止用大写字母喊话：四个以上字母全大写的词，或连续两个全大写的词',
  },
  severity: 'warning',
  scope: 'text',
  lexicon: false,
  messages: {
    shout: { en: '"{match}" in capitals reads as shouting', 'zh-CN': '"{match}"全大写，像在喊' },
  },
} as const satisfies RuleMeta;

const ACRONYMS = new Set([
  'ok', 'usa', 'nyc', 'diy', 'bbq', 'ceo', 'uk', 'eu', 'tv', 'pm', 'am', 'ai', 'app', 'ipa', 'usb', 'led', 'pdf', 'faq', 'hiit',
  'nba', 'gps', 'eta', 'dj', 'imo', 'lol', 'omg', 'btw', 'fyi', 'id', 'kol', 'koc', 'ip', 'mbti', 'cbd', 'spa', 'asap', 'wifi',
  'atm', 'dna', 'mri', 'icu', 'gym', 'pb', 'pr', 'nasa', 'unesco', 'mba', 'phd', 'sat', 'ielts', 'toefl', 'covid', 'vlog', 'ootd',
  'ps', 'cd', 'dvd', 'html', 'http', 'api', 'ui', 'ux', 'rsvp', 'aka', 'jpop', 'kpop', 'mv', 'ktv', 'suv', 'ev', 'bmi',
  // The trade's own words, which essays about private-domain selling are full of.
  // Shops and brands written in capitals: "went to IKEA".
  'ikea', 'ntuc', 'muji', 'zara', 'uniqlo', 'costco', 'aldi', 'lidl', 'bmw', 'ibm', 'hsbc', 'dbs', 'ocbc', 'uob',
  'crm', 'scrm', 'erp', 'saas', 'b2b', 'b2c', 'd2c', 'dtc', 'gmv', 'roi', 'kpi', 'kpis', 'okr', 'okrs', 'sku', 'skus', 'seo',
  'ugc', 'pgc', 'mcn', 'sop', 'o2o', 'cpa', 'cpc', 'cpm', 'ctr', 'ltv', 'arpu', 'cto', 'cfo', 'coo', 'cmo', 'hr', 'qa', 'ppt',
  'qr', 'sms', 'pos', 'rmb', 'cny', 'usd', 'gdp', 'vr', 'ar', 'ios', 'nft', 'ota', 'bd', 'samr', 'ftc', 'fda', 'cctv',
]);
/** The sixteen personality types people put in their posts (INFP, ESTJ …). */
const MBTI = /^[EI][NS][TF][JP]$/;
/** A capitalised word: two or more capitals, digits allowed after the first letter (4K, MP3 are not words here). */
const WORD = /(?<![A-Za-z])[A-Z][A-Z]+(?![A-Za-z])/g;

const ANY = /[A-Z]{2}/;

export function check(ctx: TextContext): void {
  if (!ANY.test(ctx.text)) return;
  const words: { start: number; end: number; shout: boolean }[] = [];
  // A quoted "BUY NOW" is someone else's shouting, talked about.
  const quotes = ctx.quotes();
  for (const m of ctx.text.matchAll(WORD)) {
    if (inside(quotes, m.index)) continue;
    const word = m[0];
    words.push({ start: m.index, end: m.index + word.length, shout: !ACRONYMS.has(word.toLowerCase()) && !MBTI.test(word) });
  }
  for (let i = 0; i < words.length; ) {
    // Join capitalised words separated by single spaces or punctuation: "BUY NOW", "LAST CHANCE!!".
    let j = i;
    while (j + 1 < words.length && /^[\s,.!?:;'-]{1,2}$/.test(ctx.text.slice(words[j]!.end, words[j + 1]!.start))) j++;
    const span = words.slice(i, j + 1).filter((w) => w.shout);
    const long = span.some((w) => w.end - w.start >= 4);
    if (span.length >= 2 || long) {
      const start = words[i]!.start;
      const end = words[j]!.end;
      const match = ctx.text.slice(start, end);
      ctx.report({ messageId: 'shout', start, end, weight: 0.3, data: { match }, gentler: match.toLowerCase() });
    }
    i = j + 1;
  }
}
