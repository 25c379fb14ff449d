/**
 * Fonts for every PDF motcua prints. Only full TrueType files with every Vietnamese glyph (Noto Serif and Noto
 * Sans); never WOFF2 or a subset, which pdfkit draws as blank text without an error. Official documents are set
 * in a serif (ND 30/2020); sans is for compact labels. pdfkit embeds only the glyphs a document uses.
 * Parsed fonts are reused across documents (parsing costs ~40 ms a font; pdfkit accepts an already-parsed font).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);

const fontFiles = {
  serif: '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf',
  'serif-italic': '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  'serif-bold': '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf',
  'serif-bold-italic': '@expo-google-fonts/noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
  sans: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  'sans-bold': '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
} as const;

export type FontName = keyof typeof fontFiles;
export const fontNames = Object.keys(fontFiles) as FontName[];

const cache = new Map<FontName, Buffer>();

/** The path of a font file, resolved from node_modules. */
export function fontPath(name: FontName): string {
  return require.resolve(fontFiles[name]);
}

/** The bytes of a font file, read once per process. */
export function fontData(name: FontName): Buffer {
  let data = cache.get(name);
  if (!data) {
    data = fs.readFileSync(fontPath(name));
    cache.set(name, data);
  }
  return data;
}

/**
 * Parsed fonts are pooled: a document checks one out per font and gives it back when it has ended. A font is never
 * shared by two documents at once, and its glyph cache is emptied before reuse: fontkit caches each glyph with the
 * characters it was first asked for, and pdfkit's subsetting at the end of a document asks for component glyphs
 * without characters; reused as is, the next document's text would lose letters such as "ư" when copied or
 * searched (the print looks right, the text layer does not).
 */
const pools = new Map<FontName, fontkit.Font[]>();
const POOL_SIZE = 4;

function checkout(name: FontName): fontkit.Font {
  return pools.get(name)?.pop() ?? fontkit.create(fontData(name));
}

function giveBack(name: FontName, font: fontkit.Font) {
  (font as unknown as { _glyphs: Record<number, unknown> })._glyphs = {};
  const pool = pools.get(name) ?? [];
  if (pool.length < POOL_SIZE) pool.push(font);
  pools.set(name, pool);
}

/**
 * Registers every font under its name, so drawing code says doc.font('serif-bold'). The fonts go back to the pool
 * when the document ends (createPdf wires this).
 */
export function registerFonts(doc: PDFKit.PDFDocument): () => void {
  const taken = fontNames.map((name) => [name, checkout(name)] as const);
  // pdfkit's types list only paths and bytes, but it takes any parsed font (an object with layout()).
  for (const [name, font] of taken) doc.registerFont(name, font as unknown as Buffer);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    for (const [name, font] of taken) giveBack(name, font);
  };
}
