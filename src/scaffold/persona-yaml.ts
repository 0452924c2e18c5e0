// A persona profile as `persona new` writes it: the schema line for editors, fields in the README's order,
// a short comment per section in the UI language, short lists in flow style the way people write them by hand.
import { Document, isMap, isScalar, isSeq, type Node, type Pair, type Scalar } from 'yaml';
import type { Lang } from '../i18n/text.js';
import type { PersonaInput } from '../model/persona.js';

const SECTION_COMMENTS: Record<Lang, Record<string, string>> = {
  en: {
    id: 'Written by `persona new`. The id equals the file name; edit anything below, then run `persona validate`.',
    voice: 'How this person sounds. emoji: none | light | rich. Posts never contain a word listed under avoid.',
    interests: 'Lifestyle topics of the template library; a higher weight means more posts about it.',
    products: 'What this persona sells: selling points in plain words, and who it suits (audience).',
    schedule: "Posting windows in the persona's time zone, posts per day, and days off (mon … sun).",
  },
  'zh-CN': {
    id: '由 `persona new` 生成。id 与文件名一致；下面的内容都可以改，改完运行 `persona validate`。',
    voice: '说话的样子。emoji：none | light | rich。avoid 里的词永远不会出现在内容里。',
    interests: '模板库里的生活话题；weight 越大，这个话题的内容越多。',
    products: '卖的东西：用大白话写卖点（points），以及适合谁（audience）。',
    schedule: '发圈时段（人设所在时区）、每天几条、休息日（mon … sun）。',
  },
};

/** The order of the README's annotated example, which is also what a reader expects. */
const ORDER = ['id', 'name', 'locale', 'timezone', 'role', 'bio', 'team', 'voice', 'interests', 'series', 'products', 'schedule', 'density', 'events'];

function ordered(persona: PersonaInput): Record<string, unknown> {
  const source = persona as unknown as Record<string, unknown>;
  return Object.fromEntries(ORDER.filter((k) => source[k] !== undefined).map((k) => [k, source[k]]));
}

function pairOf(node: unknown, key: string): Pair<Scalar, Node> | undefined {
  return isMap(node) ? (node.items as Pair<Scalar, Node>[]).find((p) => isScalar(p.key) && p.key.value === key) : undefined;
}

export function personaYaml(persona: PersonaInput, lang: Lang, header: string): string {
  const doc = new Document(ordered(persona));
  const comments = SECTION_COMMENTS[lang];
  for (const [key, comment] of Object.entries(comments)) {
    const pair = pairOf(doc.contents, key);
    if (!pair) continue;
    pair.key.commentBefore = ` ${comment}`;
    if (key !== 'id') pair.key.spaceBefore = true;
  }
  const voice = pairOf(doc.contents, 'voice')?.value;
  for (const key of ['tone', 'phrases', 'avoid']) {
    const list = pairOf(voice, key)?.value;
    if (isSeq(list)) list.flow = true;
  }
  for (const key of ['interests', 'series']) {
    const list = pairOf(doc.contents, key)?.value;
    if (isSeq(list)) for (const item of list.items) if (isMap(item)) item.flow = true;
  }
  const products = pairOf(doc.contents, 'products')?.value;
  if (isSeq(products)) {
    for (const product of products.items) {
      for (const key of ['points', 'audience']) {
        const list = pairOf(product, key)?.value;
        if (isSeq(list)) list.flow = true;
      }
    }
  }
  const schedule = pairOf(doc.contents, 'schedule')?.value;
  const windows = pairOf(schedule, 'windows')?.value;
  if (isSeq(windows)) {
    windows.flow = true;
    // Quoted like the README writes them: "07:30-08:30" reads as a time range, not a bare word.
    for (const w of windows.items) if (isScalar(w)) w.type = 'QUOTE_DOUBLE';
  }
  for (const key of ['postsPerDay']) {
    const map = pairOf(schedule, key)?.value;
    if (isMap(map)) map.flow = true;
  }
  const rest = pairOf(schedule, 'restDays')?.value;
  if (isSeq(rest)) rest.flow = true;
  return `${header}${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}`;
}
