// A fast path for the front matter templates actually have (`key: scalar`, `key: [a, b]`, `key:` + `- item`
// lines), so linting 10,000 templates does not build 10,000 YAML documents with positions. Anything else —
// quotes with escapes, anchors, nested maps, null — returns null and the full loader (with positions) takes over.

const KEY = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$/;
const ITEM = /^[ \t]+-[ \t]+(.*)$/;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const BOOL: Readonly<Record<string, boolean>> = { true: true, True: true, TRUE: true, false: false, False: false, FALSE: false };
/** YAML 1.2 core schema ints and floats (what `yaml` resolves a plain scalar to a number by). */
const CORE_NUMBER = /^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$|^0o[0-7]+$|^0x[0-9a-fA-F]+$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/;
const NULLS = new Set(['null', 'Null', 'NULL', '~']);
/** Characters that give a plain YAML scalar another meaning when they start it. */
const SPECIAL_START = /^[-?:,[\]{}#&*!|>'"%@`~.+]/;

type Scalar = string | number | boolean;

/** undefined when the scalar is outside the subset (the full YAML parser must decide). */
function scalar(raw: string, inFlow: boolean): Scalar | undefined {
  let text = raw;
  const hash = text.search(/[ \t]#/);
  if (text.startsWith('"') || text.startsWith("'")) {
    const quote = text[0]!;
    const close = text.indexOf(quote, 1);
    if (close < 0) return undefined;
    const inner = text.slice(1, close);
    const rest = text.slice(close + 1).trim();
    if (rest && !rest.startsWith('#')) return undefined;
    if (quote === '"' && inner.includes('\\')) return undefined;
    if (quote === "'" && inner.includes("'")) return undefined;
    return inner;
  }
  if (hash >= 0) text = text.slice(0, hash);
  text = text.trim();
  if (!text) return undefined;
  if (text.includes(': ') || text.endsWith(':') || text.includes('\t')) return undefined;
  if (inFlow && /[[\]{},]/.test(text)) return undefined;
  if (NUMBER.test(text)) return Number(text);
  if (Object.hasOwn(BOOL, text)) return BOOL[text];
  // Other notations of numbers (1e3, 0x1F, 1.), null, and indicators: the YAML parser decides.
  if (CORE_NUMBER.test(text) || NULLS.has(text) || SPECIAL_START.test(text)) return undefined;
  return text;
}

function flow(raw: string): Scalar[] | undefined {
  const text = raw.replace(/[ \t]+#.*$/, '').trim();
  if (!text.startsWith('[') || !text.endsWith(']')) return undefined;
  const inner = text.slice(1, -1).trim();
  if (!inner) return [];
  const out: Scalar[] = [];
  for (const part of inner.split(',')) {
    const v = scalar(part.trim(), true);
    if (v === undefined) return undefined;
    out.push(v);
  }
  return out;
}

/** The front matter as data, or null when it needs the full YAML parser. */
export function fastFrontMatter(yaml: string): Record<string, unknown> | null {
  const data: Record<string, unknown> = {};
  const lines = yaml.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (!line.trim() || /^[ \t]*#/.test(line)) continue;
    const m = KEY.exec(line);
    if (!m) return null;
    const key = m[1]!;
    if (key === '__proto__' || key === 'constructor' || key === 'prototype' || Object.hasOwn(data, key)) return null;
    const raw = (m[2] ?? '').trim();
    if (!raw || raw.startsWith('#')) {
      const items: Scalar[] = [];
      let indent: string | null = null;
      while (i + 1 < lines.length) {
        const next = lines[i + 1]!.replace(/\r$/, '');
        if (!next.trim() || /^[ \t]*#/.test(next)) {
          i++;
          continue;
        }
        const item = ITEM.exec(next);
        if (!item) break;
        const own = /^[ \t]*/.exec(next)![0];
        if (indent === null) indent = own;
        else if (own !== indent) return null;
        const v = scalar(item[1]!, false);
        if (v === undefined) return null;
        items.push(v);
        i++;
      }
      if (items.length === 0) return null;
      data[key] = items;
    } else if (raw.startsWith('[')) {
      const list = flow(raw);
      if (!list) return null;
      data[key] = list;
    } else {
      const v = scalar(raw, false);
      if (v === undefined) return null;
      data[key] = v;
    }
  }
  // Empty front matter is YAML null; the loader decides what that means.
  return Object.keys(data).length ? data : null;
}
