// How an English sales phrase is used, read from the words of its clause: "Order it now" urges, "A lot of
// customers just order it straight away" describes (a verb with a subject before it is a statement, not an
// instruction), "you don't have to order" negates, "did you order it?" asks. No tagger: a handful of closed
// word classes (pronouns, auxiliaries, the verbs sales copy opens with) decide, and anything else is plain.
import type { Mode } from './context.js';

interface Span {
  start: number;
  end: number;
}

interface Word {
  /** Lower case, ’ as '. */
  w: string;
  start: number;
  end: number;
  /** Part of another sales phrase: "Don't miss out" negates nothing around it. */
  inHit: boolean;
  /** Written with a plural possessive's apostrophe: "kids'", "members'" (a kind of thing, not the subject). */
  of?: true;
}

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Words that may come before an imperative verb without being its subject: "Just order it", "Go buy it". */
const LEAD = set(`just now so and then please pls plz go come quick quickly simply seriously definitely absolutely really
  ok okay hey hi oh also today tonight right yes yeah already still or but ps asap hurry only to kindly cepat lekas
  abeg oya biko jor na chale charley ei eii herh`);

/** Readers called by name before an instruction ("Girls, grab yours", "Mummies look here"). */
/** Who may follow an inverted do ("then do they buy", "do customers order"). */
const SUBJECT_AFTER_DO = set('they we i you customers clients buyers people most many some she he');
const VOCATIVES = set('mummies mommies mums moms mamas mommas mummy mommy girls guys ladies gals folks fam babes dears darlings sisters sis bros peeps bestie besties babe hun girlies queens');

/** Verbs sales copy opens a sentence with; as a clause's first word they make it an instruction. */
const IMPERATIVE_VERBS = set(`run stop get grab buy order shop enjoy save take try use check claim snag score treat join sign book call ask want shall reply tell drop bring
  text visit come hurry act pick add swipe tap click scan message dm pm inbox follow comment share tag subscribe reserve
  stock find discover see look upgrade unlock head pop send hit contact reach whatsapp email ring pre-order preorder secure
  lock gift spoil bag nab start fill load choose browse explore experience imagine give let make be don't dont do
  leave ping holler pay place collect enrol enroll register apply sell`);

