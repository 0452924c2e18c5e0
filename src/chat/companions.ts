// Companion scripts for the plan's product and live posts: what to answer under the post, and the private
// follow-up for someone who showed interest (and, for a live post, the invitation), rendered for its product.
import type { ChatScript } from '../model/plan.js';
import type { CompanionRequest, PreparedTemplate } from '../plan/types.js';
import { nextEvent, renderScripts } from './scripts.js';
import type { ChatStage } from './stages.js';

const POST_STAGES: readonly ChatStage[] = ['comment-reply', 'follow-up'];

/**
 * A `companions` function for the planner. Deterministic from the post's seed. A stage the library has no
 * template for is left out, and so is one whose template fails to render: `persona validate` names that
 * template with file and line, and a plan is not refused for a missing chat script.
 */
export function createCompanions(library: readonly PreparedTemplate[]): (request: CompanionRequest) => ChatScript[] {
  return (request) => {
    const stages: ChatStage[] = [...POST_STAGES];
    const event = request.kind === 'live' ? nextEvent(request.persona, request.isoDate, request.product.id) : null;
    if (event) stages.push('live-invite');
    const chats: ChatScript[] = [];
    for (const stage of stages) {
      const outcome = renderScripts(library, {
        persona: request.persona,
        stage,
        product: request.product,
        ...(stage === 'live-invite' && event ? { event } : {}),
        isoDate: request.isoDate,
        seed: `${request.seed}/${stage}`,
        count: 1,
      });
      const script = outcome.ok ? outcome.scripts[0] : undefined;
      if (script) chats.push({ stage, text: script.text });
    }
    return chats;
  };
}
