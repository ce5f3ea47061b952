/**
 * Draws what markdown.ts read as React elements: text is always a text node, never HTML, so a page
 * cannot inject markup or script into the pane. Tables scroll sideways inside the 320 px pane.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { createElement, useMemo, type ReactNode } from 'react';
import { parseMarkdown, type Block, type Inline } from '../markdown';

const useStyles = makeStyles({
  root: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, wordBreak: 'break-word' },
  heading: { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  paragraph: { margin: `${tokens.spacingVerticalXS} 0` },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalXL },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    borderRadius: tokens.borderRadiusSmall,
  },
  pre: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
    overflowX: 'auto',
    whiteSpace: 'pre',
  },
  scroll: { overflowX: 'auto', maxWidth: '100%', margin: `${tokens.spacingVerticalXS} 0` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  // Words stay whole in a cell (the table scrolls sideways instead): "No" must not become "N / o".
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    verticalAlign: 'top',
    wordBreak: 'normal',
    overflowWrap: 'normal',
  },
  th: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
});

type Styles = ReturnType<typeof useStyles>;

function inlines(xs: Inline[], styles: Styles): ReactNode[] {
  return xs.map((x, i) => {
    switch (x.t) {
      case 'text':
        return x.text;
      case 'code':
        return (
          <code key={i} className={styles.code}>
            {x.text}
          </code>
        );
      case 'strong':
        return <strong key={i}>{inlines(x.children, styles)}</strong>;
      case 'em':
        return <em key={i}>{inlines(x.children, styles)}</em>;
    }
  });
}

function block(b: Block, key: number, styles: Styles): ReactNode {
  switch (b.t) {
    case 'heading':
      // Inside a dialog whose title is the h2: the page's own levels, never above h3.
      return createElement(`h${Math.min(6, Math.max(3, b.level))}`, { key, className: styles.heading }, ...inlines(b.children, styles));
    case 'paragraph':
      return (
        <p key={key} className={styles.paragraph}>
          {inlines(b.children, styles)}
        </p>
      );
    case 'list': {
      const items = b.items.map((item, i) => <li key={i}>{inlines(item, styles)}</li>);
      return b.ordered ? (
        <ol key={key} className={styles.list}>
          {items}
        </ol>
      ) : (
        <ul key={key} className={styles.list}>
          {items}
        </ul>
      );
    }
    case 'table':
      return (
        <div key={key} className={styles.scroll}>
          <table className={styles.table}>
            <thead>
              <tr>
                {b.head.map((c, i) => (
                  <th key={i} scope="col" className={mergeClasses(styles.cell, styles.th)} style={{ textAlign: b.align[i] ?? 'left' }}>
                    {inlines(c, styles)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {b.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((c, i) => (
                    <td key={i} className={styles.cell} style={{ textAlign: b.align[i] ?? 'left' }}>
                      {inlines(c, styles)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'code':
      return (
        <pre key={key} className={styles.pre}>
          <code>{b.text}</code>
        </pre>
      );
  }
}

export function Markdown(props: { source: string }) {
  const styles = useStyles();
  const blocks = useMemo(() => parseMarkdown(props.source), [props.source]);
  return <div className={styles.root}>{blocks.map((b, i) => block(b, i, styles))}</div>;
}
