// `persona new`: add a persona by answering a few questions (or by flags, for scripts), check every answer
// against the persona schema, preview two posts in the new voice, then write personas/<id>.yaml — or nothing.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import type { Lang, Text } from '../../i18n/text.js';
import { t } from '../../i18n/translate.js';
import { parsePersonaSource } from '../../load/persona.js';
import { display, loadTemplates, loadWorkspace, type Workspace } from '../../load/workspace.js';
import { isValidTimeZone, LOCALES, SLUG, WEEKDAYS, type Locale, type Weekday } from '../../model/common.js';
import { PersonaError, type Problem } from '../../model/errors.js';
import { INSTALLED_PERSONA_SCHEMA, personaYamlHeader } from '../../model/json-schema.js';
import { EMOJI_LEVELS, type Persona, type PersonaInput } from '../../model/persona.js';
import type { Template } from '../../model/template.js';
import { makeContext } from '../../render/context.js';
import { createRenderer } from '../../render/engine.js';
import { personaYaml } from '../../scaffold/persona-yaml.js';
import { todayIn } from '../../plan/time.js';
import { createAsk, isPromptExit, type Ask, type PromptStreams } from '../ask.js';
import { writeAtomically } from '../files.js';
import { EXIT, type Io } from '../io.js';
import { msg } from '../onboard-messages.js';
import { style } from '../style.js';
import { byCodePoint } from '../../model/order.js';

export interface NewOptions {
  id?: string;
  name?: string;
  trade?: string;
  bio?: string;
  locale?: string;
  timezone?: string;
  interests?: string;
  products?: string;
  category?: string;
  windows?: string;
  restDays?: string;
  postsPerDay?: string;
  emoji?: string;
  avoid?: string;
  tone?: string;
  signature?: string;
  team?: string;
  yes?: boolean;
  quiet?: boolean;
  config?: string;
}

/** What shells report for Ctrl-C (128 + SIGINT). */
export const EXIT_INTERRUPTED = 130;

type Emoji = (typeof EMOJI_LEVELS)[number];
interface ProductAnswer {
  name: string;
  points: string[];
}

/** Everything the questions decide; absent means "not answered yet". */
interface Answers {
  name?: string;
  id?: string;
  trade?: string;
  bio?: string;
  locale?: Locale;
  timezone?: string;
  interests?: { topic: string; weight: number }[];
  products?: ProductAnswer[];
  category?: string;
  windows?: string[];
  restDays?: Weekday[];
  postsPerDay?: { min: number; max: number };
  emoji?: Emoji;
  avoid?: string[];
  tone?: string[];
  signature?: string;
  team?: string;
}

/** Questions in the order they are asked, each with its flag. */
const QUESTIONS = ['name', 'id', 'trade', 'locale', 'timezone', 'interests', 'products', 'windows', 'restDays', 'emoji', 'avoid'] as const;
type Question = (typeof QUESTIONS)[number];
const FLAG: Record<Question, string> = {
  name: '--name',
  id: '--id',
  trade: '--trade',
  locale: '--locale',
  timezone: '--timezone',
  interests: '--interests',
  products: '--products',
  windows: '--windows',
  restDays: '--rest-days',
  emoji: '--emoji',
  avoid: '--avoid',
};
/** No default can stand in for these: a persona is someone. */
const REQUIRED: readonly Question[] = ['name', 'id'];

const DEFAULTS = {
  'zh-CN': {
    trade: '销售顾问',
    timezone: 'Asia/Shanghai',
    windows: ['07:30-08:30', '12:00-13:00', '21:00-22:00'],
    avoid: ['家人们', '亲们', '宝子'],
    tone: ['温和', '实在'],
    signature: (name: string) => `—— ${name}`,
  },
  en: {
    trade: 'Sales consultant',
    timezone: '',
    windows: ['07:30-08:30', '12:00-13:00', '19:30-21:00'],
    avoid: ['babe', 'hun'],
    tone: ['warm', 'down to earth'],
    signature: () => '',
  },
} as const;

