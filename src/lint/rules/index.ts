// The rule registry: stable ids (they appear in suppression comments, configs and SARIF) → { meta, check }.
import * as absoluteClaim from './absolute-claim.js';
import * as bannedWord from './banned-word.js';
import * as caps from './caps.js';
import * as contactBait from './contact-bait.js';
import * as cta from './cta.js';
import * as efficacyClaim from './efficacy-claim.js';
import * as emojiDensity from './emoji-density.js';
import * as exclamation from './exclamation.js';
import * as hashtagSpam from './hashtag-spam.js';
import * as kindCeiling from './kind-ceiling.js';
import * as length from './length.js';
import * as personaAvoid from './persona-avoid.js';
import * as price from './price.js';
import * as scarcity from './scarcity.js';
import * as unusedSuppression from './unused-suppression.js';
import * as urgency from './urgency.js';

export const RULES = {
  cta,
  urgency,
  scarcity,
  price,
  'absolute-claim': absoluteClaim,
  'efficacy-claim': efficacyClaim,
  'contact-bait': contactBait,
  exclamation,
  'emoji-density': emojiDensity,
  caps,
  'hashtag-spam': hashtagSpam,
  'banned-word': bannedWord,
  'persona-avoid': personaAvoid,
  length,
  'kind-ceiling': kindCeiling,
  'unused-suppression': unusedSuppression,
} as const;

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}
