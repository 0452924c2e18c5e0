// `persona plan <id> --interactive`: walk the planned week post by post — accept, swap, edit the text or drop —
// where every change goes through revise.ts and so keeps every guarantee, or is refused with the reason.
import type { Problem } from '../../model/errors.js';
import type { Plan } from '../../model/plan.js';
import { t } from '../../i18n/translate.js';
import { sortedPosts } from '../../formats/view.js';
import { dropPost, editPost, swapPost, type ReviseInput, type ReviseOutcome } from '../../plan/revise.js';
import { createAsk, isPromptExit, type PromptStreams } from '../ask.js';
import { formatProblem, type Io } from '../io.js';
import { msg } from '../onboard-messages.js';
import { postView } from '../post-view.js';
import { style } from '../style.js';

export interface ReviewArgs {
  plans: readonly Plan[];
  /** Product names by id of a persona, so posts show products by name. */
  products?: (personaId: string) => Readonly<Record<string, string>>;
  /**
   * What revising `plan` is checked against, given the current state of every plan in this run (a swap in
   * one week changes the history of the next, and a teammate's plan changes the team's template use).
   */
  reviseInput(plan: Plan, current: readonly Plan[]): ReviseInput;
  io: Io;
  streams?: PromptStreams;
}

export type ReviewResult = { status: 'saved'; plans: Plan[]; changes: number } | { status: 'quit' } | { status: 'interrupted' };

type Action = 'accept' | 'swap' | 'edit' | 'drop' | 'save' | 'quit';

/** Line breaks are shown as ↵ in the one-line editor, so a post keeps its lines through an edit. */
const NEWLINE = ' ↵ ';
const toEditable = (text: string) => text.split('\n').join(NEWLINE);
const fromEditable = (text: string) =>
  text
    .split('↵')
    .map((line) => line.trim())
    .join('\n')
    .trim();

export async function reviewPlans(args: ReviewArgs): Promise<ReviewResult> {
  const { io } = args;
  const lang = io.lang;
  const s = style(io);
  const out = (text: string) => io.stdout(text);
  const reasons = (problems: readonly Problem[]) => problems.map((p) => s.error(formatProblem(p, lang))).join('\n');
  const current = [...args.plans];
  let changes = 0;
  try {
    const ask = await createAsk(lang, args.streams);
    for (let i = 0; i < current.length; i++) {
      const ids = sortedPosts(current[i]!).map((p) => p.id);
      out(`\n${s.heading(t(lang, msg('review-title', { name: current[i]!.persona.name, from: current[i]!.range.from, to: current[i]!.range.to, n: ids.length })))}\n`);
      for (const [n, postId] of ids.entries()) {
        let attempt = 0;
        for (;;) {
          const plan = current[i]!;
          const post = plan.posts.find((p) => p.id === postId);
          if (!post) break;
          out(`\n${s.dim(`[${n + 1}/${ids.length}]`)} ${postView(post, lang, s, args.products?.(plan.persona.id))}`);
          const action = await ask.choose<Action>({
            message: t(lang, msg('review-q')),
            choices: (['accept', 'swap', 'edit', 'drop', 'save', 'quit'] as const).map((value) => ({ name: t(lang, msg(`review-${value}`)), value })),
            default: 'accept',
            pageSize: 6,
          });
          if (action === 'quit') return { status: 'quit' };
          if (action === 'save') return { status: 'saved', plans: current, changes };
          if (action === 'accept') break;
          const input = args.reviseInput(plan, current);
          let outcome: ReviseOutcome;
          if (action === 'swap') {
            attempt += 1;
            outcome = swapPost(plan, postId, input, attempt);
          } else if (action === 'drop') {
            outcome = dropPost(plan, postId, input);
          } else {
            // The edit is re-scored and checked as it is typed in: a refusal is shown in place and asked again.
            const typed = await ask.text({
              message: t(lang, msg('review-edit-q')),
              default: toEditable(post.text),
              editable: true,
              validate: (value) => {
                const text = fromEditable(value);
                if (!text) return t(lang, msg('review-edit-empty'));
                const r = editPost(plan, postId, text, input);
                return r.ok ? true : r.problems.map((p) => [t(lang, p.message), p.expected ? t(lang, p.expected) : ''].filter(Boolean).join(' — ')).join('\n');
              },
            });
            const text = fromEditable(typed);
            outcome = text === post.text ? { ok: true, plan, post } : editPost(plan, postId, text, input);
          }
          if (!outcome.ok) {
            out(`${reasons(outcome.problems)}\n`);
            continue;
          }
          if (outcome.plan !== plan) changes += 1;
          current[i] = outcome.plan;
          if (action === 'drop') {
            out(`${s.ok(t(lang, msg('review-dropped', { post: postId })))}\n`);
            break;
          }
          out(`${s.ok(t(lang, msg(action === 'swap' ? 'review-swapped' : 'review-edited', { post: postId })))}\n`);
        }
      }
    }
    return { status: 'saved', plans: current, changes };
  } catch (err) {
    if (isPromptExit(err)) return { status: 'interrupted' };
    throw err;
  }
}
