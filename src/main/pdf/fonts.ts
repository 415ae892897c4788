/**
 * Where the PDF fonts live, and the one-time setup of pdfmake's server singleton: the TTF files
 * read once into pdfmake's in-memory file system (pdfmake renders WOFF2 blank), so every
 * document reuses one parse of each (font-cache.ts), and resource policies that keep a document
 * definition from reading arbitrary files or reaching the network.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pdfmake from 'pdfmake';
import { openFont } from './font-cache';
import { teachStyleLookup } from './style-lookup';

export const FONT_FAMILY_SANS = 'NotoSans';
export const FONT_FAMILY_SERIF = 'NotoSerif';

export const FONT_FILES = {
  [FONT_FAMILY_SANS]: {
    normal: 'NotoSans-Regular.ttf',
    bold: 'NotoSans-Bold.ttf',
    italics: 'NotoSans-Italic.ttf',
    bolditalics: 'NotoSans-BoldItalic.ttf',
  },
  // Certificates have no italic text; the regular and bold cuts stand in so a stray
  // `italics: true` degrades to upright instead of throwing "font not defined".
  [FONT_FAMILY_SERIF]: {
    normal: 'NotoSerif-Regular.ttf',
    bold: 'NotoSerif-Bold.ttf',
    italics: 'NotoSerif-Regular.ttf',
    bolditalics: 'NotoSerif-Bold.ttf',
  },
} as const;

export type FontFamily = keyof typeof FONT_FILES;

/** The file pdfmake draws `family` from in the given cut, as its font table above says. */
export function fontFile(family: FontFamily, bold: boolean, italics: boolean): string {
  const cuts = FONT_FILES[family];
  if (bold) return italics ? cuts.bolditalics : cuts.bold;
  return italics ? cuts.italics : cuts.normal;
}

/** Folder holding resources/ (fonts/, icons, artwork); overrides the lookup below. */
export const RESOURCES_ENV = 'PELITA_RESOURCES_DIR';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Candidate folders, first hit wins. The same source runs from three places: from src/ under
 * tsx and vitest, bundled into out/main/index.js by electron-vite, and from a packaged app whose
 * extra resources sit next to app.asar in process.resourcesPath.
 */
function candidateDirs(): string[] {
  const list: string[] = [];
  const override = process.env[RESOURCES_ENV];
  if (override) list.push(join(override, 'fonts'));
  list.push(resolve(here, '../../../resources/fonts')); // src/main/pdf -> repo
  list.push(resolve(here, '../../resources/fonts')); // out/main -> repo
  // resourcesPath exists only under Electron and this file must not import 'electron' for its types.
  const resourcesPath = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) {
    list.push(join(resourcesPath, 'fonts'));
    list.push(join(resourcesPath, 'resources', 'fonts'));
  }
  return list;
}

let cachedDir: string | undefined;
let configured = false;
const bytesByFile = new Map<string, Buffer>();

/** pdfmake's in-memory file system; its typings list it for browsers only, Node has it too. */
interface VirtualFiles {
  writeFileSync(name: string, content: Buffer): void;
}

/** Absolute path of the fonts folder; throws naming every place it looked. */
export function fontsDir(): string {
  if (cachedDir) return cachedDir;
  const tried = candidateDirs();
  // The regular cut stands for the set: a folder without it is the wrong folder.
  const found = tried.find((dir) => existsSync(join(dir, FONT_FILES[FONT_FAMILY_SANS].normal)));
  if (!found) throw new Error(`PDF fonts not found; looked in: ${tried.join(', ')}`);
  cachedDir = found;
  return found;
}

/** Forget the located folder and the setup, for tests that change PELITA_RESOURCES_DIR. */
export function resetPdfSetup(): void {
  cachedDir = undefined;
  configured = false;
  bytesByFile.clear();
}

/**
 * The bytes of a font file in resources/fonts, read once: pdfmake and the certificate's own
 * measuring get the very same Buffer, so fontkit parses each file once (font-cache.ts).
 */
export function fontBytes(file: string): Buffer {
  let bytes = bytesByFile.get(file);
  if (!bytes) {
    bytes = readFileSync(join(fontsDir(), file));
    bytesByFile.set(file, bytes);
  }
  return bytes;
}

/** True when `path` is `dir` itself or inside it (after resolving `..`). */
export function isInside(dir: string, path: string): boolean {
  const rel = relative(resolve(dir), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

type LocalAllow = (absPath: string) => boolean;
let extraLocalAllow: LocalAllow | undefined;

/**
 * Let documents read more local files than the fonts, e.g. photos or logos under the data dir:
 * `allowLocalFiles((p) => isInside(dataDir, p))`. Pass undefined to go back to fonts only.
 */
export function allowLocalFiles(allow: LocalAllow | undefined): void {
  extraLocalAllow = allow;
}

/** The pdfmake singleton with fonts and policies set; safe to call before every render. */
export function getPdfmake(): typeof pdfmake {
  if (configured) return pdfmake;
  const dir = fontsDir();
  const virtualFiles = (pdfmake as unknown as { virtualfs: VirtualFiles }).virtualfs;
  for (const file of new Set(Object.values(FONT_FILES).flatMap((cuts) => Object.values(cuts)))) {
    virtualFiles.writeFileSync(file, fontBytes(file));
    openFont(fontBytes(file));
  }
  teachStyleLookup();
  pdfmake.setFonts(FONT_FILES);
  // Documents are built from our own data; nothing in them should ever reach the network.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => {
    const abs = resolve(path);
    return isInside(dir, abs) || (extraLocalAllow?.(abs) ?? false);
  });
  configured = true;
  return pdfmake;
}
