// Shared reporting for phrase rules: apply the sentence context the rule honours, then report each hit.
import { isMention, MODE_FACTOR, type Mode } from './context.js';
import type { Report, TextContext } from './types.js';

/** Weight of a hit used in a context the rule does not honour (a mention, or a phrase missing its context). */
export const MENTION_FACTOR = 0.1;

export interface PhraseOptions {
  /** Modes that make a hit a mention for this rule; others count at full weight. */
  honours: readonly Mode[];
  messageId: string;
  softMessageId?: string;
  /** For entries marked `address`: a form of address, not a call, though it weighs as one. */
  addressMessageId?: string;
}

/** Report each hit of the rule through `report` (the context's own, or a rule's wrapper around it). */
export function reportPhrases(ctx: TextContext, options: PhraseOptions, report: (r: Report) => void = ctx.report): void {
  for (const m of ctx.matches) {
    const { entry } = m;
    const honoured = options.honours.includes(m.mode);
    let mention = honoured && isMention(m.mode);
    let factor = honoured ? MODE_FACTOR[m.mode] : m.mode === 'imperative' ? MODE_FACTOR.imperative : 1;
    if (entry.needs === 'imperative' && m.mode !== 'imperative') mention = true;
    if (entry.needs === 'commercial' && !ctx.commercialNear(m.start, m.end, 'figure' in entry && entry.figure === true)) mention = true;
    if (mention) factor = Math.min(factor, MENTION_FACTOR);
    const soft = entry.soft === true;
    // An invitation is soft however it is phrased: opening a sentence does not make it urge.
    if (soft) factor = Math.min(factor, 1);
    report({
      messageId: soft && options.softMessageId ? options.softMessageId : 'address' in entry && entry.address && options.addressMessageId ? options.addressMessageId : options.messageId,
      start: m.start,
      end: m.end,
      weight: entry.weight * factor,
      mention,
      ...(soft ? { severity: 'info' as const } : {}),
      data: { match: m.match },
      // Without a gentler wording of its own, a hard phrase is best dropped; soft invitations stay.
      ...(soft ? {} : { gentler: entry.gentler ?? '' }),
      ...(entry.basis ? { basis: entry.basis } : {}),
    });
  }
}
