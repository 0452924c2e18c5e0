// Which products some typed words or a contacts tag name: shared by `persona scripts --product` and touches' tags.
import { describe, expect, it } from 'vitest';
import type { Product } from '../../src/model/persona.js';
import { productNameOf, productsNamedBy } from '../../src/model/products.js';

const product = (id: string, name: string): Product => ({ id, name, category: 'tea', points: ['好喝'], audience: [] });
const products = [product('wuyi-rougui', '武夷肉桂'), product('rougui-king', '武夷肉桂王'), product('swiss-water-decaf', 'Swiss Water decaf')];

describe('productsNamedBy', () => {
  it.each([
    ['an id', 'wuyi-rougui', ['wuyi-rougui']],
    ['a full name wins over the names it is part of', '武夷肉桂', ['wuyi-rougui']],
    ['a name in full width and another case', 'ＳＷＩＳＳ ＷＡＴＥＲ ＤＥＣＡＦ', ['swiss-water-decaf']],
    ['a word of a name', 'decaf', ['swiss-water-decaf']],
    ['a Chinese part of two names: both, for the caller to ask about', '肉桂', ['wuyi-rougui', 'rougui-king']],
    ['one Chinese character names nothing', '茶', []],
    ['nothing at all', '  ', []],
  ])('%s: %s', (_name, text, ids) => {
    expect(productsNamedBy(products, text).map((p) => p.id)).toEqual(ids);
  });

  it('names a product by its name, or by its id when the persona has no such product', () => {
    expect([productNameOf({ products }, 'wuyi-rougui'), productNameOf({ products }, 'gone')]).toEqual(['武夷肉桂', 'gone']);
  });
});
