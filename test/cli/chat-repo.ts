// A content repo for the chat-side commands: the plan test repo plus the bundled chat library and an en persona.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { contentRepo } from './content-repo.js';

const BUNDLED = join(import.meta.dirname, '../../templates');

const GRACE = `id: grace
name: Grace
locale: en
timezone: America/Los_Angeles
role: barista and roaster
bio: Roasts small batches and walks the dog before every shift.
voice: { tone: [warm], emoji: none, signature: "— G.", phrases: [no rush], avoid: [guaranteed] }
interests:
  - { topic: coffee, weight: 2 }
products:
  - { id: house-blend, name: the house blend, category: coffee, points: [chocolatey without being bitter], audience: [people who take milk] }
schedule:
  windows: ["06:30-07:30", "18:00-19:00"]
  postsPerDay: { min: 0, max: 1 }
  restDays: [sat, sun]
events:
  - { type: live, at: "2026-12-04T18:00", title: Cupping at the roastery, product: house-blend }
`;

export function chatRepo(root: string, extra: Record<string, string> = {}): string {
  contentRepo(root, { 'personas/grace.yaml': GRACE, ...extra });
  for (const locale of ['zh-CN', 'en']) cpSync(join(BUNDLED, locale, 'chat'), join(root, 'templates', locale, 'chat'), { recursive: true });
  return root;
}
