// The Markdown view's chat scripts: one list line per script, read as the sentences they are.
import { describe, expect, it } from 'vitest';
import { markdown } from '../../src/formats/markdown.js';
import { loadFixture } from './fixtures.js';

describe('markdown chat scripts', () => {
  const base = loadFixture('zh-shanghai');
  const cases: { name: string; text: string; want: string }[] = [
    { name: 'Chinese sentences closed by a full stop run on', text: '好的。\n下次再聊。', want: '好的。下次再聊。' },
    { name: 'an emoji closes a sentence too', text: '看到你点了赞🙂\n补充一点', want: '看到你点了赞🙂补充一点' },
    { name: 'a line that ends without either keeps a space (a persona without emoji lost its 🙂)', text: '看到你点了赞\n朋友圈写得短', want: '看到你点了赞 朋友圈写得短' },
    { name: 'blank lines leave nothing behind', text: '你好。\n\n最近好吗', want: '你好。最近好吗' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const post = { ...base.posts[0]!, chats: [{ stage: 'follow-up', text: c.text }] };
      const md = markdown({ ...base, posts: [post] }, { lang: 'zh-CN' });
      expect(md).toContain(`- 跟进： ${c.want}\n`);
    });
  }
});
