// Guarantee 4: within one team (their contacts overlap), a template is used by at most
// maxPersonasPerTemplatePerDay personas on a day; teammates' written plans count.
import type { Constraint } from './types.js';

export const teamTemplate: Constraint = {
  id: 'team-template',
  template: (ledger, slot, { template }) => ledger.teamUses(slot.day, template.id) + 1 <= ledger.rules.maxPersonasPerTemplatePerDay,
};
