// Persona and template fixtures built in code: a realistic base, overridden per test case.
import { stringify } from 'yaml';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };
export type Overrides = { [key: string]: Json | undefined | Overrides };

/** A zh-CN tea seller with a series, a rest day, a product and a live event: every part of the schema in use. */
export function basePersona(): Record<string, Json> {
  return {
    id: 'lin-cha',
    name: '林茶',
    locale: 'zh-CN',
    timezone: 'Asia/Shanghai',
    role: '茶叶店店主',
    bio: '在杭州开了八年茶叶店，早上跑步，晚上泡茶，周末带孩子去茶山。',
    team: 'hangzhou',
    voice: {
      tone: ['温和', '爱分享'],
      emoji: 'light',
      signature: '—— 林茶',
      phrases: ['慢慢喝', '说真的'],
      avoid: ['最便宜', '家人们'],
    },
    interests: [
      { topic: 'tea', weight: 3 },
      { topic: 'running', weight: 1 },
    ],
    series: [{ name: '周五夜跑打卡', day: 'fri', window: '20:00-21:00', topic: 'running' }],
    products: [
      {
        id: 'longjing',
        name: '明前龙井',
        category: 'tea',
        points: ['豆香清楚', '耐泡三四道'],
        audience: ['上班族', '送长辈'],
      },
    ],
    schedule: {
      windows: ['07:30-08:30', '12:00-13:00', '20:30-22:00'],
      postsPerDay: { min: 1, max: 2 },
      restDays: ['sun'],
    },
    density: { maxMarketingShare: 0.2, minHoursBetweenMarketing: 48 },
    events: [{ type: 'live', at: '2026-12-03T20:00', title: '冬天喝什么茶', product: 'longjing' }],
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep merge: objects merge, arrays and scalars replace, `undefined` removes the key. */
export function merge(base: Record<string, unknown>, overrides: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete out[key];
    else if (isPlainObject(value) && isPlainObject(out[key])) out[key] = merge(out[key] as Record<string, unknown>, value);
    else out[key] = value;
  }
  return out;
}

export function makePersona(overrides: Overrides = {}): Record<string, unknown> {
  return merge(basePersona(), overrides);
}

/** The persona as a YAML file would hold it (block style, like a person writes it). */
export function makePersonaYaml(overrides: Overrides = {}): string {
  return stringify(makePersona(overrides), { lineWidth: 0 });
}

/** 1-based line of the first line containing `needle` (fixtures assert positions without hard-coding them). */
export function lineOf(text: string, needle: string, from = 1): number {
  const lines = text.split('\n');
  for (let i = from - 1; i < lines.length; i++) if (lines[i]!.includes(needle)) return i + 1;
  throw new Error(`"${needle}" not found in fixture`);
}

/** 1-based column where `needle` starts on its line. */
export function columnOf(text: string, needle: string, from = 1): number {
  const line = text.split('\n')[lineOf(text, needle, from) - 1]!;
  return line.indexOf(needle) + 1;
}

export function makeTemplate(frontMatter: string, body: string): string {
  return `---\n${frontMatter.trim()}\n---\n${body}`;
}
