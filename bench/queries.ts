/**
 * The benchmark's search queries, drawn deterministically from the generated rows: what a clerk
 * types for a name (a fragment, two words, a typo), a NIK or a phone number.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { int, mulberry32, pick } from './synthetic';

interface Sampled {
  fullName: string;
  nik: string;
  phone: string;
}

export type Category = 'name' | 'twoWords' | 'nik' | 'phone' | 'fuzzy';

export interface QuerySet {
  category: Category;
  label: string;
  warmup: string[];
  measured: string[];
}

export function buildQueries(sqlite: BetterSqlite3.Database, seed: number, count: number, warmup: number): QuerySet[] {
  const random = mulberry32(seed ^ 0x9e3779b9);
  const row = sqlite.prepare<[number], Sampled>(
    'SELECT full_name AS fullName, nik, phone FROM participants WHERE id = ?',
  );
  const maxId = (sqlite.prepare('SELECT max(id) AS id FROM participants').get() as { id: number }).id;
  const person = (): Sampled => {
    const found = row.get(int(random, 1, maxId));
    if (!found) throw new Error('sampled a missing participant');
    return found;
  };
  const words = (name: string) => name.toLowerCase().split(/\s+/).filter(Boolean);
  const fragment = (word: string) => {
    const length = int(random, 3, Math.min(6, word.length));
    const start = int(random, 0, word.length - length);
    return word.slice(start, start + length);
  };

  const exactHit = sqlite.prepare<[string], { hit: number }>(
    'SELECT 1 AS hit FROM participants_fts WHERE participants_fts MATCH ? LIMIT 1',
  );
  const phrase = (text: string) => `"${text.replaceAll('"', '""')}"`;
  /** What a clerk mistypes: two letters swapped, a wrong vowel, a letter dropped or doubled. */
  function typo(word: string): string {
    const at = int(random, 1, word.length - 2);
    const vowels = 'aeiou';
    switch (int(random, 0, 3)) {
      case 0:
        return word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2);
      case 1: {
        const vowel = [...word].findIndex((char, index) => index >= at && vowels.includes(char));
        const index = vowel === -1 ? at : vowel;
        const replacement = pick(
          random,
          [...vowels].filter((char) => char !== word.charAt(index)),
        );
        return word.slice(0, index) + replacement + word.slice(index + 1);
      }
      case 2:
        return word.slice(0, at) + word.slice(at + 1);
      default:
        return word.slice(0, at) + word.charAt(at) + word.slice(at);
    }
  }
  function fuzzyQuery(): string {
    for (let attempt = 0; attempt < 200; attempt++) {
      const parts = words(person().fullName);
      const longIndex = parts.findIndex((word) => word.length >= 5);
      if (longIndex === -1) continue;
      const typed = [...parts];
      typed[longIndex] = typo(parts[longIndex] ?? '');
      const query = parts.length > 1 && random() < 0.4 ? typed.slice(0, 2) : [typed[longIndex] ?? ''];
      const long = query.filter((word) => word.length >= 3);
      if (long.length === 0) continue;
      if (!exactHit.get(`full_name : (${long.map(phrase).join(' AND ')})`)) return query.join(' ');
    }
    throw new Error('could not make a typo that matches nothing');
  }

  const makers: Record<Category, [string, () => string]> = {
    name: [
      'name fragment (3-6 letters)',
      () =>
        fragment(
          pick(
            random,
            words(person().fullName).filter((w) => w.length >= 3),
          ),
        ),
    ],
    twoWords: [
      'name, two words',
      () => {
        for (;;) {
          const parts = words(person().fullName);
          if (parts.length < 2) continue;
          const first = int(random, 0, parts.length - 2);
          const a = parts[first] ?? '';
          const b = parts[first + 1] ?? '';
          const head = random() < 0.6 ? a : a.slice(0, int(random, 3, a.length));
          return `${head} ${b.slice(0, int(random, 3, Math.min(6, b.length)))}`;
        }
      },
    ],
    nik: ['NIK prefix (6-12 digits)', () => person().nik.slice(0, int(random, 6, 12))],
    phone: ['phone prefix (6-10 digits)', () => person().phone.slice(0, int(random, 6, 10))],
    fuzzy: ['typo in a name (fuzzy)', fuzzyQuery],
  };
  return (Object.keys(makers) as Category[]).map((category) => {
    const [label, make] = makers[category];
    return {
      category,
      label,
      warmup: Array.from({ length: warmup }, make),
      measured: Array.from({ length: count }, make),
    };
  });
}
