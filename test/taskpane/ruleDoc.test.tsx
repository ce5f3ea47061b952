/**
 * @jest-environment jsdom
 *
 * A finding's "Penjelasan aturan" / "About this rule" link: it fetches docs/rules/<id>.md relative
 * to the page (only when clicked, once per session), shows the section of the pane's language in a
 * dialog, and says so in that language when the page cannot be fetched. In the file mode's list
 * (FindingsPanel alone) and in the Excel pane (the whole App over a fake host).
 */
import '@testing-library/jest-dom';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../../src/engine/settings';
import type { Finding, SheetGrid } from '../../src/engine/types';
import { FindingsPanel } from '../../src/taskpane/components/FindingsPanel';
import { CATALOG as STRINGS } from '../../src/present/catalog';
import { clearRuleDocCache, loadRuleDoc } from '../../src/taskpane/ruleDoc';
import { SettingsProvider } from '../../src/taskpane/SettingsContext';
import { memorySettingsStore } from '../../src/taskpane/settingsStore';
import { fakeAnalyser, finding, table } from './fakeAnalysis';
import { accessibleDialog, FakeHost, fixtureGrids, renderApp } from './support';

const DOCS = path.join(__dirname, '..', '..', 'docs', 'rules');
const page = (id: string) => readFileSync(path.join(DOCS, `${id}.md`), 'utf8');

type FetchMock = jest.Mock<Promise<{ ok: boolean; status: number; text: () => Promise<string> }>, [string]>;

/** A fetch that serves docs/rules/ as the built site does (404 for anything else). */
function serveDocs(): FetchMock {
  return jest.fn(async (url: string) => {
    const m = /^docs\/rules\/([a-z.-]+)\.md$/.exec(url);
    let body: string | null = null;
    try {
      body = m ? page(m[1]) : null;
    } catch {
      body = null;
    }
    return { ok: body !== null, status: body === null ? 404 : 200, text: async () => body ?? 'not found' };
  });
}

let fetchMock: FetchMock;

beforeEach(() => {
  clearRuleDocCache();
  fetchMock = serveDocs();
  (globalThis as { fetch?: unknown }).fetch = fetchMock;
});

afterEach(() => {
  delete (globalThis as { fetch?: unknown }).fetch;
});

const SHEET = 'Tabel 2.9';
const FINDINGS: Finding[] = [
  finding(SHEET, 'C5', { rule: 'sum.total-row', expected: 2248640000, actual: 2284640000 }),
  finding(SHEET, 'E5', { rule: 'ratio.total', expected: 94.76, actual: 284.25 }),
  finding(SHEET, 'Z9', { rule: 'an.unknown-rule', severity: 'warning' }),
];

function renderPanel(lang: Lang, findings: Finding[] = FINDINGS) {
  return render(
    <SettingsProvider store={memorySettingsStore({ lang })}>
      <FluentProvider theme={webLightTheme}>
        <FindingsPanel findings={findings} />
      </FluentProvider>
    </SettingsProvider>,
  );
}

/** The link under the finding at `cell` (once the pane is accessible again after a dialog closed). */
async function linkAt(cell: string, lang: Lang = 'id'): Promise<HTMLElement> {
  const links = await screen.findAllByRole('button', { name: STRINGS[lang].ruleDocOpen });
  const link = links.find((l) => l.closest('li')?.textContent?.includes(cell));
  if (!link) throw new Error(`no rule link under ${cell}`);
  return link;
}

/** The dialog, accessible, once its content has arrived. */
async function openedDialog(until: string): Promise<HTMLElement> {
  return accessibleDialog((dialog) => within(dialog).getByText(until));
}