/** Lists typed by people: commas, Chinese commas and enumeration commas all separate. */
export function splitList(value: string): string[] {
  return value
    .split(/[,，、\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** `tea:3, reading` → interests with weights (1 when not given). */
export function parseInterests(value: string): { topic: string; weight: number }[] {
  return splitList(value).map((item) => {
    const [topic, weight] = item.split(/[:：]/).map((s) => s.trim());
    const w = weight === undefined || weight === '' ? 1 : Number(weight);
    return { topic: topic!, weight: Number.isFinite(w) ? w : NaN };
  });
}

/** `武夷肉桂: 岩韵足, 耐泡; 福鼎白茶: 越放越香` → products with selling points. */
export function parseProducts(value: string): ProductAnswer[] {
  return value
    .split(/[;；]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((item) => {
      const at = item.search(/[:：]/);
      return at < 0 ? { name: item, points: [] } : { name: item.slice(0, at).trim(), points: splitList(item.slice(at + 1)) };
    });
}

/** Weekdays as a Chinese user writes them: 周日, 星期天, 礼拜一 … */
const ZH_WEEKDAYS: Readonly<Record<string, Weekday>> = { 一: 'mon', 二: 'tue', 三: 'wed', 四: 'thu', 五: 'fri', 六: 'sat', 日: 'sun', 天: 'sun' };

export function parseRestDays(value: string): Weekday[] {
  const list = splitList(value.normalize('NFKC').toLowerCase()).map((d) => {
    const zh = /^(?:周|星期|礼拜)([一二三四五六日天])$/.exec(d);
    return zh ? ZH_WEEKDAYS[zh[1]!]! : d;
  });
  return list.length === 1 && (list[0] === 'none' || list[0] === '无') ? [] : (list as Weekday[]);
}

/** `1-2` or `2` → posts a day; anything else is a usage error naming the flag. */
function parsePostsPerDay(value: string): { min: number; max: number } {
  const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(value);
  if (!m) usage(msg('new-bad-posts-per-day', { value }), msg('new-bad-posts-per-day-hint'));
  const min = Number(m[1]);
  return { min, max: m[2] === undefined ? min : Number(m[2]) };
}

/**
 * Chinese characters in their pinyin, syllable by syllable (绿茶 → lv cha), read by pinyin-pro: a dictionary of
 * words, so 重阳 is chong yang and 行李 xing li, which a table of single characters gets wrong. Loaded only here.
 */
function romanized(name: string, person: boolean): string {
  if (!/\p{Script=Han}/u.test(name)) return name;
  const { pinyin } = createRequire(import.meta.url)('pinyin-pro') as typeof import('pinyin-pro');
  // A person's name opens with a surname, read as one (曾 zeng, 单 shan, 朴 piao).
  return pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true, ...(person ? { surname: 'head' as const } : {}) }).join(' ');
}

/** A file name from a name: "Maya Lin" → maya-lin, 小美 → xiao-mei, 曾小贤 → zeng-xiao-xian, 武夷肉桂 → wu-yi-rou-gui. */
export function slugFrom(name: string, person = true): string | undefined {
  const slug = romanized(name, person)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
  return SLUG.test(slug) ? slug : undefined;
}

function productId(name: string, index: number, taken: Set<string>): string {
  const base = slugFrom(name, false) ?? `product-${index + 1}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The machine's zone for an English persona; Chinese teams almost always post on Beijing time. */
function defaultTimezone(locale: Locale): string {
  if (locale === 'zh-CN') return DEFAULTS['zh-CN'].timezone;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && zone.includes('/') && isValidTimeZone(zone) ? zone : 'UTC';
}

export interface TopicChoice {
  topic: string;
  /** Templates of the persona's locale about this topic, of any kind. */
  templates: number;
}

/** Topics a persona of this locale can take up: those with at least one lifestyle template. */
export function topicChoices(library: readonly Template[], locale: Locale): TopicChoice[] {
  const counts = new Map<string, { all: number; lifestyle: number }>();
  for (const template of library) {
    if (template.locale !== locale || template.kind === 'chat') continue;
    for (const topic of template.topics) {
      const c = counts.get(topic) ?? { all: 0, lifestyle: 0 };
      counts.set(topic, { all: c.all + 1, lifestyle: c.lifestyle + (template.kind === 'lifestyle' ? 1 : 0) });
    }
  }
  return [...counts.entries()]
    .filter(([, c]) => c.lifestyle > 0)
    .map(([topic, c]) => ({ topic, templates: c.all }))
    .sort((a, b) => b.templates - a.templates || byCodePoint(a.topic, b.topic));
}

/** The answered locale when it is one we know; defaults and topics follow it. */
function localeOf(a: Answers): Locale {
  return a.locale && (LOCALES as readonly string[]).includes(a.locale) ? a.locale : 'zh-CN';
}

function topicLabel(lang: Lang, topic: string): string {
  const text = t(lang, { key: `onboard.topic-${topic}` });
  return text.startsWith('onboard.') ? topic : text;
}

interface Setting {
  ws: Workspace;
  library: Template[];
  lang: Lang;
}

/** The persona these answers make, with defaults for what is not answered yet. */
function draft(a: Answers): PersonaInput {
  const locale = localeOf(a);
  const d = DEFAULTS[locale];
  const name = a.name ?? 'draft';
  const interests = a.interests ?? [{ topic: 'draft', weight: 1 }];
  const role = a.trade ?? d.trade;
  const taken = new Set<string>();
  return {
    id: a.id ?? 'draft',
    name,
    locale: a.locale ?? locale,
    timezone: a.timezone ?? defaultTimezone(locale),
    role,
    bio: a.bio ?? t(locale, msg('default-bio', { role, topics: interests.map((i) => topicLabel(locale, i.topic)).join(locale === 'zh-CN' ? '、' : ', ') })),
    ...(a.team ? { team: a.team } : {}),
    voice: {
      tone: a.tone ?? [...d.tone],
      emoji: a.emoji ?? 'light',
      signature: a.signature ?? d.signature(name),
      phrases: [],
      avoid: a.avoid ?? [...d.avoid],
    },
    interests,
    products: (a.products ?? []).map((p, i) => ({ id: productId(p.name, i, taken), name: p.name, category: a.category ?? 'general', points: p.points, audience: [] })),
    schedule: {
      windows: a.windows ?? [...d.windows],
      postsPerDay: a.postsPerDay ?? { min: 1, max: 2 },
      restDays: a.restDays ?? ['sun'],
    },
  };
}

function personaFile(setting: Setting, id: string): string {
  return join(setting.ws.personasDir, `${id}.yaml`);
}

function schemaHeader(ws: Workspace): string {
  const personasDir = relative(ws.root, ws.personasDir).split(sep).join('/') || '.';
  // Inside persona's own repository the schema sits at schemas/; in a content repo, in node_modules/persona.
  const own = !existsSync(join(ws.root, INSTALLED_PERSONA_SCHEMA)) && existsSync(join(ws.root, 'schemas', 'persona.schema.json'));
  return personaYamlHeader(personasDir, own ? 'schemas/persona.schema.json' : INSTALLED_PERSONA_SCHEMA);
}

function render(setting: Setting, a: Answers): string {
  return personaYaml(draft(a), setting.lang, schemaHeader(setting.ws));
}

/** Which fields of the file each question writes, to pick its problems out of a whole-file check. */
const PATHS: Record<Question, readonly string[]> = {
  name: ['name'],
  id: ['id'],
  trade: ['role'],
  locale: ['locale'],
  timezone: ['timezone'],
  interests: ['interests'],
  products: ['products'],
  windows: ['schedule.windows'],
  restDays: ['schedule.restDays', 'series'],
  emoji: ['voice.emoji'],
  avoid: ['voice.avoid'],
};

function belongs(problem: Problem, paths: readonly string[]): boolean {
  const path = problem.path ?? '';
  if (problem.code === 'unsafe-id' && !problem.path) return paths.includes('id');
  return paths.some((p) => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`));
}

