/** What a printed PDF holds, page by page: its text, its orientation and its smallest type, from PDF.js (unpdf). */
import { extractTextItems, getDocumentProxy } from 'unpdf';

export interface PdfPage { text: string; landscape: boolean; minFontSize: number; maxFontSize: number }

export async function pdfPages(pdf: Buffer | Uint8Array): Promise<PdfPage[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { items } = await extractTextItems(doc);
  const out: PdfPage[] = [];
  for (let i = 0; i < doc.numPages; i++) {
    const [x0, y0, x1, y1] = (await doc.getPage(i + 1)).view as [number, number, number, number];
    const words = (items[i] ?? []).filter((it) => it.str.trim());
    const sizes = words.map((it) => it.fontSize);
    out.push({
      text: words.map((it) => it.str).join(' ').replace(/\s+/g, ' '),
      landscape: x1 - x0 > y1 - y0,
      minFontSize: Math.min(...sizes),
      maxFontSize: Math.max(...sizes),
    });
  }
  return out;
}
