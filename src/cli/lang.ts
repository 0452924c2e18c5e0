// The UI language: --lang, then PERSONA_LANG, then the system locale (LC_ALL, LC_MESSAGES, LANG); English otherwise.
import type { Lang } from '../i18n/text.js';

function fromTag(tag: string | undefined): Lang | null {
  if (!tag) return null;
  const t = tag.toLowerCase();
  if (t === 'c' || t === 'posix') return 'en';
  if (t.startsWith('zh')) return 'zh-CN';
  if (t.startsWith('en')) return 'en';
  return null;
}

/** `--lang` is read before commander parses, because help texts are built in the chosen language. */
export function langFromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang') return argv[i + 1];
    if (a.startsWith('--lang=')) return a.slice('--lang='.length);
  }
  return undefined;
}

export function detectLang(argv: readonly string[], env: Record<string, string | undefined>): Lang {
  return (
    fromTag(langFromArgv(argv)) ??
    fromTag(env.PERSONA_LANG) ??
    fromTag(env.LC_ALL) ??
    fromTag(env.LC_MESSAGES) ??
    fromTag(env.LANG) ??
    'en'
  );
}

/**
 * Whether the user said which language they read (--lang, PERSONA_LANG, or a zh/en system locale); a bare C or
 * POSIX locale, or none, says nothing, and `persona score` then answers in the language of the draft.
 */
export function langChosen(argv: readonly string[], env: Record<string, string | undefined>): boolean {
  const said = (tag: string | undefined) => !!tag && !/^(?:c|posix)(?:[.@].*)?$/i.test(tag) && fromTag(tag) !== null;
  return said(langFromArgv(argv)) || said(env.PERSONA_LANG) || said(env.LC_ALL) || said(env.LC_MESSAGES) || said(env.LANG);
}

/** A language asked for by name (--lang, PERSONA_LANG) that persona does not speak: refused rather than ignored. */
export function unknownLang(argv: readonly string[], env: Record<string, string | undefined>): { source: string; value: string } | null {
  const flag = langFromArgv(argv);
  if (flag !== undefined && fromTag(flag) === null) return { source: '--lang', value: flag };
  if (flag === undefined && env.PERSONA_LANG !== undefined && env.PERSONA_LANG !== '' && fromTag(env.PERSONA_LANG) === null) return { source: 'PERSONA_LANG', value: env.PERSONA_LANG };
  return null;
}