/** Problems of one answer: the persona schema (through the same loader `validate` uses) and what the library can serve. */
function problemsOf(setting: Setting, a: Answers, question: Question): Problem[] {
  // An id that is not a slug, said once and about the id as typed, with one derived from it to try (the file
  // check below would name a file that does not exist and suggest renaming it).
  if (question === 'id' && a.id !== undefined && !SLUG.test(a.id)) {
    const suggestion = slugFrom(a.id);
    return [
      {
        code: 'usage',
        message: msg('new-bad-id', { id: a.id }),
        expected: msg('new-bad-id-expected'),
        hint: suggestion ? msg('new-bad-id-hint', { suggestion }) : msg('new-bad-id-hint-none'),
      },
    ];
  }
  const id = a.id ?? 'draft';
  // The file name as typed: an id like ../x must fail here exactly as it would in validate.
  const file = `${display(setting.ws.personasDir, setting.ws.cwd)}/${id}.yaml`;
  const parsed = parsePersonaSource(render(setting, a), file, setting.ws.policy);
  const found = parsed.result.ok ? [] : parsed.result.problems.filter((p) => belongs(p, PATHS[question]));
  if (found.length) return found;
  if (question === 'id' && a.id && existsSync(personaFile(setting, a.id))) {
    const shown = display(personaFile(setting, a.id), setting.ws.cwd);
    return [{ code: 'usage', file: shown, message: msg('new-exists', { file: shown }), hint: msg('new-exists-hint') }];
  }
  if (question === 'interests' && a.interests) {
    const offered = topicChoices(setting.library, localeOf(a));
    const known = new Set(offered.map((c) => c.topic));
    const unknown = a.interests.filter((i) => !known.has(i.topic)).map((i) => i.topic);
    if (unknown.length) {
      return [
        {
          code: 'usage',
          message: msg('new-unknown-topics', { topics: unknown.join(', '), locale: localeOf(a) }),
          hint: msg('new-known-topics', { topics: offered.map((c) => c.topic).join(', ') }),
        },
      ];
    }
  }
  return [];
}

