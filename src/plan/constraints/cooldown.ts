// Guarantee 4: one persona does not reuse a template within its cooldownDays (else defaultCooldownDays);
// earlier and later plans count, and the longer of two recorded cooldowns wins. Uses must be more than
// cooldownDays apart, which satisfies both readings of "within N days".
import type { Constraint } from './types.js';

export const cooldown: Constraint = {
  id: 'cooldown',
  template: (ledger, slot, { template }) => {
    const own = template.cooldownDays ?? ledger.rules.defaultCooldownDays;
    return ledger.templateUses(template.id).every((u) => Math.abs(slot.day - u.day) > Math.max(own, u.cooldownDays));
  },
};
