/** Temporary content roots for tests: a map of relative paths to file text. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function makeContentRoot(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'marsad-content-'));
  for (const [relative, contents] of Object.entries(files)) {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, contents);
  }
  return root;
}

/** A small valid corpus that tests break one file of. */
export const VALID_FILES: Record<string, string> = {
  'actors/qatar.md': '---\nname: قطر\nname_en: Qatar\nkind: state\naliases: [دولة قطر, الدوحة]\nwikidata: Q846\n---\nدولة خليجية.\n',
  'actors/khalifa-haftar.md':
    '---\nname: خليفة حفتر\nkind: person\naliases:\n  - حفتر\naffiliations: [libyan-national-army]\nborn: 1943-11-07\n---\nقائد عسكري ليبي.\n',
  'actors/libyan-national-army.md':
    '---\nname: الجيش الوطني الليبي\nkind: armed-group\naliases: [قوات حفتر]\npax_id: ARM_912\n---\nقوات شرق ليبيا.\n',
  'agreements/geneva-ceasefire-2020.md':
    '---\nname: اتفاق وقف إطلاق النار الدائم\nkind: ceasefire\nsigned: 2020-10-23\nparties: [libyan-national-army]\npax_id: 2320\ntext_url: https://pax.peaceagreements.org/agreements/2320\n---\nاتفاق جنيف.\n',
  'articles/2020/10/qatar-mou-breach.md':
    '---\ntitle: قوات حفتر تعد مذكرة قطر خرقا\ndate: 2020-10-26\nsummary: خبر قصير.\nactors: [qatar, libyan-national-army]\nagreements: [geneva-ceasefire-2020]\n---\n\nاعتبرت قوات حفتر أن مذكرة التفاهم مع قطر خرق لاتفاق وقف إطلاق النار الدائم.\n',
};

/** A copy of a content root (the demo content by default) that a test may edit; the caller removes it. */
export function copyOfContentRoot(from: string = path.resolve('content')): string {
  const root = mkdtempSync(path.join(tmpdir(), 'marsad-content-copy-'));
  cpSync(from, root, { recursive: true });
  return root;
}

/** Rewrites one file of a copied content root, found by its path under the original root. */
export function editCopiedFile(
  copy: string,
  originalFile: string,
  edit: (text: string) => string,
  from: string = path.resolve('content'),
): void {
  const file = path.join(copy, path.relative(from, originalFile));
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
}