function answerFromFlag(question: Question, options: NewOptions): Partial<Answers> | undefined {
  switch (question) {
    case 'name':
      return options.name === undefined ? undefined : { name: options.name.trim() };
    case 'id':
      return options.id === undefined ? undefined : { id: options.id.trim() };
    case 'trade':
      return options.trade === undefined ? undefined : { trade: options.trade.trim() };
    case 'locale':
      // zh_CN, zh-cn and zh as a system locale writes them; EN as typed.
      return options.locale === undefined ? undefined : { locale: (/^zh(?:[-_]cn|[-_]hans)?$/i.test(options.locale.trim()) ? 'zh-CN' : /^en(?:[-_][a-z]{2})?$/i.test(options.locale.trim()) ? 'en' : options.locale) as Locale };
    case 'timezone':
      return options.timezone === undefined ? undefined : { timezone: options.timezone.trim() };
    case 'interests': {
      if (options.interests === undefined) return undefined;
      const interests = parseInterests(options.interests);
      const bad = interests.find((i) => !Number.isFinite(i.weight));
      if (bad) usage(msg('new-bad-weight', { value: options.interests, topic: bad.topic }), msg('new-bad-weight-hint', { topic: bad.topic }));
      return { interests };
    }
    case 'products':
      return options.products === undefined ? undefined : { products: parseProducts(options.products) };
    case 'windows':
      return options.windows === undefined ? undefined : { windows: splitList(options.windows) };
    case 'restDays':
      return options.restDays === undefined ? undefined : { restDays: parseRestDays(options.restDays) };
    case 'emoji':
      return options.emoji === undefined ? undefined : { emoji: options.emoji as Emoji };
    case 'avoid':
      return options.avoid === undefined ? undefined : { avoid: splitList(options.avoid) };
  }
}

