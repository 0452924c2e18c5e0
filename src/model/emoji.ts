// What counts as one emoji, for the lint rule that counts them, the renderer that drops them for a persona whose
// voice has none, and verify() that checks such a persona's posts.

/** One emoji: a pictograph with its variation selector, skin tone and ZWJ-joined parts. */
export const EMOJI_SEQUENCE = String.raw`\p{Extended_Pictographic}(?:\uFE0F|[\u{1F3FB}-\u{1F3FF}])?(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|[\u{1F3FB}-\u{1F3FF}])?)*`;

/** ©, ® and ™ are pictographs to Unicode but not emoji to a reader: a persona with no emoji keeps them. */
export const NOT_SYMBOL = String.raw`(?![\u00A9\u00AE\u2122])`;
