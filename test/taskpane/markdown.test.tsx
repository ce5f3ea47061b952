/**
 * @jest-environment jsdom
 *
 * The pane's Markdown reader on a page shaped like docs/rules/*.md: headings, paragraphs, lists,
 * a table with its column alignment, inline code, bold; markup in the text stays text.
 */
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Markdown } from '../../src/taskpane/components/Markdown';
import { inlineText, parseInline, parseMarkdown, splitRow } from '../../src/taskpane/markdown';
import { ruleDocSection } from '../../src/taskpane/ruleDoc';

const SAMPLE = `# sum.total-row

- **Judul:** Baris Jumlah tidak sama dengan penjumlahan di atasnya

## Bahasa Indonesia

### Yang diperiksa
Setiap sel baris **Jumlah** harus sama dengan penjumlahan
baris di atasnya (lihat \`ratio.total\`).

### Contoh

| | A | B | C |
|---|---|---|---:|
| **1** | **No** | **Program** | **Anggaran (Rp)** |
| **2** | 1 | Program Penempatan Tenaga Kerja | 312.500.000 |
| **3** | | **Jumlah** | \`=SUM(C2:C2)\` |

**Temuan** di C3 (galat): Jumlah: 1 baris di atasnya berjumlah 312.500.000, tertulis 321.500.000.

### Cara membetulkan
1. Pilih C3.
2. Ketik \`=SUM(C2)\`.

\`\`\`
=SUM(C2:C2)
\`\`\`

### Yang tidak dilaporkan
- Kolom rasio: <img src=x onerror="alert(1)"> dan <script>alert(1)</script> tetap teks.
- Tanda \\* dan Ctrl+\\\` ditulis apa adanya.

## English

### What it checks
Every cell of a total row.
`;

function renderMd(source: string) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <Markdown source={source} />
    </FluentProvider>,
  );
}

describe('the Markdown reader', () => {
  test('reads blocks: headings, paragraphs joined across lines, lists, a table, fenced code', () => {
    const blocks = parseMarkdown(ruleDocSection(SAMPLE, 'id'));
    expect(blocks.map((b) => b.t)).toEqual(['heading', 'paragraph', 'heading', 'table', 'paragraph', 'heading', 'list', 'code', 'heading', 'list']);
    const para = blocks[1];
    expect(para.t === 'paragraph' && inlineText(para.children)).toBe(
      'Setiap sel baris Jumlah harus sama dengan penjumlahan baris di atasnya (lihat ratio.total).',
    );
    const table = blocks[3];
    expect(table.t === 'table' && table.align).toEqual([null, null, null, 'right']);
    expect(table.t === 'table' && table.rows.map((r) => r.map(inlineText))).toEqual([
      ['1', 'No', 'Program', 'Anggaran (Rp)'],
      ['2', '1', 'Program Penempatan Tenaga Kerja', '312.500.000'],
      ['3', '', 'Jumlah', '=SUM(C2:C2)'],
    ]);
    const list = blocks[6];
    expect(list.t === 'list' && list.ordered).toBe(true);
  });

  test('reads inline code first, then bold; escapes and unknown markup stay text', () => {
    expect(parseInline('a **b `c**d` e** f')).toEqual([
      { t: 'text', text: 'a ' },
      {
        t: 'strong',
        children: [
          { t: 'text', text: 'b ' },
          { t: 'code', text: 'c**d' },
          { t: 'text', text: ' e' },
        ],
      },
      { t: 'text', text: ' f' },
    ]);
    expect(inlineText(parseInline('Ctrl+\\` and 2 \\* 3'))).toBe('Ctrl+` and 2 * 3');
    expect(inlineText(parseInline('see [sum.period](sum.period.md)'))).toBe('see sum.period');
    expect(splitRow('| a | `x|y` | b \\| c |')).toEqual(['a', '`x|y`', 'b | c']);
  });

  test('draws the section as elements: headings, a table with header cells and alignment, code, bold', () => {
    const { container } = renderMd(ruleDocSection(SAMPLE, 'id'));
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Yang diperiksa',
      'Contoh',
      'Cara membetulkan',
      'Yang tidak dilaporkan',
    ]);
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['', 'A', 'B', 'C']);
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    const cells = within(rows[2]).getAllByRole('cell');
    expect(cells[3]).toHaveTextContent('312.500.000');
    expect(cells[3]).toHaveStyle({ textAlign: 'right' });
    expect(within(rows[3]).getAllByRole('cell')[3].querySelector('code')).toHaveTextContent('=SUM(C2:C2)');
    expect(screen.getByText('Jumlah', { selector: 'p strong' })).toBeInTheDocument();
    expect(container.querySelector('p code')).toHaveTextContent('ratio.total');
    expect(container.querySelector('pre code')).toHaveTextContent('=SUM(C2:C2)');
    expect(container.querySelectorAll('ol > li')).toHaveLength(2);
  });

  test('never draws markup from the page: tags are text', () => {
    const { container } = renderMd(ruleDocSection(SAMPLE, 'id'));
    expect(container.querySelector('img, script')).toBeNull();
    expect(container).toHaveTextContent('<img src=x onerror="alert(1)"> dan <script>alert(1)</script> tetap teks.');
    expect(container).toHaveTextContent('Tanda * dan Ctrl+` ditulis apa adanya.');
  });

  test('the English section is the English half only', () => {
    renderMd(ruleDocSection(SAMPLE, 'en'));
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual(['What it checks']);
    expect(screen.queryByText(/Yang diperiksa/)).toBeNull();
  });

  test('a real page renders whole in each language', () => {
    const md = readFileSync(path.join(__dirname, '..', '..', 'docs', 'rules', 'ratio.total.md'), 'utf8');
    const { unmount } = renderMd(ruleDocSection(md, 'id'));
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Yang diperiksa',
      'Mengapa penting',
      'Contoh',
      'Cara membetulkan',
      'Yang tidak dilaporkan',
    ]);
    expect(screen.getByRole('table')).toHaveTextContent('2.130.810.500');
    unmount();
    renderMd(ruleDocSection(md, 'en'));
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'What it checks',
      'Why it matters',
      'Example',
      'How to fix',
      'What it does not report',
    ]);
  });
});