function defaultAnswer(setting: Setting, question: Question, a: Answers): Partial<Answers> | undefined {
  const locale = a.locale ? localeOf(a) : setting.lang;
  const d = DEFAULTS[locale];
  switch (question) {
    case 'name':
      return undefined;
    case 'id':
      return a.name && slugFrom(a.name) ? { id: slugFrom(a.name)! } : undefined;
    case 'trade':
      return { trade: d.trade };
    case 'locale':
      // A name written in Chinese characters is a strong hint that the posts are in Chinese too.
      return { locale: a.locale ? locale : a.name && /\p{Script=Han}/u.test(a.name) ? 'zh-CN' : setting.lang };
    case 'timezone':
      return { timezone: defaultTimezone(locale) };
    case 'interests':
      return { interests: topicChoices(setting.library, locale).slice(0, 3).map((c) => ({ topic: c.topic, weight: 1 })) };
    case 'products':
      return { products: [] };
    case 'windows':
      return { windows: [...d.windows] };
    case 'restDays':
      return { restDays: ['sun'] };
    case 'emoji':
      return { emoji: 'light' };
    case 'avoid':
      return { avoid: [...d.avoid] };
  }
}

/** A value as a shell takes it: quoted when it holds a space or a character the shell reads. */
function shellWord(value: string): string {
  return /^[\w\p{L}\p{N}:.,/+@-]+$/u.test(value) ? value : `"${value.replace(/(["\\$`])/g, '\\$1')}"`;
}

/**
 * What `--yes` filled in, as the flags that would set it: a persona file is no place for words chosen silently
 * (the avoid list and tone above all), so the salesperson sees them and can pass the flag to change one.
 */
function defaultsTaken(persona: Persona, defaulted: readonly Question[], options: NewOptions): string[] {
  const value: Partial<Record<Question, string | null>> = {
    id: persona.id,
    trade: persona.role ?? null,
    locale: persona.locale,
    timezone: persona.timezone,
    interests: persona.interests.map((i) => i.topic).join(','),
    windows: persona.schedule.windows.join(','),
    restDays: persona.schedule.restDays.length ? persona.schedule.restDays.join(',') : 'none',
    emoji: persona.voice.emoji,
    avoid: persona.voice.avoid.join(','),
  };
  const out = defaulted.flatMap((q) => (value[q] ? [`${FLAG[q]} ${shellWord(value[q]!)}`] : []));
  if (options.postsPerDay === undefined) {
    const { min, max } = persona.schedule.postsPerDay;
    out.push(`--posts-per-day ${min === max ? min : `${min}-${max}`}`);
  }
  if (options.tone === undefined && persona.voice.tone.length) out.push(`--tone ${shellWord(persona.voice.tone.join(','))}`);
  if (options.signature === undefined && persona.voice.signature) out.push(`--signature ${shellWord(persona.voice.signature)}`);
  return out;
}

/** Fields set by flags that are no question of their own: a problem there is about the flag, not the file. */
const FIELD_FLAGS: readonly [RegExp, keyof NewOptions, string][] = [
  [/^team$/, 'team', '--team'],
  [/^bio$/, 'bio', '--bio'],
  [/^voice\.tone/, 'tone', '--tone'],
  [/^voice\.signature/, 'signature', '--signature'],
  [/^products\[\d+\]\.category/, 'category', '--category'],
  [/^schedule\.postsPerDay/, 'postsPerDay', '--posts-per-day'],
];

/** A problem of the file about to be written, said of the flag that set the field (nothing is written yet). */
function aboutFlag(p: Problem, options: NewOptions): Problem | null {
  const found = FIELD_FLAGS.find(([path, option]) => p.path !== undefined && path.test(p.path) && options[option] !== undefined);
  if (!found) return null;
  const { file: _file, line: _line, column: _column, path: _path, ...rest } = p;
  return { ...rest, code: 'usage', message: msg('new-bad-flag', { flag: found[2], detail: p.message }), hint: p.hint ?? msg('new-flag-hint', { flag: found[2] }) };
}

function usage(message: Text, hint?: Text): never {
  throw new PersonaError({ code: 'usage', message, ...(hint ? { hint } : {}) });
}

function promptError(setting: Setting, problems: readonly Problem[]): string {
  return problems
    .map((p) => [t(setting.lang, p.message), p.expected ? `${t(setting.lang, msg('expected'))}: ${t(setting.lang, p.expected)}` : '', p.hint ? t(setting.lang, p.hint) : ''].filter(Boolean).join(' — '))
    .join('\n');
}

