// Which of a persona's products some words name: typed after --product, or written as a contacts tag.
import type { Persona, Product } from './persona.js';

/** Lower case, full-width folded: how typed words and a product's id or name compare. */
const folded = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/**
 * The products `text` names: the one whose id or full name it is; else each a word of whose id or name it is
 * ("decaf" for "Swiss Water decaf") or, two Chinese characters or more, a part of whose name it is (肉桂 for
 * 武夷肉桂). More than one is for the caller to say (a typed name) or to pass over (a tag).
 */
export function productsNamedBy(products: readonly Product[], text: string): Product[] {
  const w = folded(text);
  if (!w) return [];
  const exact = products.find((p) => folded(p.id) === w || folded(p.name) === w);
  if (exact) return [exact];
  return products.filter((p) => {
    const name = folded(p.name);
    const words = [...folded(p.id).split(/[-_\s]+/), ...name.split(/[\s·・,，/-]+/)].filter((x) => x.length > 1);
    // Chinese names have no spaces: a part of two or more characters inside the name names it.
    return words.includes(w) || (/^\p{Script=Han}{2,}$/u.test(w) && name.includes(w));
  });
}

/** A product as messages name it: by the name the persona file gives it, by its id when there is none. */
export function productNameOf(persona: Pick<Persona, 'products'>, id: string): string {
  return persona.products.find((p) => p.id === id)?.name ?? id;
}
