import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../src/lib/content/check';
import { formatProblem } from '../../src/lib/content/problems';
import { incidentSchema } from '../../src/lib/content/schemas';

const NOW = new Date('2026-11-28T00:00:00Z');
const schema = incidentSchema({ componentIds: [], now: NOW, languages: ['en', 'id'] });
const HEAD = '---\ntitle: T\nimpact: minor\nupdates:\n  - { at: 2026-11-01T08:00:00Z, status: investigating, message: Looking. }\n';

function check(translations: string): string[] {
  return checkEntry('content/incidents/hostile.mdx', `${HEAD}${translations}\n---\nBody.\n`, schema).problems.map(formatProblem);
}

/** `text` as an indented `|` block under `body:`. */
const bodyBlock = (text: string) => `translations:\n  id:\n    body: |\n${text.split('\n').map((line) => `      ${line}`).join('\n')}`;

describe('a hostile translations block', () => {
  it('cannot nest a translated body past the limit the body has', () => {
    const problems = check(bodyBlock(`${'>'.repeat(5_000)} deep`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/translations\.id\.body {2}line 1 of this body: has 5,?001 marks that can each nest a level/);
  });

  it('cannot smuggle a script link into a translated message or body, however it is spelled', () => {
    const problems = check(
      'translations:\n  id:\n    updates:\n      "2026-11-01T08:00:00Z": "[klik](jav&#x09;ascript:alert(1))"\n    body: "[klik](JaVaScRiPt:alert(1))"',
    );
    expect(problems).toHaveLength(2);
    expect(problems.every((line) => /javascript/i.test(line))).toBe(true);
  });

  it('cannot carry a tag, an expression or an import in a translated body', () => {
    const problems = check(bodyBlock('import x from "y"\n\n<script>alert(1)</script>\n\n{alert(1)}'));
    expect(problems.map((line) => line.split('  ')[2])).toEqual([
      expect.stringMatching(/^line 1 of this body: import and export lines are not read here/),
      expect.stringMatching(/^line 3 of this body: unknown tag <script>/),
      expect.stringMatching(/^line 5 of this body: a \{ … \} expression runs code/),
    ]);
  });

  it('is bounded: too many languages, too many updates, too long a body, each one line', () => {
    const languages = Array.from({ length: 21 }, (_, index) => `  l${index}: { title: x }`).join('\n');
    expect(check(`translations:\n${languages}`)).toEqual([
      'content/incidents/hostile.mdx:6:1  translations  names more than 20 languages  (translate into the site\'s languages only: en, id)',
    ]);
    const updates = Array.from({ length: 201 }, (_, index) => `      "2026-11-01T08:${String(index % 60).padStart(2, '0')}:${String(Math.floor(index / 60)).padStart(2, '0')}Z": x`).join('\n');
    expect(check(`translations:\n  id:\n    updates:\n${updates}`)).toEqual([
      'content/incidents/hostile.mdx:8:5  translations.id.updates  translates more than 200 updates  (an entry has at most that many updates)',
    ]);
    expect(check(bodyBlock('x'.repeat(100_001)))).toEqual([
      'content/incidents/hostile.mdx:8:5  translations.id.body  is longer than 100,000 characters  (keep the body short: put long logs or analysis elsewhere and link to them)',
    ]);
  });

  it('cannot reach an object\'s prototype through a language or a time', () => {
    const source = `${HEAD}translations:\n  __proto__: { title: x }\n  id:\n    updates:\n      "__proto__": y\n      "constructor": z\n---\n`;
    const { data, problems } = checkEntry('content/incidents/hostile.mdx', source, schema);
    // zod reads no `__proto__` key at all; a `constructor` time is only a time that is not one.
    expect(problems.map((problem) => problem.field)).toEqual(['translations.id.updates.constructor']);
    expect(data).toBeUndefined();
    expect(({} as Record<string, unknown>).title).toBeUndefined();
    expect(Object.getPrototypeOf(schema.parse({ title: 'T', impact: 'minor', updates: [{ at: '2026-11-01T08:00:00Z', status: 'investigating', message: 'x' }], translations: JSON.parse('{"__proto__": {"title": "x"}}') }).translations)).toBe(Object.prototype);
  });
});