/** The answer already given to a question (asking again after "change answers"), else its default. */
function proposed(setting: Setting, question: Question, a: Answers): Partial<Answers> | undefined {
  const key = question as keyof Answers;
  return a[key] !== undefined ? ({ [key]: a[key] } as Partial<Answers>) : defaultAnswer(setting, question, a);
}

/** One question on the terminal; every answer goes through problemsOf() and is asked again until it passes. */
async function ask(setting: Setting, prompts: Ask, question: Question, a: Answers): Promise<Partial<Answers>> {
  const lang = setting.lang;
  const h = (key: Parameters<typeof msg>[0], data?: Parameters<typeof msg>[1]) => t(lang, msg(key, data));
  const fallback = proposed(setting, question, a);
  const check = (partial: Partial<Answers>): true | string => {
    const problems = problemsOf(setting, { ...a, ...partial }, question);
    return problems.length ? promptError(setting, problems) : true;
  };
  const text = async (message: string, dflt: string | undefined, toAnswer: (value: string) => Partial<Answers>) => {
    // inquirer hands validate() the default when the answer is left empty.
    const value = await prompts.text({
      message,
      ...(dflt ? { default: dflt } : {}),
      validate: (typed) => (typed.trim() === '' ? h('q-required') : check(toAnswer(typed.trim()))),
    });
    return toAnswer(value.trim() || dflt || '');
  };
  const separator = lang === 'zh-CN' ? '，' : ', ';
  switch (question) {
    case 'name':
      return text(h('q-name'), fallback?.name, (v) => ({ name: v }));
    case 'id':
      return text(h('q-id'), fallback?.id, (v) => ({ id: v }));
    case 'trade':
      return text(h('q-trade'), fallback?.trade, (v) => ({ trade: v }));
    case 'locale':
      return {
        locale: await prompts.choose<Locale>({
          message: h('q-locale'),
          choices: LOCALES.map((l) => ({ name: h(`locale-${l}`), value: l })),
          default: fallback?.locale ?? 'zh-CN',
        }),
      };
    case 'timezone':
      return text(h('q-timezone'), fallback?.timezone, (v) => ({ timezone: v }));
    case 'interests': {
      const offered = topicChoices(setting.library, localeOf(a));
      const chosen = new Set(a.interests?.map((i) => i.topic) ?? []);
      const topics = await prompts.chooseMany<string>({
        message: h('q-interests'),
        choices: offered.map((c) => ({ name: h('topic-choice', { label: lang === 'zh-CN' ? `${topicLabel(lang, c.topic)} ${c.topic}` : c.topic, n: c.templates }), value: c.topic, checked: chosen.has(c.topic) })),
        validate: (values) => (values.length === 0 ? h('q-interests-none') : check({ interests: values.map((topic) => ({ topic, weight: 1 })) })),
      });
      return { interests: topics.map((topic) => ({ topic, weight: a.interests?.find((i) => i.topic === topic)?.weight ?? 1 })) };
    }
    case 'products': {
      if (a.products?.length && (await prompts.confirm({ message: h('q-keep-products', { names: a.products.map((p) => p.name).join(separator) }) }))) return { products: a.products };
      const products: ProductAnswer[] = [];
      for (;;) {
        const name = (await prompts.text({ message: h(products.length ? 'q-product-more' : 'q-product') })).trim();
        if (!name) return { products };
        const points = await prompts.text({
          message: h('q-points', { name }),
          validate: (value) => check({ products: [...products, { name, points: splitList(value) }] }),
        });
        products.push({ name, points: splitList(points) });
      }
    }
    case 'windows':
      return text(h('q-windows'), fallback?.windows?.join(', '), (v) => ({ windows: splitList(v) }));
    case 'restDays': {
      const rest = new Set(fallback?.restDays ?? []);
      const days = await prompts.chooseMany<Weekday>({
        message: h('q-days'),
        choices: WEEKDAYS.map((day) => ({ name: h(`day-${day}`), value: day, checked: !rest.has(day) })),
        validate: (values) => (values.length === 0 ? h('q-days-none') : check({ restDays: WEEKDAYS.filter((d) => !values.includes(d)) })),
      });
      return { restDays: WEEKDAYS.filter((d) => !days.includes(d)) };
    }
    case 'emoji':
      return {
        emoji: await prompts.choose<Emoji>({
          message: h('q-emoji'),
          choices: EMOJI_LEVELS.map((level) => ({ name: h(`emoji-${level}`), value: level })),
          default: fallback?.emoji ?? 'light',
        }),
      };
    case 'avoid':
      return text(h('q-avoid'), fallback?.avoid?.join(separator), (v) => ({ avoid: splitList(v) }));
  }
}