describe('the rule link in the findings list', () => {
  test('nothing is fetched until a link is clicked; each finding with a page has one, named after its rule', () => {
    renderPanel('id');
    expect(fetchMock).not.toHaveBeenCalled();
    const links = screen.getAllByRole('button', { name: 'Penjelasan aturan' });
    expect(links).toHaveLength(2); // an id without a page gets no link
    expect(links.map((l) => l.getAttribute('aria-describedby')).map((id) => document.getElementById(id!)?.textContent)).toEqual([
      'ratio.total',
      'sum.total-row',
    ]); // groups: largest first, then by rule
  });

  test('clicking it fetches docs/rules/<id>.md and shows the Indonesian section in a dialog', async () => {
    renderPanel('id');
    fireEvent.click(await linkAt('C5'));
    const dialog = await openedDialog('Yang diperiksa');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledWith('docs/rules/sum.total-row.md');
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('Baris Jumlah tidak sama dengan penjumlahan di atasnya');
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('sum.total-row');
    expect(
      within(dialog)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Yang diperiksa', 'Mengapa penting', 'Contoh', 'Cara membetulkan', 'Yang tidak dilaporkan']);
    expect(within(dialog).getByRole('table')).toHaveTextContent('2.284.640.000');
    expect(within(dialog).queryByText('What it checks')).toBeNull();

    // Closed (Escape) and opened again: the page is not fetched twice.
    fireEvent.keyDown(within(dialog).getByRole('button', { name: 'Tutup', hidden: true }), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument());
    fireEvent.click(await linkAt('C5'));
    await openedDialog('Yang diperiksa');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  test('in English: "About this rule" opens the English section', async () => {
    renderPanel('en');
    fireEvent.click(await linkAt('E5', 'en'));
    const dialog = await openedDialog('What it checks');
    expect(fetchMock).toHaveBeenCalledWith('docs/rules/ratio.total.md');
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('Ratio in the total row is wrong');
    expect(
      within(dialog)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['What it checks', 'Why it matters', 'Example', 'How to fix', 'What it does not report']);
    expect(dialog).toHaveTextContent("the total row's ratio should be 2,130,810,500 / 2,248,640,000 × 100 = 94.76");
    expect(within(dialog).queryByText('Yang diperiksa')).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeInTheDocument();
  });

  test.each([
    ['offline (fetch rejects, as from file://)', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['a server without the page (404)', () => Promise.resolve({ ok: false, status: 404, text: async () => 'not found' })],
  ])('%s: the dialog says so in the pane language, and a later click tries again', async (_name, fail) => {
    fetchMock.mockImplementationOnce(fail as () => ReturnType<FetchMock>);
    renderPanel('id');
    fireEvent.click(await linkAt('C5'));
    const dialog = await openedDialog(STRINGS.id.ruleDocFailed);
    expect(within(dialog).getByRole('alert')).toHaveTextContent(STRINGS.id.ruleDocFailed);
    expect(within(dialog).queryByRole('table')).toBeNull();
    // The pane is intact, and a failure is not remembered.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tutup', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: /Baris Jumlah tidak sama/ })).toBeInTheDocument();
    fireEvent.click(await linkAt('C5'));
    await openedDialog('Yang diperiksa');
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  test('the failure message in English', async () => {
    fetchMock.mockImplementationOnce(() => Promise.reject(new TypeError('Failed to fetch')));
    renderPanel('en');
    fireEvent.click(await linkAt('C5', 'en'));
    await openedDialog(STRINGS.en.ruleDocFailed);
  });

  test('without fetch at all (a very old browser) the dialog still answers', async () => {
    delete (globalThis as { fetch?: unknown }).fetch;
    renderPanel('id');
    fireEvent.click(await linkAt('C5'));
    await openedDialog(STRINGS.id.ruleDocFailed);
  });
});

test('loadRuleDoc refuses an id that is not a rule, without a request', async () => {
  await expect(loadRuleDoc('../../secret', fetchMock)).rejects.toThrow(/unknown rule/);
  await expect(loadRuleDoc('sum.total-row/../x', fetchMock)).rejects.toThrow(/unknown rule/);
  expect(fetchMock).not.toHaveBeenCalled();
});

describe('in the Excel pane', () => {
  let grids: SheetGrid[];
  beforeAll(async () => {
    grids = await fixtureGrids('published/002_tabel_2_6.xlsx');
  });

  test('a finding in the Temuan tab opens its rule page; its own button still selects the cell', async () => {
    const analyse = fakeAnalyser((sheet) => ({ tables: [table(sheet)], findings: [finding(sheet, 'F10', { rule: 'sum.row-total' })], fill: [] }));
    const host = new FakeHost(grids);
    renderApp(host, { analyse });
    fireEvent.click(screen.getByRole('button', { name: 'Periksa' }));
    while ((screen.getByRole('status').textContent ?? '') === '') await act(() => new Promise<void>((r) => setTimeout(r, 10)));
    fireEvent.click(screen.getByRole('tab', { name: /^Temuan/ }));
    expect(fetchMock).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Penjelasan aturan' }));
    const dialog = await openedDialog('Yang diperiksa');
    expect(fetchMock).toHaveBeenCalledWith('docs/rules/sum.row-total.md');
    expect(dialog).toHaveTextContent("'Meja Kerja': 20 + 0 + 2 = 22, tetapi tertulis 23 (C4+D4+E4)");
    // (Tabster may hide the surface again a moment after it was found accessible, under load: the button is still the
    // dialog's own close button, which is what this test presses — its accessibility is the other tests' subject.)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tutup', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument());
    // Opening the page selected nothing; the finding itself still does.
    expect(host.of('select')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: /^F10/ }));
    await waitFor(() => expect(host.of('select')).toEqual([{ op: 'select', sheet: grids[0].name, cell: 'F10' }]));
  });
});
