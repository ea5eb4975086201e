import type { FontName } from './fonts.js';

export const COLOR = {
  text: '#1b1b1b',
  muted: '#5c6670',
  accent: '#1d3b5c',
  rule: '#c9d1da',
  line: '#6b7580',
  panel: '#eef2f6',
} as const;

export const SIZE = { small: 9, body: 10.5, heading: 12, title: 18 } as const;

const LINE_GAP = 2.2;

export interface Fact {
  label: string;
  value: string;
  strong?: boolean;
}

/** A letter's building blocks on top of pdfkit: it wraps text itself, this adds page breaks that keep blocks whole. */
export class LetterWriter {
  readonly doc: PDFKit.PDFDocument;
  private color: string = COLOR.text;

  constructor(doc: PDFKit.PDFDocument) {
    this.doc = doc;
    // pdfkit carries the font over to a new page but not the fill colour: text flowing on would turn black.
    doc.on('pageAdded', () => doc.fillColor(this.color));
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    const page = this.doc.page;
    return page.width - page.margins.left - page.margins.right;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  style(font: FontName, size: number, color: string): this {
    this.color = color;
    this.doc.font(font).fontSize(size).fillColor(color);
    return this;
  }

  /** Starts a new page unless `height` fits on this one. */
  keep(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  space(points: number): void {
    this.doc.y += points;
  }

  /** Writes wrapped text at the left margin (or `indent` in from it) and moves below it. */
  text(value: string, indent = 0): void {
    this.doc.text(value, this.left + indent, this.doc.y, { width: this.width - indent, lineGap: LINE_GAP });
  }

  private height(value: string, width: number): number {
    return this.doc.heightOfString(value, { width, lineGap: LINE_GAP });
  }

  private lineHeight(): number {
    return this.doc.currentLineHeight(true) + LINE_GAP;
  }

  title(title: string, subtitle: string): void {
    this.style('semibold', SIZE.title, COLOR.accent).text(title);
    this.space(2);
    this.style('regular', SIZE.body, COLOR.muted).text(subtitle);
    this.space(14);
  }

  /** A section heading, never left alone at the foot of a page. */
  heading(value: string): void {
    this.style('regular', SIZE.body, COLOR.text);
    const following = 3 * this.lineHeight();
    this.style('semibold', SIZE.heading, COLOR.accent);
    this.keep(14 + this.height(value, this.width) + following);
    this.space(14);
    this.text(value);
    this.space(3);
  }

  /** `keepLines`: how many lines must fit below for the paragraph to start here (more to keep a label with its text). */
  paragraph(
    value: string,
    options: { font?: FontName; color?: string; size?: number; after?: number; keepLines?: number } = {},
  ): void {
    this.style(options.font ?? 'regular', options.size ?? SIZE.body, options.color ?? COLOR.text);
    this.keep((options.keepLines ?? 2) * this.lineHeight());
    this.text(value);
    this.space(options.after ?? 6);
  }

  /** Label and value in two columns, with hairlines between rows. */
  facts(rows: readonly Fact[], labelWidth = 160): void {
    const valueWidth = this.width - labelWidth;
    const pad = 4;
    this.rule();
    for (const row of rows) {
      const valueFont = row.strong ? 'semibold' : 'regular';
      this.style(valueFont, SIZE.body, COLOR.text);
      const valueHeight = this.height(row.value, valueWidth);
      this.style('regular', SIZE.body, COLOR.muted);
      const height = Math.max(this.height(row.label, labelWidth - 12), valueHeight) + 2 * pad;
      this.keep(height);
      const top = this.doc.y;
      this.doc.text(row.label, this.left, top + pad, { width: labelWidth - 12, lineGap: LINE_GAP });
      this.style(valueFont, SIZE.body, COLOR.text);
      this.doc.text(row.value, this.left + labelWidth, top + pad, { width: valueWidth, lineGap: LINE_GAP });
      this.doc.y = top + height;
      this.rule();
    }
    this.space(10);
  }

  numbered(items: readonly string[]): void {
    const indent = 18;
    this.style('regular', SIZE.body, COLOR.text);
    items.forEach((item, i) => {
      this.keep(2 * this.lineHeight());
      const top = this.doc.y;
      this.doc.text(`${i + 1}.`, this.left, top, { width: indent, lineGap: LINE_GAP });
      this.doc.y = top;
      this.text(item, indent);
      this.space(4);
    });
    this.space(2);
  }

  /** A shaded box with an accent bar, for what the reader must act on. */
  panel(value: string): void {
    const pad = 10;
    const bar = 3;
    const inner = this.width - 2 * pad - bar;
    this.style('semibold', SIZE.body, COLOR.text);
    const height = this.height(value, inner) + 2 * pad;
    this.keep(height);
    const top = this.doc.y;
    this.doc.rect(this.left, top, this.width, height).fill(COLOR.panel);
    this.doc.rect(this.left, top, bar, height).fill(COLOR.accent);
    this.style('semibold', SIZE.body, COLOR.text);
    this.doc.text(value, this.left + bar + pad, top + pad, { width: inner, lineGap: LINE_GAP });
    this.doc.y = top + height;
    this.space(10);
  }

  /** Rows of blank fields to fill in by hand: a small label over a writing line. */
  fields(rows: readonly (readonly string[])[]): void {
    const gap = 24;
    const rowHeight = 50;
    for (const labels of rows) {
      this.keep(rowHeight);
      const top = this.doc.y;
      const columnWidth = (this.width - gap * (labels.length - 1)) / labels.length;
      labels.forEach((label, i) => {
        const x = this.left + i * (columnWidth + gap);
        this.style('regular', SIZE.small, COLOR.muted);
        this.doc.text(label, x, top, { width: columnWidth, lineBreak: false });
        this.doc
          .moveTo(x, top + 38)
          .lineTo(x + columnWidth, top + 38)
          .lineWidth(0.75)
          .strokeColor(COLOR.line)
          .stroke();
      });
      this.doc.y = top + rowHeight;
    }
  }

  rule(color: string = COLOR.rule, weight = 0.5): void {
    const y = this.doc.y;
    this.doc
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(weight)
      .strokeColor(color)
      .stroke();
  }

  /**
   * Once all pages exist: a footer on every page and, from page two on, a running header with the reference.
   * The bottom margin is lifted while writing so text inside it does not start a new page.
   */
  furnish(footer: string, pageLabel: (n: number, of: number) => string, runningHeader: string): void {
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      const page = this.doc.page;
      const margin = page.margins.bottom;
      page.margins.bottom = 0;
      const y = page.height - margin + 26;
      this.doc.y = y - 8;
      this.rule();
      this.style('regular', SIZE.small, COLOR.muted);
      this.doc.text(footer, this.left, y, { width: this.width * 0.75, lineBreak: false });
      this.doc.text(pageLabel(i - start + 1, count), this.left, y, {
        width: this.width,
        align: 'right',
        lineBreak: false,
      });
      if (i > start) {
        this.doc.text(runningHeader, this.left, page.margins.top - 28, {
          width: this.width,
          align: 'right',
          lineBreak: false,
        });
      }
      page.margins.bottom = margin;
    }
  }
}