/** Two posts from the library rendered in the new voice: a lifestyle post and a product post (else another calm one). */
export function previewPosts(persona: Persona, library: readonly Template[], isoDate: string): { template: Template; text: string }[] {
  const renderer = createRenderer();
  const topics = persona.interests.map((i) => i.topic);
  const own = library.filter((tpl) => tpl.locale === persona.locale && tpl.kind !== 'chat' && tpl.kind !== 'live' && tpl.season.length === 0);
  const lifestyle = own.find((tpl) => tpl.kind === 'lifestyle' && tpl.topics.includes(topics[0]!));
  const product = persona.products.length ? own.find((tpl) => tpl.kind === 'product' && tpl.products.length === 0) : undefined;
  const other = own.find((tpl) => tpl !== lifestyle && ['story', 'expertise', 'interaction'].includes(tpl.kind) && (tpl.topics.length === 0 || tpl.topics.some((x) => topics.includes(x))));
  const out: { template: Template; text: string }[] = [];
  for (const template of [lifestyle, product ?? other]) {
    if (!template) continue;
    const compiled = renderer.compile(template);
    if (!compiled.ok) continue;
    const ctx = makeContext({ persona, isoDate, ...(template.kind === 'product' ? { product: persona.products[0]! } : {}) });
    try {
      out.push({ template, text: compiled.render(ctx, `preview/${persona.id}/${template.id}`) });
    } catch {
      // A template that cannot render for this persona is simply not previewed; validate names it.
    }
  }
  return out;
}

function showPreview(setting: Setting, persona: Persona, io: Io): void {
  const s = style(io);
  const lang = setting.lang;
  const posts = previewPosts(persona, setting.library, todayIn(persona.timezone, io.now));
  if (posts.length === 0) return;
  io.stdout(`\n${s.heading(t(lang, msg('preview-title', { name: persona.name })))}\n`);
  for (const { template, text } of posts) {
    io.stdout(`\n${s.dim(`── ${t(lang, { key: `formats.kind-${template.kind}` })} · ${template.id}`)}\n${text.trim()}\n`);
  }
  io.stdout('\n');
}

