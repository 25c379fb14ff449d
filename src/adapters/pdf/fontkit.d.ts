// fontkit ships no types; motcua uses only create(), to parse a font once per process and hand it to pdfkit.
declare module 'fontkit' {
  export interface Font {
    layout(text: string, features?: unknown): unknown;
    readonly postscriptName: string;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
