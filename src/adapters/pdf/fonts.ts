/**
 * Fonts for every PDF motcua prints. Only full TrueType files with every Vietnamese glyph (Noto Serif and Noto
 * Sans); never WOFF2 or a subset, which pdfkit draws as blank text without an error. Official documents are set
 * in a serif (ND 30/2020); sans is for compact labels. pdfkit embeds only the glyphs a document uses.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';

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

/** Registers every font under its name, so drawing code says doc.font('serif-bold'). */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const name of fontNames) doc.registerFont(name, fontData(name));
}