export async function runNew(options: NewOptions, io: Io, streams?: PromptStreams): Promise<number> {
  const ws = loadWorkspace({ cwd: io.cwd, ...(options.config ? { config: options.config } : {}) });
  const loaded = loadTemplates(ws);
  if (loaded.problems.length) throw new PersonaError(loaded.problems);
  const setting: Setting = { ws, library: loaded.items, lang: io.lang };
  const lang = io.lang;
  const s = style(io);
  const terminal = streams !== undefined || (io.stdinIsTTY && io.stdoutIsTTY);

  // Flags first: each is checked like a typed answer, and a bad one is a usage error naming the flag.
  let answers: Answers = {
    ...(options.bio !== undefined ? { bio: options.bio } : {}),
    ...(options.category !== undefined ? { category: options.category.trim() } : {}),
    ...(options.tone !== undefined ? { tone: splitList(options.tone) } : {}),
    ...(options.signature !== undefined ? { signature: options.signature } : {}),
    ...(options.team !== undefined ? { team: options.team.trim() } : {}),
  };
  if (options.postsPerDay !== undefined) answers.postsPerDay = parsePostsPerDay(options.postsPerDay);
  const flagged = new Set<Question>();
  for (const question of QUESTIONS) {
    const given = answerFromFlag(question, options);
    if (!given) continue;
    answers = { ...answers, ...given };
    flagged.add(question);
  }
  // Locale decides the defaults and the topics on offer, so it is settled before anything is checked.
  if (!answers.locale && (options.yes || !terminal)) answers.locale = defaultAnswer(setting, 'locale', answers)!.locale!;
  for (const question of QUESTIONS) {
    if (!flagged.has(question)) continue;
    const problems = problemsOf(setting, answers, question);
    // About the flag, not the file: nothing has been written, so no file or line to point at.
    if (problems.length) {
      throw new PersonaError(
        problems.map(({ file: _file, line: _line, column: _column, path: _path, ...p }) => ({
          ...p,
          code: 'usage' as const,
          message: msg('new-bad-flag', { flag: FLAG[question], detail: p.message }),
          hint: p.hint ?? msg('new-flag-hint', { flag: FLAG[question] }),
        })),
      );
    }
  }

  if (!terminal) {
    const missing = QUESTIONS.filter((q) => !flagged.has(q) && (REQUIRED.includes(q) || !options.yes) && !(q === 'id' && options.yes && defaultAnswer(setting, 'id', answers)));
    if (missing.length) {
      usage(
        msg('new-no-terminal', { flags: missing.map((q) => FLAG[q]).join(', ') }),
        msg(options.yes ? 'new-no-terminal-hint-yes' : 'new-no-terminal-hint'),
      );
    }
  }

  try {
    const prompts = terminal ? await createAsk(lang, streams) : null;
    for (;;) {
      const defaulted: Question[] = [];
      for (const question of QUESTIONS) {
        if (flagged.has(question)) continue;
        const fallback = defaultAnswer(setting, question, answers);
        if (fallback && (options.yes || !prompts)) {
          answers = { ...answers, ...fallback };
          defaulted.push(question);
          continue;
        }
        answers = { ...answers, ...(await ask(setting, prompts!, question, answers)) };
      }
      // The whole file, checked as `persona validate` will check it.
      const file = personaFile(setting, answers.id!);
      const shown = display(file, io.cwd);
      const text = render(setting, answers);
      const parsed = parsePersonaSource(text, shown, ws.policy);
      if (!parsed.result.ok) throw new PersonaError(parsed.result.problems.map((p) => aboutFlag(p, options) ?? p));
      if (!options.quiet || prompts) showPreview(setting, parsed.result.value, io);
      if (prompts && !options.yes) {
        const next = await prompts.choose<'save' | 'again' | 'quit'>({
          message: t(lang, msg('q-save', { file: shown })),
          choices: [
            { name: t(lang, msg('save')), value: 'save' },
            { name: t(lang, msg('answer-again')), value: 'again' },
            { name: t(lang, msg('quit-unsaved')), value: 'quit' },
          ],
          default: 'save',
        });
        if (next === 'quit') {
          io.stderr(`${t(lang, msg('nothing-written'))}\n`);
          return EXIT.ok;
        }
        if (next === 'again') {
          // Ask everything again, with the answers so far as defaults.
          for (const q of QUESTIONS) flagged.delete(q);
          continue;
        }
      }
      // Checked again at the last moment: another run may have written the file while we were asking.
      if (existsSync(file)) usage(msg('new-exists', { file: shown }), msg('new-exists-hint'));
      writeAtomically([{ path: file, content: text }], (p) => display(p, io.cwd));
      if (!options.quiet) {
        io.stdout(`${s.ok(t(lang, msg('new-wrote', { file: shown })))}\n\n`);
        const taken = defaultsTaken(parsed.result.value, defaulted, options);
        if (taken.length) io.stdout(`${t(lang, msg('new-defaults', { file: shown }))}\n${taken.map((line) => `  ${s.command(line)}`).join('\n')}\n\n`);
        io.stdout(`${t(lang, msg('next-steps'))}\n`);
        io.stdout(`  ${s.command(`persona validate ${shown}`)}\n  ${s.command(`persona plan ${answers.id} --week next`)}\n`);
      }
      return EXIT.ok;
    }
  } catch (err) {
    if (isPromptExit(err)) {
      io.stderr(`\n${t(lang, msg('cancelled'))}\n`);
      return EXIT_INTERRUPTED;
    }
    throw err;
  }
}
