/**
 * Joins PDFs that pdfkit wrote into one, pages in order, by copying their objects as bytes: the
 * parts of a certificate batch that the workers render side by side (certificate-pool.ts).
 *
 * A pdfkit file is plain: objects 1..n-1, each once, listed in one classic xref table; no object
 * streams, no incremental updates; strings only in the document info, escaped. Joining is then
 * renumbering: a later part's objects move up past the objects before them and the references in
 * their dictionaries move with them, while stream bytes (page content, fonts, images) are copied
 * untouched. A new root holds each part's page tree. For 2,000 pages this takes tens of
 * milliseconds; pdf-lib, which parses and re-serialises every object, took 0.3-0.6 s of main's
 * event loop. Anything else than such a file is refused, never half-joined.
 */

interface PdfObject {
  number: number;
  /** Where `N 0 obj` starts, and where the object (through `endobj`) ends. */
  start: number;
  end: number;
}

interface Part {
  bytes: Buffer;
  /** `%PDF-1.x` and the binary comment, up to the first object. */
  header: Buffer;
  /** In file order. */
  objects: PdfObject[];
  /** The trailer dictionary's text, `<< ... >>`. */
  trailer: string;
  catalog: number;
  pageTree: number;
  pages: number;
}

/** An xref entry is 20 bytes: 10-digit offset, generation, type, end of line. */
const XREF_ENTRY = 20;

class NotAPdfkitPart extends Error {
  constructor(what: string) {
    super(`Cannot join PDF parts: ${what}`);
  }
}

const text = (bytes: Buffer, from: number, to: number) => bytes.toString('latin1', from, to);

function objectText(part: Pick<Part, 'bytes' | 'objects'>, number: number): string {
  const object = part.objects.find((o) => o.number === number);
  if (!object) throw new NotAPdfkitPart(`object ${number} is missing`);
  return text(part.bytes, object.start, object.end);
}

function readPart(data: Uint8Array): Part {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const tail = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text(bytes, Math.max(0, bytes.length - 64), bytes.length));
  if (!tail) throw new NotAPdfkitPart('no cross-reference table at the end');
  const xrefAt = Number(tail[1]);
  const table = text(bytes, xrefAt, bytes.length);
  const head = /^xref\r?\n0 (\d+)\r?\n/.exec(table);
  if (!head) throw new NotAPdfkitPart('the cross-reference table is not a single section from object 0');
  const count = Number(head[1]);

  const objects: PdfObject[] = [];
  for (let number = 1; number < count; number++) {
    const entry = table.slice(head[0].length + number * XREF_ENTRY, head[0].length + (number + 1) * XREF_ENTRY);
    const used = /^(\d{10}) 00000 n/.exec(entry);
    if (!used) throw new NotAPdfkitPart(`object ${number} is free or of another generation`);
    objects.push({ number, start: Number(used[1]), end: 0 });
  }
  objects.sort((a, b) => a.start - b.start);
  objects.forEach((object, index) => {
    object.end = objects[index + 1]?.start ?? xrefAt;
    if (text(bytes, object.start, object.start + 24).indexOf(`${object.number} 0 obj`) !== 0)
      throw new NotAPdfkitPart(`object ${object.number} is not where the table says`);
  });
  const firstObject = objects[0]?.start ?? xrefAt;

  const trailer = /trailer\s*(<<[\s\S]*>>)\s*startxref/.exec(table)?.[1];
  const catalog = Number(/\/Root (\d+) 0 R/.exec(trailer ?? '')?.[1]);
  if (!trailer || !catalog) throw new NotAPdfkitPart('the trailer names no catalog');
  const located = { bytes, objects };
  const pageTree = Number(/\/Pages (\d+) 0 R/.exec(objectText(located, catalog))?.[1]);
  const pages = Number(/\/Count (\d+)/.exec(objectText(located, pageTree))?.[1]);
  if (!pageTree || !Number.isInteger(pages)) throw new NotAPdfkitPart('the catalog has no page tree');
  return { bytes, header: bytes.subarray(0, firstObject), objects, trailer, catalog, pageTree, pages };
}

/**
 * A literal string (skipped: pdfkit escapes every parenthesis in it), a reference, or a font's
 * subset tag. A reference's number must stand alone, not end a name (/F1) or a real (0.5).
 */
