// Companion scripts for the plan's product and live posts: what to answer under the post, and the private
// follow-up for someone who showed interest (and, for a live post, the invitation), rendered for its product.
import type { ChatScript } from '../model/plan.js';
import type { CompanionRequest, PreparedTemplate } from '../plan/types.js';
import { PersonaError } from '../model/errors.js';
import type { Persona } from '../model/persona.js';
import { barePersona } from '../render/context.js';
import { nextEvent, renderScripts } from './scripts.js';
import type { ChatStage } from './stages.js';

const POST_STAGES: readonly ChatStage[] = ['comment-reply', 'follow-up'];

/**
 * A `companions` function for the planner. Deterministic from the post's seed. A stage the library has no
 * template for, or none whose text avoids the persona's avoided and the team's banned words, is left out; a template that fails to render stops the run with its file and line, as a
 * broken post template does.
 */
export function createCompanions(library: readonly PreparedTemplate[], bannedWords: readonly string[] = []): (request: CompanionRequest) => ChatScript[] {
  // The persona as templates see it, copied once per persona rather than for every script.
  const bare = new WeakMap<Persona, Persona>();
  return (request) => {
    let persona = bare.get(request.persona);
    if (!persona) {
      persona = barePersona(request.persona);
      bare.set(request.persona, persona);
    }
    const stages: ChatStage[] = [...POST_STAGES];
    const event = request.kind === 'live' ? nextEvent(request.persona, request.isoDate, request.product.id) : null;
    if (event) stages.push('live-invite');
    // Scripts speak in the persona's voice too: a script saying a word to avoid gives way to the next one.
    const avoid = [...request.persona.voice.avoid, ...bannedWords];
    const chats: ChatScript[] = [];
    for (const stage of stages) {
      const outcome = renderScripts(library, {
        persona,
        stage,
        product: request.product,
        ...(stage === 'live-invite' && event ? { event } : {}),
        isoDate: request.isoDate,
        seed: `${request.seed}/${stage}`,
        count: 1,
        avoid,
      });
      // A chat template that does not render is unusable input, as a broken post template is.
      if (!outcome.ok) throw new PersonaError(outcome.problems);
      const script = outcome.scripts[0];
      if (script) chats.push({ stage, text: script.text });
    }
    return chats;
  };
}