/** The same verbs as the first word of a phrase: such a phrase is a verb, whose subject decides. */
export function isVerbPhrase(phrase: string): boolean {
  // An adverb before the verb leaves it a verb: "just reply", "please DM me".
  const first = /^(?:(?:just|please|pls|plz|simply|kindly)\s+)?([a-z'’-]+)/i.exec(phrase)?.[1]?.toLowerCase().replace(/’/g, "'") ?? '';
  return first !== '' && first !== 'do' && first !== 'be' && first !== 'let' && first !== 'make' && IMPERATIVE_VERBS.has(first);
}

const NEGATIONS = set(`don't dont not never no without stop avoid refuse nobody instead rather can't cannot won't didn't
  doesn't isn't aren't wasn't weren't wouldn't shouldn't couldn't mustn't hate skip neither nor`);
/** After a negation these make an urging phrase: "don't forget to order", "don't wait". */
const NEGATION_URGES = set('forget wait miss hesitate delay sleep');

/** Reporting and quoting: the phrase is something someone says or posts. */
const REPORTING = set(`told telling asked asking said saying posted posting posts writes wrote writing spam spamming spammed
  shouting pushed pushing quoting heard`);
/** Reporting verbs in the present: they report only after a subject ("I tell them to …"), not as an instruction ("Tell a friend"). */
const REPORTING_PRESENT = set('tell tells ask asks say says post write push hear');
/** "say bye to dark spots": a slogan's instruction, not someone saying something. */
const SAY_TO = /^say (?:bye|goodbye|hello|hi|yes|no)$/;
/** Nouns after which a reporting word is a kind of thing, not someone reporting: "IELTS writing task", "a posting schedule". */
const REPORTING_AS_NOUN = set('task tasks test tests section module skills skill exam exams paper class classes course practice band score tips desk style schedule plan');

/** A reporting word at i of a clause's words, unless it names a kind of thing ("writing task 2 templates"). */
/** A reporting verb in the present at i (> 0), after someone ("customers say"), not a determiner ("the post") and not a slogan's "say bye to". */
function reportingPresentAt(free: readonly { w: string }[], i: number): boolean {
  return REPORTING_PRESENT.has(free[i]!.w) && !DETERMINERS.has(free[i - 1]!.w) && !SAY_TO.test(`${free[i]!.w} ${free[i + 1]?.w ?? ''}`);
}

function reportingAt(free: readonly { w: string }[], i: number): boolean {
  // "I'm telling you, …" says it to the reader; it reports nothing.
  return REPORTING.has(free[i]!.w) && !REPORTING_AS_NOUN.has(free[i + 1]?.w ?? '') && free[i + 1]?.w !== 'you';
}
const PHRASES_REPORTING = ['used to', 'things like', 'words like', 'phrases like', 'full of', 'such as', 'the word', 'the words'];

/** Prepositions that make the phrase after them a topic: "a word about flash sales". */
const ABOUT = set('about regarding concerning re');
/** Two words before a phrase that make it the topic: "the trouble with limited-time offers". */
const TOPIC_BEFORE = [
  'than any', 'than a', 'trouble with', 'problem with', 'problems with', 'issue with', 'thing about', 'thing with', 'danger of', 'dangers of',
  'downside of', 'downsides of', 'point of', 'obsession with', 'culture of', 'the word', 'the words', 'the phrase',
  'the term', 'myth of', 'age of', 'era of', 'cost of', 'rise of', 'habit of', 'instead of', 'kind of', 'sort of',
];
const TOPIC_OPENERS = ['as for', 'speaking of', 'as to'];
/** A judgement that makes the phrase before it a topic: "… are easier to explain in a message", "… is harder to sell". */
const JUDGED_SUBJECT = /^[^.!?]{0,60}?\b(?:are|is) (?:easier|harder|simpler|better|worse) to (?:explain|say|write|sell|talk about|mention|put)\b|^[^.!?]{0,60}?\b(?:are two different things|are not the same(?: thing)?|aren't the same(?: thing)?|is a different thing)\b|^\s*(?:[a-z]+ ){0,2}(?:are|is) (?:another|a|the|just a|one more) (?:trap|mistake|problem|turn-off|red flag|bad habit|cliché|cliche)\b|^\s*(?:should|must|ought to) be (?:the |a |an )?(?:natural|result|byproduct|by-product|consequence|outcome|rare|occasional|exception)\b|^\s*(?:[\w-]+\s+){0,2}?(?:might|may|could|would|can) (?:shift|sell|move|bring in|help|win|work|backfire|hurt|annoy|push)\b/i;

/** Others saying or asking for it, earlier in the sentence: "someone who says …", "people keep asking for something that will cure …". */
const SAID_BY_OTHERS = /\b(?:someone|somebody|anyone|a seller|sellers|a brand|brands|people|customers|they|he|she)\s+(?:who\s+|that\s+)?(?:(?:always|keep|kept|often|still)\s+)?(?:says|say|said|saying|claims|claim|claimed|claiming|write|writes|post|posts|advertise|advertises|promise|promises|asks? for|asked for|asking for|look(?:s|ed|ing)? for|want(?:s|ed)?)\b/i;
const ASKED_IF = /\b(?:customers?|clients?|friends?|someone|people|they|she|he|i|we|mum|mom|dad)\s+(?:will\s+|would\s+|might\s+|often\s+|sometimes\s+|once\s+|always\s+)?ask(?:s|ed)?,\s|\bask(?:s|ed|ing)?\s+(?:me\s+|us\s+)?(?:if|whether|what|which|how)\b|\bif (?:you|we|they|a seller|sellers|someone|somebody|anyone) (?:say|says|claim|claims|write|writes|announce|announces|post|posts|shout|shouts|promise|promises) (?:that|your|their|its|it's|an?|the)\b/i;
const PREFERENCE = /\b(?:i|we)(?:'d| would) (?:rather|sooner) (?!you\b|u\b)|\b(?:i|we) (?:prefer|like) to (?!see you\b)/i;
const SUBORDINATORS = set('when whenever because although though since while unless');
/** A word after the phrase that names a kind of post or copy: "flash-sale posts", "limited-time copy". */
const TOPIC_AFTER = set('posts post copy tactics tactic captions caption spam language wording mindset mentality trap traps messaging culture slogans slogan');

/** A kind of copy named before a list of examples: "efficacy claims, cures this, heals that". */
const EXAMPLES_BEFORE = /\b(?:leading|opening) with (?:the |a |an )?$|\b(?:claims|promises|phrases|slogans) (?:you|we|people|customers) (?:see|hear|read|get)\b[^.!?]{0,60}?(?:,|that)\s|\b(?:claims|promises|phrases|slogans|buzzwords|cliches|clichés|tactics|lines like|copy like|stuff like|hype|bombardment|bombing|spam|includes|include|including|such as|e\.g\.|reader|readers|caption|captions|headline|headlines|wording|trap|traps|mistake|mistakes|words|terms)\s*[,:—–]|\b(?:claims|promises|talk|copy|posts|language) about\b|\b(?:claims|promises) that\b|\b[a-z]+ claims? that\b|\b(?:like|likes|love|loves|tend|tends|used) to (?:say|write|claim|promise|post)\b|\b(?:mistake|habit|trap|problem) (?:is|was) (?:putting|writing|adding|posting|using|stuffing)\b/i;
/** A word after the examples that dismisses them: "…, none of that belongs in our feed". */
/** Words right before a list of examples: "the same goes for 立即下单, 私聊我", "words like best". */
const EXAMPLES_LEAD = /\b(?:the same goes for|the same is true of|words like|terms like|phrases like|lines like|tags like|hashtags like|labels like|things like|stuff like|such as|equivalents,?)\s*[#"“‘']?$|\b(?:words|terms|phrases|lines|tags|hashtags|labels) like\s+(?:[#"“‘']?(?:[\w-]+\s+){0,2}[\w-]+[”"’']?\s*(?:,|and|or)\s*){1,3}[#"“‘']?$|\b(?:every|each|your|their|a|the|whose) (?:post|posts|caption|captions|update|updates|feed|feeds) (?:with|full of|stuffed with|packed with|stresses|stressing|shows|mentions|lists|repeats|is nothing but|are nothing but|are full of|is full of|is all|are all)\b[^.!?]{0,60}$/i;
const EXAMPLES_AFTER = /\b(?:are just as risky|is just as risky|carry the same risk|are banned|are forbidden|are off limits|none of (?:that|this|these|those|it)|(?:are|is) prohibited|prohibited (?:[a-z]+ )?claims|that kind of|this kind of|stuff like that|things like that|all of that|any of that|one after another|one after the other|over and over|again and again|post after post|can appear|may appear|can be mentioned|are not forbidden|breaks the rules|break the rules|against the rules|against the law|is illegal|are illegal|in every single post|in every post|under every post)\b/i;
/** Verbs of writing copy: what someone wrote or advertised is copy talked about ("a guy wrote that his honey cures …"). */
const WRITING = set('mention mentions mentioned mentioning wrote writes posted advertised advertises advertising claimed claiming promised promising captioned calling called labelled labeled labelling labeling branding branded describing saying stresses stressing stressed');

/** Story time: whatever sells in this clause happened, it is not on offer. */
const TIME_WORDS = set('yesterday ago once remember remembered recalled');
const TIME_PHRASES = ['last week', 'last month', 'last year', 'last time', 'last night', 'last summer', 'last winter', 'last spring', 'last autumn', 'last weekend', 'back then', 'back in', 'in the old days', 'as a kid', 'as a child', 'when i was', 'when we were', 'years ago'];

/** Past forms that do not end in -ed. */
const IRREGULAR_PAST = set(`got bought paid had was were did went saw made sold sent spent took came found gave told said ran ate
  drank kept left lost met put sat stood thought wore won wrote knew felt brought caught chose grew heard held meant rode
  slept spoke taught threw woke became began drove flew forgot fought hung hid led lent let rang rose sang sank shook shot
  shut sold sought split spread stole stuck swore swam tore understood wound`);
/** A phrase worded as a question. */
const ASKING = /^(?:what|why|how|who|where|when|are|is|do|does|did|can|could|would|will|have|has|need|want|ready)\b/i;

/** Past forms that are nouns too, past only after someone: "Rose oil", "a felt hat", "prep set"; "she rose early". */
const NOUN_TOO = set('rose felt wound set spread split');
/** Words after "set" that make it a verb: "set off", "set the table". */
const SET_AS_VERB = set('off up out the a an it her his my our their about aside down in fire sail foot eyes');
/** Words in -ed that are not past tense (or are adjectives in sales copy: "limited stock", "handcrafted"). */
const NOT_PAST = set(`need feed seed speed bleed breed proceed exceed succeed indeed embed shed bed red wed fed led bred sped
  limited reduced discounted marked recommended approved certified tested proven rated trusted crafted sourced imported handpicked detailed dedicated talented handcrafted handmade curated sealed boxed packed aged flavoured flavored scented placed
  infused blended roasted brewed sugared salted unsalted unlimited advanced refined certified licensed balanced based
  assorted selected featured related beloved approved guaranteed included excluded covered insured shredded ripped toned sculpted discounted reduced
  patented trademarked proven tested upgraded improved imported fortified enriched concentrated purified filtered sterilised sterilized carved hand-carved hand-made hand-painted hand-stitched hand-tied hand-poured hand-dyed
  unlocked fixed repaired refurbished serviced renewed restored
  unused owned pre-owned preowned pre-loved preloved authenticated unopened untouched smoked dried pickled canned steamed grilled poached accepted`);

const FIRST_PERSON = set("i i'm i've i'd i'll me my we we're we've we'd we'll our us");
const SECOND_PERSON = set("you you're you've you'd you'll your u ya y'all");
/** Subjects that are people other than the writer and the reader: a statement about them describes. */
const OTHER_PEOPLE = set(`she she's he he's they they're they've they'd they'll people everyone everybody someone somebody company headquarters management
  anyone others most many some lots customers customer clients client friends friend mum mom dad mother father parents
  sister brother son daughter kids children wife husband grandma grandpa grandmother grandfather aunt uncle cousin
  neighbour neighbor neighbours neighbors colleague colleagues boss team competitors sellers buyers folks guests
  boy girl guy man woman lady auntie uncle student students trainee trainees bestie
  classmate classmates teacher doctor nurse
  visitors readers users fans shoppers bakery shop store cafe café supermarket market restaurant
  owner owners shopkeeper shopkeepers vendor vendors stall bookshop bookstore`);
/** Of those, the ones that are a business (or its team): "our shop" and "our restaurant's special" are still us. */
const BUSINESSES = set('bakery shop store cafe café supermarket market restaurant team stall bookshop bookstore');
/** Words that make "our … bakery" the neighbourhood's. */
const PEOPLE_ADJECTIVES = set('young old new fellow other local older younger');
const PLACE_WORDS = set('village local town corner neighbourhood neighborhood street favourite favorite usual');
const DETERMINERS = set('a an the my our your his her their this that these those its every each some no');
/** Modal urging addressed to the reader (or to nobody in particular): "you should order", "everyone needs to try". */
const URGING = set("should must gotta need needs ought better");
/** Asking the readers to act: "I urge you all to …", "we encourage everyone to …". */
const URGE_VERBS = set('urge implore beg encourage invite');
const ADDRESSED = set('you everyone everybody friends all');
/** Offers and possibilities: "I can send you …", "we'll ship it" — said plainly, not described. */
const OFFERING = set("can could will would 'll 'd gonna might may");
const QUESTION_PAST = set('did have has had was were');

const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?', '\n', '(', ')', '—', '–', '…', '，', '。', '！', '？', '；', '：']);
const SENTENCE_END = new Set(['.', '!', '?', '\n', ';', '。', '！', '？', '；']);

/** A report of speech after the phrase, within its sentence: "…, they said", "…, as my mum would say". */
/** A practice judged in general at the end of its sentence: "… is perfectly normal", "… is common practice". */
const JUDGED_AFTER = /^\s*(?:(?:every|each) (?:day|week|post|time) )?(?:is|are|means|becomes|turns into) (?:fine|ok|okay|acceptable|understandable|noise|nobody|no one|that nobody)\b|^[^.!?]{0,20}?,\s*it(?:'s| is) (?:fair|fine|ok|okay|reasonable) to (?:mention|say|post|share|tell)\b|\b(?:is|are) (?:perfectly|completely|entirely|totally|quite) (?:normal|fine|reasonable|natural|ordinary)\b|\b(?:is|are) (?:common|normal|standard) practice\b/i;

const REPORTED_AFTER = /[,，]\s*(?:as\s+)?(?:i|he|she|they|we|people|everyone|my \w+|the \w+)\s+(?:would\s+|always\s+|used to\s+)?(?:said|says|say|told me|tells me|tell me|wrote|posted)\b/i;
const SENTENCE_STOP = /[.!?。！？\n]/;

function isWordCode(c: number): boolean {
  // Latin letters with accents too: "café's" is one word.
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019 || c === 45 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * Emoji and marks punctuate sellers' text as commas do: "no result full refund ❗ PM for price", "never sick 💯
 * $149 a box", "see you in the live room 👋 9pm tonight". In English they end a sentence as a full stop would (in
 * Chinese a clause, see endsClauseZh). Emoji (surrogate pairs), the symbol blocks ❗ ‼ ✨ ⏰ come from, ｜ and |.
 */
export function isClauseMark(c: number): boolean {
  return (c >= 0xd800 && c <= 0xdfff) || (c >= 0x2190 && c <= 0x2bff) || c === 0x203c || c === 0x2049 || c === 0xff5c || c === 0x7c;
}

/** A "." inside a number ($19.99, No.1) or a "," inside one (1,000) ends nothing. */
function ends(text: string, i: number, stops: ReadonlySet<string>): boolean {
  const ch = text[i]!;
  if (!stops.has(ch)) return (stops === CLAUSE_END || stops === SENTENCE_END) && isClauseMark(ch.charCodeAt(0));
  if ((ch === '.' || ch === ',') && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 48 && next <= 57) return false;
  }
  return true;
}

function backTo(text: string, start: number, stops: ReadonlySet<string>, limit: number): number {
  let i = start;
  while (i > 0 && start - i < limit && !ends(text, i - 1, stops)) i--;
  // A spaced hyphen is a dash: "Sale ends soon - order now".
  if (stops === CLAUSE_END) {
    const dash = text.lastIndexOf(' - ', start);
    if (dash >= i) i = dash + 3;
  }
  return i;
}

/** The first clause or sentence end after `end`, as the character found ('' at the end of the text). */
function nextStop(text: string, end: number, stops: ReadonlySet<string>): string {
  for (let i = end; i < text.length && i < end + 200; i++) if (ends(text, i, stops)) return text[i]!;
  return '';
}

function words(text: string, from: number, to: number, others: readonly Span[]): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    if (!isWordCode(text.charCodeAt(i)) || text.charCodeAt(i) === 45) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && isWordCode(text.charCodeAt(j))) j++;
    const raw = text.slice(i, j).toLowerCase().replace(/’/g, "'");
    const w = raw.replace(/^'+|'+$/g, '');
    const inHit = others.some((o) => o.start < j && i < o.end);
    if (w) out.push(raw.length > 2 && raw.endsWith("s'") ? { w, start: i, end: j, inHit, of: true } : { w, start: i, end: j, inHit });
    i = j;
  }
  return out;
}

function hasPhrase(list: readonly Word[], phrases: readonly string[]): boolean {
  if (list.length < 2) return false;
  const joined = ` ${list.map((x) => x.w).join(' ')} `;
  // "the last weekend of the sale" is a deadline still ahead, not a weekend gone by.
  return phrases.some((p) => joined.includes(` ${p} `) && !joined.includes(` ${p} of `));
}

function isPast(w: string): boolean {
  if (IRREGULAR_PAST.has(w)) return true;
  return w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w);
}

/** Words after which "left" is what remains, not a past verb: "3 hours left", "only a few left". */
const REMAINING = set(`few some any none nothing much many more these those them hours hour minutes minute days day weeks week spots spot seats
  places pieces boxes bottles units sets packs jars bags items left still only just`);

const NUMBER_WORDS = set('one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty dozen couple handful');
/** Who leaves: "she left early" is a story whatever numbers came before. */
const LEAVERS = set("i we she he they you it everyone everybody someone people guests kids");

/**
 * "left" after a number or an amount remains ("2 left", "only five of the linen dresses left", "two tables left
 * for Saturday"); after someone, or with no amount near, it is the past of "leave".
 */
function pastAt(free: readonly Word[], i: number): boolean {
  const w = free[i]!.w;
  if (w === 'left' && i > 0 && !LEAVERS.has(free[i - 1]!.w)) {
    for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
      const x = free[k]!.w;
      if (/^\d/.test(x) || REMAINING.has(x) || NUMBER_WORDS.has(x)) return false;
    }
  }
  // Also a noun: "Rose oil", "a felt hat" are no story; "she rose early", "I felt better" are.
  // "Little People set $15" is a toy set; "they set off early", "kids set the table" tell a story.
  if (NOUN_TOO.has(w)) return i > 0 && LEAVERS.has(free[i - 1]!.w) && (w !== 'set' || SET_AS_VERB.has(free[i + 1]?.w ?? ''));
  // A count of sales ("100,000 sold") or an order opening the clause ("Put down $50 and get $500 off") tells no story.
  if (w === 'sold' && i > 0 && (/^\d/.test(free[i - 1]!.w) || NUMBER_WORDS.has(free[i - 1]!.w))) return false;
  if (w === 'put' && i === 0) return false;
  // "I'll put my name on it": after a modal or to, these are not past.
  if (/^(?:put|let|set|cut|hit|shut|quit|cost|spread)$/.test(w) && i > 0 && /(?:'ll|^will|^can|^gonna|^to|^would|^could|^must|^should)$/.test(free[i - 1]!.w)) return false;
  // Singapore and Malaysian English: "here got one", "still got stock" is there is; "let go at $38k" sells.
  if (w === 'got' && i > 0 && /^(?:here|there|where|still|also|now|confirm|sure)$/.test(free[i - 1]!.w)) return false;
  if (w === 'let' && free[i + 1]?.w === 'go') return false;
  return IRREGULAR_PAST.has(w);
}

/** Narrative in these words: story time, reporting, or a subject followed by a verb in the past. */
/**
 * "once" tells a story after a subject or opening a clause ("I once…", "Once, a client…"), not as a count
 * ("only recommend this serum once", "apply once a day").
 */
function storyOnce(free: readonly Word[], i: number): boolean {
  const prev = free[i - 1]?.w;
  const next = free[i + 1]?.w;
  if (next === 'upon') return true;
  if (next === 'a' || next === 'per' || next === 'every' || next === 'daily' || next === 'weekly') return false;
  return prev === undefined || /^(?:i|we|she|he|they|you|someone|somebody|customer|client|friend|mum|mom|dad)$/.test(prev);
}

/** Making goods to sell, told by the maker: "I made extra granola this week, $11 a bag" offers it. */
const MADE = set('made baked roasted brewed sewed sewn knitted picked harvested restocked bottled packed crafted cooked poured stitched kept');

/** "I've baked thirty tins", "I just got a few more": the maker's goods, on offer now. */
function madeAt(all: readonly Word[], i: number): boolean {
  const x = all[i]!.w;
  if (i === 0 || !MAKERS.has(all[i - 1]!.w)) return false;
  if (MADE.has(x)) return true;
  const next = all[i + 1]?.w;
  return x === 'got' && (next === 'more' || next === 'in' || next === 'some' || (next === 'a' && all[i + 2]?.w === 'few'));
}
const MAKERS = set("i we i've we've just also");

function narrative(list: readonly Word[]): boolean {
  // "Course fee was $12,800": a price struck through, not a story (its figure is a hit, so look at the full list).
  const free = afterTurn(list).filter((x, i, all) => !x.inHit && !madeAt(all, i) && !((x.w === 'was' || x.w === 'were') && (all[i + 1]?.inHit || /^\d/.test(all[i + 1]?.w ?? ''))));
  if (free.some((x, i) => (TIME_WORDS.has(x.w) && (x.w !== 'once' || storyOnce(free, i))) || reportingAt(free, i)) || hasPhrase(free, TIME_PHRASES) || hasPhrase(free, PHRASES_REPORTING)) return true;
  for (let i = 1; i < free.length; i++) {
    if (reportingPresentAt(free, i)) return true;
    if (pastAt(free, i)) return true;
    if (!IRREGULAR_PAST.has(free[i]!.w) && isPast(free[i]!.w) && !DETERMINERS.has(free[i - 1]!.w)) return true;
  }
  return free.length > 0 && pastAt(free, 0);
}

type Person = 'first' | 'second' | 'others' | 'thing';

/** Who the clause is about, from its first word: I/we, you, other people, or a thing ("the new batch"). */
function personOf(list: readonly Word[]): Person {
  // "Young colleagues", "other sellers": an adjective before the people.
  if (list.length > 1 && PEOPLE_ADJECTIVES.has(list[0]!.w) && OTHER_PEOPLE.has(list[1]!.w)) return personOf(list.slice(1));
  const first = list[0]!.w;
  if (FIRST_PERSON.has(first)) return first === 'my' || first === 'our' ? possessed(list, 'first') : 'first';
  if (SECOND_PERSON.has(first)) return first === 'your' ? possessed(list, 'second') : 'second';
  // "Most of my friends", "most people" are others; "Most complete prep set" is a superlative.
  if (first === 'most' && list[1] && list[1].w !== 'of' && !OTHER_PEOPLE.has(list[1].w)) return 'thing';
  if (OTHER_PEOPLE.has(first)) return list[0]!.of ? 'thing' : 'others';
  if (first === 'a' && list[1]?.w === 'lot') return 'others';
  if ((first === 'lots' || first === 'plenty') && list[1]?.w === 'of') return 'others';
  // "Of course the company runs promotions": the opener says nothing of who.
  if (first === 'of' && list[1]?.w === 'course' && list.length > 2) return personOf(list.slice(2));
  if (DETERMINERS.has(first) || first === 'his' || first === 'her' || first === 'their') return possessed(list, first === 'his' || first === 'her' || first === 'their' ? 'others' : 'thing');
  // Anything else ("everything", "huge", a name): not known to be someone else, so it describes nothing.
  return 'thing';
}

/** "my mum" is another person, "my favourite tea" a thing; "our shop" is still us. */
function possessed(list: readonly Word[], owner: Person): Person {
  for (let k = 1; k < Math.min(list.length, 4); k++) {
    const x = list[k]!;
    // "this kids' powder" is a kind of powder; "the café's best seller" is another shop's.
    const who = x.w.endsWith("'s") ? x.w.slice(0, -2) : x.w;
    // "our Mother's Day sale" is a day, not a mother.
    if (x.w.endsWith("'s") && list[k + 1]?.w === 'day') continue;
    // "our village bakery", "our local café": the place's shop, not the writer's.
    if (OTHER_PEOPLE.has(who) && !x.of) return owner === 'first' && BUSINESSES.has(who) && !list.slice(1, k).some((y) => PLACE_WORDS.has(y.w)) ? 'first' : 'others';
  }
  return owner === 'first' || owner === 'second' ? 'thing' : owner;
}

/**
 * The mode of a phrase at [start, end) in English, or null when nothing in its clause or sentence decides
 * (the caller then says "plain", or "imperative" for a phrase opening its clause or followed by "!").
 */
export function modeEn(text: string, start: number, end: number, others: readonly Span[], verb = isVerbPhrase(text.slice(start, end))): Mode | null {
  const clauseStart = backTo(text, start, CLAUSE_END, 80);
  const sentenceStart = backTo(text, start, SENTENCE_END, 200);
  const clause = words(text, clauseStart, start, others);
  const free = clause.filter((x) => !x.inHit);

  // "team up and buy now", "pop in and order": a phrasal verb urged, then the call.
  if (verb && /^(?:team|come|pop|drop|swing|head|hop|jump|stop|call)\s+(?:up|in|by|over|down|on)\s+(?:and|or)$/.test(free.map((x) => x.w).join(' '))) return 'imperative';
  // Negation anywhere in the clause, unless it urges ("don't forget to order", "why not order one").
  for (let i = 0; i < free.length; i++) {
    const w = free[i]!.w;
    const next = free[i + 1]?.w;
    if (w === 'why' && next === 'not') return 'imperative';
    if (w === 'do' && next === 'not') {
      if (free[i + 2] && NEGATION_URGES.has(free[i + 2]!.w)) return 'imperative';
      return 'negated';
    }
    // "Fewer flash sales, more care": fewer of it is none of it offered (not "fewer than 5 left").
    if ((w === 'fewer' || w === 'less') && i === free.length - 1 && clause[clause.length - 1] === free[i]) return 'negated';
    // "instead of $599" compares a price, it denies nothing.
    if (w === 'instead' && next === 'of') continue;
    // "No more glasses after our 7-day therapy": what is denied is the glasses; the therapy is promised.
    if (w === 'no' && next === 'more' && /^(?:after|with|in|thanks to|once you)\b/i.test(text.slice(start, end))) continue;
    if (NEGATIONS.has(w)) {
      if (next && NEGATION_URGES.has(next)) return 'imperative';
      // "Stop thinking about it and click the link": what is stopped is the thinking, not the click.
      if (w === 'stop' && next?.endsWith('ing') && free.slice(i + 2).some((x) => x.w === 'and')) continue;
      // What a guarantee promises is no denial: "guaranteed no crying", "guaranteed to stop spit-up".
      const k = clause.indexOf(free[i]!);
      const before = clause[k - 1]?.w;
      if (before === 'guaranteed' || before === 'guarantees' || (before === 'to' && clause[k - 2]?.w === 'guaranteed')) continue;
      // "mums not in yet add me now": "not … yet" after readers called by name says which of them are meant.
      if (verb && i > 0 && VOCATIVES.has(free[i - 1]!.w) && free[free.length - 1]!.w === 'yet') continue;
      // "no need to", "not only … but"; "no" alone before a phrase denies it ("no "buy now"").
      return 'negated';
    }
  }

  // Talked about: "Now, about limited-time promotions." (but "ask me about …" still invites), "the trouble with
  // flash sales is …", "flash-sale posts".
  // "shouts about a discount": the determiner before the phrase belongs to it.
  const tail = clause.length >= 2 && DETERMINERS.has(clause[clause.length - 1]!.w) && !clause[clause.length - 1]!.inHit ? clause.length - 2 : clause.length - 1;
  const last = clause[tail];
  if (last && !last.inHit && ABOUT.has(last.w) && !free.some((x) => x !== last && (IMPERATIVE_VERBS.has(x.w) || x.w === 'ask'))) return 'quoted';
  if (clause.length >= 2) {
    const pair = `${clause[clause.length - 2]!.w} ${clause[clause.length - 1]!.w}`;
    // "$58 instead of $98": the price struck through, told beside the one on offer; not a topic.
    if (pair === 'instead of' && /^[$€£¥₦₹₱฿\d]|^(?:RM|Rs|R|KSh|AED|Dhs)\s?\d/.test(text.slice(start, end))) return 'descriptive';
    if (TOPIC_BEFORE.includes(pair)) return 'quoted';
    // A clause opened as a topic holds it to its comma: "As for curing diseases or looking ten years younger, …".
    if (TOPIC_OPENERS.includes(`${clause[0]!.w} ${clause[1]!.w}`)) return 'quoted';
  }
  const nextWord = /^[\s-]*([a-z]+)/i.exec(text.slice(end, end + 20))?.[1]?.toLowerCase();
  if (nextWord && TOPIC_AFTER.has(nextWord)) return 'quoted';
  // Examples of copy: after a kind of copy named earlier in the sentence ("efficacy claims, cures this, …"),
  // or before a word that dismisses them ("…, none of that belongs in our feed"), or as what someone wrote.
  if (EXAMPLES_BEFORE.test(text.slice(sentenceStart, start)) || EXAMPLES_LEAD.test(text.slice(Math.max(sentenceStart, start - 70), start))) return 'quoted';
  if (EXAMPLES_AFTER.test(text.slice(end, end + 160).split(SENTENCE_STOP, 1)[0]!)) return 'quoted';
  // A practice judged in general ("Offering a discount at the holidays … is perfectly normal"), unless urged.
  if (!verb && JUDGED_AFTER.test(text.slice(end, end + 160).split(SENTENCE_STOP, 1)[0]!)) return 'descriptive';
  // "Mention 'Moments' at checkout" asks the reader to say it; "I mention free shipping" talks about it.
  if (free.some((x, k) => WRITING.has(x.w) && !(k === 0 && x.w === 'mention'))) return 'quoted';
  // What someone asks about is no assertion: "People ask if mine is the lowest price around"; nor what a seller
  // might say: "If you say your tea is the best in the country, …".
  if (ASKED_IF.test(text.slice(sentenceStart, start))) return 'quoted';
  // The writer's own preference: "I'd rather wait for customers to reach out, or just reply warmly" (not "I'd
  // rather you DM me", which asks).
  if (PREFERENCE.test(text.slice(sentenceStart, start))) return 'descriptive';
  // An activity named as an example: "something special, like taking orders for Christmas cakes".
  if (free.length > 0 && free[free.length - 1]!.w === 'like' && clause[clause.length - 1] === free[free.length - 1] && /^[a-z]+ing\b/i.test(text.slice(start, end))) return 'quoted';
  // Advice on how often: "Run a collective order at most twice a week".
  if (/\b(?:at most|no more than|not more than|at the most) (?:once|twice|one|two|three|\d+)(?: times?)? (?:a|per|every) (?:day|week|month|year|fortnight)\b/i.test(text.slice(sentenceStart, sentenceStart + 200).split(SENTENCE_STOP, 1)[0]!)) return 'descriptive';
  // Said of a sign or written for a fine: "a poster said lowest price in the city", "a warning for writing top grade".
  if (/\b(?:(?:a|an|the|our|their|his|her|this|that) )?(?:poster|sign|signboard|ad|advert|advertisement|flyer|banner|billboard|hoarding|placard|caption|label|leaflet)\b[^.!?\n]{0,40}? (?:said|says|read|reads|claimed|claims)\b|\bfor (?:writing|saying|claiming|posting|putting|using)\b/i.test(text.slice(sentenceStart, start))) return 'quoted';
  // Not said, for a whole question: "But you won't write only 2 left, grab fast?".
  if (/\b(?:won't|wouldn't|don't|never|can't|shouldn't) (?:write|say|post|use|put|claim)\b/i.test(text.slice(sentenceStart, start)) && /^[^.!?\n]*\?/.test(text.slice(end))) return 'quoted';
  // A belief the writer has left: "I used to think the most expensive cat food was the best".
  if (/\b(?:used to (?:think|believe)|once (?:thought|believed)|(?:i|we) (?:thought|believed))\b/i.test(text.slice(sentenceStart, start))) return 'quoted';
  // What another seller sells: "the man selling miracle oil by the taxi stand".
  if (/\b(?:man|woman|guy|lady|seller|sellers|vendor|vendors|someone|somebody|people|they|he|she|auntie|uncle)\s+(?:who\s+)?(?:selling|sells|sold|peddling|peddles|hawking|hawks|flogging|flogs)\s+(?:[a-z'’-]+\s+){0,2}$/i.test(text.slice(Math.max(sentenceStart, start - 60), start))) return 'quoted';
  // What others say of their goods: "someone who says every day that their product is the best".
  if (SAID_BY_OTHERS.test(text.slice(sentenceStart, start))) return 'quoted';
  // Advice against saying it: "instead of shouting that stock is almost gone".
  if (/\b(?:instead of|rather than) (?:shouting|saying|claiming|writing|posting|telling (?:people|them|customers|everyone))\b/i.test(text.slice(sentenceStart, start))) return 'quoted';
  // Named as the subject of a judgement: "Discount codes, free shipping thresholds … are easier to explain in a message".
  if (!verb && JUDGED_SUBJECT.test(text.slice(end, end + 120).split(SENTENCE_STOP, 1)[0]!)) return 'descriptive';
  // A clause opened by "with" goes on with its sentence: "I posted a dozen photos a day, with prices and discounts".
  if (free.length > 0 && (free[0]!.w === 'with' || free[0]!.w === 'without') && !verb) {
    const governed = fromSentence(text, sentenceStart, clauseStart, others);
    if (governed) return governed;
  }
  // A clause that says when or why something happens describes it: "… when it ends at midnight every night".
  if (free.length > 0 && SUBORDINATORS.has(free[0]!.w)) return 'descriptive';
  // "If there really is a discount, …": a price or a claim under a condition is not on offer (an action may be:
  // "if you order today").
  if (!verb && free.length > 1 && free[0]!.w === 'if' && free[1]!.w === 'there') return 'descriptive';
  // "if every post carries an old price, a new price and a discount": a habit supposed, not an offer.
  if (!verb && /\bif\s+(?:every|each|all|something|anything|everything|a product|your (?:product|shop|feed))\b/i.test(text.slice(sentenceStart, start))) return 'descriptive';

  if (narrative(clause) && !(verb && free.length > 0 && IMPERATIVE_VERBS.has(free[0]!.w) && !REPORTING_PRESENT.has(free[0]!.w))) return 'descriptive';
  // Said by someone, as the rest of the sentence tells: "Buy a plant, they said."
  if (REPORTED_AFTER.test(text.slice(end, end + 80).split(SENTENCE_STOP, 1)[0]!)) return 'descriptive';

  const question = nextStop(text, end, SENTENCE_END) === '?';
  // Readers called by name open the clause and are not its subject: "Friends see you in the live room",
  // "Mummies grab fast".
  // "Mummies just buy", and "Ladies who order today" (those of you who do) address the reader too.
  // After a greeting ("Dear friends kindly …", "Hi guys"), the people named are the ones spoken to.
  const called = free.findIndex((x) => !LEAD.has(x.w) && !HAILS.has(x.w));
  const hailed = called > 0 && HAILS.has(free[called - 1]!.w) && OTHER_PEOPLE.has(free[called]!.w);
  if (called >= 0 && (VOCATIVES.has(free[called]!.w) || hailed)) {
    let next = called + 1;
    while (next < free.length && LEAD.has(free[next]!.w)) next++;
    const who = next < free.length && (free[next]!.w === 'who' || free[next]!.w === 'that') && next === free.length - 1;
    // "mums not in yet add me now", "ladies still not in yet, grab…": those readers, told what to do.
    const notYet = verb && next < free.length && (free[next]!.w === 'not' || free[next]!.w === 'still') && free[free.length - 1]!.w === 'yet' && free.length - next <= 5;
    if (who || notYet) free.splice(called, free.length - called);
    else if (next === free.length ? verb : IMPERATIVE_VERBS.has(free[next]!.w)) {
      // The greeting goes with them: "Dear friends book your seat" tells the reader to.
      let from = called;
      while (hailed && from > 0 && HAILS.has(free[from - 1]!.w)) from--;
      free.splice(from, called + 1 - from);
    }
  }
  const lead = free.findIndex((x) => !LEAD.has(x.w));
  if (lead < 0) {
    // Nothing but "just", "go", "now" before it: the phrase opens its clause. A verb there is an instruction,
    // unless it is asked ("Order online or in the shop?") or one of a reported list ("telling friends to scan
    // a code, order now, grab a coupon"); a noun phrase takes its mode from the sentence.
    // A figure after "still" or "now" is what it costs, no instruction: "Still $1.50."
    if (free.length > 0 || verb) return question || /^[$€£¥\d]/.test(text.slice(start, end)) ? 'plain' : (reported(text, sentenceStart, clauseStart, others) ?? 'imperative');
    // A bare noun phrase asked about ("Limited edition? Nah, just the one mug I made") names it.
    // A phrase that is itself the question ("what are you waiting for?") asks it.
    if (question && nextStop(text, end, CLAUSE_END) === '?' && !ASKING.test(text.slice(start, end))) return 'quoted';
    return fromSentence(text, sentenceStart, clauseStart, others);
  }
  const head = free.slice(lead);
  const first = head[0]!.w;
  // "only then do they buy": do with its subject after it asks or stresses, it tells no one to do anything.
  if ((first === 'do' || first === 'does' || first === 'did') && head[1] && (SUBJECT_AFTER_DO.has(head[1].w) || OTHER_PEOPLE.has(head[1].w))) return 'descriptive';
  if (IMPERATIVE_VERBS.has(first) && !REPORTING_PRESENT.has(first)) return question ? 'plain' : (reported(text, sentenceStart, clauseStart, others) ?? 'imperative');

  if (question) {
    if (QUESTION_PAST.has(first)) return 'descriptive';
    // Others doing it, with the question in a later clause: "Friends in the trade ask me, how many deals …?"
    if (nextStop(text, end, CLAUSE_END) !== '?' && personOf(head) === 'others') return 'descriptive';
    return 'plain';
  }

  // A shop named right before the phrase labels it ("Bakery clearance: …"); it is not who does it.
  const person = head.length === 1 && BUSINESSES.has(head[0]!.w) ? 'thing' : personOf(head);
  const urged = head.some((x) => URGING.has(x.w)) || hasPhrase(head, ['have to', 'got to', 'make sure', 'be sure']);
  const offered = head.some((x) => OFFERING.has(x.w) || x.w.endsWith("'ll"));
  if (urged && (person === 'second' || head.some((x) => x.w === 'everyone' || x.w === 'everybody'))) return 'imperative';
  // "I urge every one of my friends to place their orders": the writer asking the readers to do it.
  if (head.some((x) => URGE_VERBS.has(x.w)) && head.some((x) => ADDRESSED.has(x.w))) return 'imperative';
  if (person === 'second') return 'plain';
  if (verb) {
    // A subject before the verb makes a statement: "customers order it", "I order mine online". An offer by
    // the writer ("I can DM you the link") is still made to the reader.
    if (person === 'first' && offered) return 'plain';
    return 'descriptive';
  }
  if (person === 'others') return 'descriptive';
  if (person === 'first' && offered) return 'plain';
  // "I have a discount code for you", "the new batch is 20% off": the writer's own offer, said plainly.
  // "it's $90 this month": a clause of its own in the present, whatever story came before it in the sentence.
  if (head.some((x) => PRESENT_TURN.includes(x.w))) return null;
  return head.length <= 2 && person === 'thing' ? fromSentence(text, sentenceStart, clauseStart, others) : null;
}

/** Whether an earlier clause of the sentence reports what follows ("telling friends to …", "I never post …"). */
function reported(text: string, sentenceStart: number, clauseStart: number, others: readonly Span[]): Mode | null {
  if (sentenceStart >= clauseStart) return null;
  const free = afterTurn(words(text, sentenceStart, clauseStart, others)).filter((x) => !x.inHit);
  let reporting = free.some((_, i) => reportingAt(free, i)) || hasPhrase(free, PHRASES_REPORTING);
  for (let i = 1; i < free.length && !reporting; i++) reporting = reportingPresentAt(free, i);
  if (!reporting) return null;
  return free.some((x) => NEGATIONS.has(x.w)) ? 'negated' : 'descriptive';
}

/** Words that bring a sentence back from a story to what is on offer: "the boots you asked about are back, $120". */
const PRESENT_TURN = ["it's", "they're", "there's", "here's", 'here it is', 'there are', 'is back', 'are back', 'is finally back', 'are finally back', 'i got you', 'i finally got', 'got you a', 'is finally in', 'are finally in', 'is finally here', 'are finally here', 'is here', 'are here', 'just arrived', 'has arrived', 'have arrived', 'just landed', 'has landed', 'is in stock', 'are in stock', 'back in stock', 'we have', 'i have', "i've got", "we've got", 'is now', 'are now', 'are filling', 'is filling', 'has space', 'have space', 'has room', 'have room', 'is open', 'are open', 'is available', 'are available', 'just opened', 'opened up', 'freed up', 'came up', 'became available', 'just came up'];

/**
 * The words after the last of PRESENT_TURN, or after "is"/"are" right before a sales phrase ("the cot you asked
 * about is back in stock"); all of them when there is none: the story before it is over.
 */
function afterTurn(list: readonly Word[]): readonly Word[] {
  for (let k = list.length - 1; k >= 0; k--) {
    const x = list[k]!;
    if (x.inHit) continue;
    if (PRESENT_TURN.includes(x.w)) return list.slice(k + 1);
    const next = list[k + 1];
    if (next && PRESENT_TURN.includes(`${x.w} ${next.w}`)) return list.slice(k + 2);
    const third = list[k + 2];
    if (next && third && PRESENT_TURN.includes(`${x.w} ${next.w} ${third.w}`)) return list.slice(k + 3);
    // "If there really is a discount, …" is no offer: a condition keeps its clause.
    // Nor does a report: "the owner said buns are half price" is what the owner said.
    if ((x.w === 'is' || x.w === 'are') && (!next || next.inHit) && !list.slice(0, k).some((w, i, all) => w.w === 'if' || w.w === 'unless' || w.w === 'whether' || reportingAt(all, i))) return list.slice(k + 1);
    if (madeAt(list, k)) return list.slice(k + 1);
  }
  return list;
}

/** A clause without a subject of its own ("a flash sale at lunch" in a list) is governed by its sentence. */
function fromSentence(text: string, sentenceStart: number, clauseStart: number, others: readonly Span[]): Mode | null {
  if (sentenceStart >= clauseStart) return null;
  const before = afterTurn(words(text, sentenceStart, clauseStart, others));
  const free = before.filter((x) => !x.inHit);
  if (free.length === 0) return null;
  if (free.some((x) => NEGATIONS.has(x.w)) && narrative(before)) return 'negated';
  // Going on with what an ad claimed: "an ad claiming their honey was the number one honey, 100% pure miracle".
  if (free.some((x, k) => WRITING.has(x.w) && !(k === 0 && x.w === 'mention'))) return 'quoted';
  if (narrative(before)) return 'descriptive';
  const head = vocativeOff(text, free.filter((x) => !LEAD.has(x.w)));
  if (head.length && personOf(head) === 'others' && !IMPERATIVE_VERBS.has(head[0]!.w)) return 'descriptive';
  return null;
}

/** Greetings before a vocative: "Hey friends, …", "Dear mums, …". */
const HAILS = set('hey hi hello dear oi yo attention');

/**
 * The words without a vocative opening the sentence: "Friends, this price is insane" speaks to friends, it says
 * nothing they did (as "Friends told me …" would).
 */
function vocativeOff(text: string, list: readonly Word[]): readonly Word[] {
  let i = 0;
  while (i < list.length && HAILS.has(list[i]!.w)) i++;
  const who = list[i];
  if (!who || !OTHER_PEOPLE.has(who.w) && !['mums', 'moms', 'mommies', 'ladies', 'guys', 'fam', 'besties', 'babes', 'parents'].includes(who.w)) return list;
  // "bestie this deal is insane": a form of address, comma or not, when a determiner opens what follows.
  const addressed = VOCATIVES.has(who.w) && ['this', 'these', 'that', 'those', 'the', 'you', 'u', 'ya'].includes(list[i + 1]?.w ?? '');
  // "Dear friends kindly …": after a greeting, or before kindly/please, the people named are spoken to.
  const hailed = i > 0 || ['kindly', 'please', 'pls', 'plz'].includes(list[i + 1]?.w ?? '');
  return addressed || hailed || /^\s*[,!:]/.test(text.slice(who.end)) ? list.slice(i + 1) : list;
}

/** Whether the phrase's clause ends in "!" (urged), read up to the next clause end. */
export function exclaimedEn(text: string, end: number): boolean {
  const stop = nextStop(text, end, CLAUSE_END);
  return stop === '!' || stop === '！';
}