const TOKENS = /\((?:\\[\s\S]|[^\\()])*\)|(?<![\w.#+-])(\d+) 0 R(?!\w)|\/([A-Z]{6})\+/g;
const STREAM = Buffer.from('>>\nstream\n', 'latin1');

/**
 * pdfkit names each font's subset after the font's place in the document (`BZZZZZ+NotoSans`),
 * the same in every part, though each part's subset holds other glyphs: a printer that caches
 * fonts by name would draw one part's text with another's glyphs. Later parts get tags of their
 * own, which no pdfkit tag ends with (those end in Z).
 */
function subsetTag(tag: string, partIndex: number): string {
  const letter = (n: number) => String.fromCharCode(65 + (n % 25));
  return `${tag.slice(0, 3)}${letter(Math.floor(partIndex / 625))}${letter(Math.floor(partIndex / 25))}${letter(partIndex)}`;
}

/** One object of a later part, renumbered by `shift`, with its stream bytes as they were. */
function movedObject(part: Part, object: PdfObject, shift: number, partIndex: number): Buffer[] {
  const streamAt = part.bytes.subarray(object.start, object.end).indexOf(STREAM);
  const dictionaryEnd = streamAt >= 0 ? object.start + streamAt : object.end;
  const dictionary = text(part.bytes, object.start, dictionaryEnd).replace(
    TOKENS,
    (token, reference: string | undefined, tag: string | undefined) =>
      reference !== undefined
        ? `${Number(reference) + shift} 0 R`
        : tag !== undefined
          ? `/${subsetTag(tag, partIndex)}+`
          : token,
  );
  // `N 0 obj` is not a reference: its number is written anew.
  const body = dictionary.slice(dictionary.indexOf(' 0 obj'));
  const moved = Buffer.from(`${object.number + shift}${body}`, 'latin1');
  return dictionaryEnd === object.end ? [moved] : [moved, part.bytes.subarray(dictionaryEnd, object.end)];
}

/** Hangs a page tree under the new root: a tree below the root must name its parent. */
const withParent = (object: string, root: number) => object.replace('<<', `<<\n/Parent ${root} 0 R`);

/** The catalog and the page trees hold no stream: one buffer, rewritten as text. */
function rewritten([object]: Buffer[], rewrite: (object: string) => string): Buffer {
  if (!object) throw new NotAPdfkitPart('an empty object');
  return Buffer.from(rewrite(text(object, 0, object.length)), 'latin1');
}

/**
 * The parts' pages in order, in one PDF that keeps the first part's catalog, info (title, author)
 * and ID. A later part's own catalog and info come along unreferenced: a few hundred bytes.
 */
export function joinPdfkitParts(inputs: Uint8Array[]): Uint8Array {
  const parts = inputs.map(readPart);
  const [first] = parts;
  if (!first) throw new NotAPdfkitPart('no parts');
  const size = 1 + parts.reduce((sum, part) => sum + part.objects.length, 0) + 1;
  const root = size - 1;
  const chunks: Buffer[] = [first.header];
  const offsets: number[] = new Array<number>(size).fill(0);
  let at = first.header.length;
  const add = (number: number, buffers: Buffer[]) => {
    offsets[number] = at;
    for (const buffer of buffers) {
      chunks.push(buffer);
      at += buffer.length;
    }
  };

  const kids: number[] = [];
  let shift = 0;
  parts.forEach((part, partIndex) => {
    kids.push(part.pageTree + shift);
    for (const object of part.objects) {
      const buffers =
        partIndex === 0 ? [part.bytes.subarray(object.start, object.end)] : movedObject(part, object, shift, partIndex);
      if (object.number === part.pageTree) buffers[0] = rewritten(buffers, (tree) => withParent(tree, root));
      else if (partIndex === 0 && object.number === part.catalog)
        buffers[0] = rewritten(buffers, (catalog) => catalog.replace(/\/Pages \d+ 0 R/, `/Pages ${root} 0 R`));
      add(object.number + shift, buffers);
    }
    shift += part.objects.length;
  });

  const pages = parts.reduce((sum, part) => sum + part.pages, 0);
  add(root, [
    Buffer.from(
      `${root} 0 obj\n<<\n/Type /Pages\n/Count ${pages}\n/Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}]\n>>\nendobj\n`,
      'latin1',
    ),
  ]);
  const xrefAt = at;
  const entries = offsets.slice(1).map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`);
  // The first part's trailer keeps its catalog, its info (the whole batch's title) and its ID.
  const trailer = first.trailer.replace(/\/Size \d+/, `/Size ${size}`);
  chunks.push(
    Buffer.from(
      `xref\n0 ${size}\n0000000000 65535 f \n${entries.join('')}trailer\n${trailer}\nstartxref\n${xrefAt}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(chunks);
}
