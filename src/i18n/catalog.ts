// All message catalogs, merged under their part's prefix. A part adds its messages.ts here once.
import type { Catalog } from './text.js';
import { messages as audit } from '../audit/messages.js';
import { messages as calendar } from '../calendar/messages.js';
import { messages as chat } from '../chat/messages.js';
import { messages as cli } from '../cli/messages.js';
import { messages as formats } from '../formats/messages.js';
import { messages as lint } from '../lint/messages.js';
import { messages as load } from '../load/messages.js';
import { messages as model } from '../model/messages.js';
import { messages as onboard } from '../cli/onboard-messages.js';
import { messages as plan } from '../plan/messages.js';
import { messages as render } from '../render/messages.js';
import { messages as touches } from '../touches/messages.js';

function prefixed(prefix: string, catalog: Catalog): Catalog {
  return Object.fromEntries(Object.entries(catalog).map(([k, v]) => [`${prefix}.${k}`, v]));
}

export const CATALOG: Catalog = {
  ...prefixed('audit', audit),
  ...prefixed('calendar', calendar),
  ...prefixed('chat', chat),
  ...prefixed('cli', cli),
  ...prefixed('formats', formats),
  ...prefixed('lint', lint),
  ...prefixed('load', load),
  ...prefixed('model', model),
  ...prefixed('onboard', onboard),
  ...prefixed('plan', plan),
  ...prefixed('render', render),
  ...prefixed('touches', touches),
};
