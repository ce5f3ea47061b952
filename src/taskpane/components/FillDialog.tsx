/**
 * Consent before replacing cells that already hold something: each such cell with its old and
 * new value, a checkbox per cell, and "replace all" / "skip all". Nothing is pre-ticked.
 */
import { Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formatValue } from '../../engine/format';
import type { FillItem, Scalar } from '../../engine/types';
import type { Lang } from '../../engine/settings';
import { fillKey } from '../fillPlan';
import { useSettings, useT } from '../SettingsContext';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(560px, calc(100vw - 16px))', padding: tokens.spacingHorizontalM },
  scroll: { maxHeight: '50vh', overflowY: 'auto' },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  th: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: tokens.spacingHorizontalXXS },
  td: { padding: tokens.spacingHorizontalXXS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, wordBreak: 'break-word' },
  bulk: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  actions: { flexWrap: 'wrap' },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export function formatScalar(v: Scalar, lang: Lang): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return formatValue(v, lang);
}

export function FillDialog(props: { items: FillItem[]; directCount: number; onConfirm: (consented: Set<string>) => void; onCancel: () => void }) {
  const t = useT();
  const { lang } = useSettings().settings;
  const styles = useStyles();
  const [consent, setConsent] = useState<Set<string>>(() => new Set());
  const showSheet = new Set(props.items.map((i) => i.sheet)).size > 1;

  const toggle = (key: string, on: boolean) =>
    setConsent((prev) => {
      const next = new Set(prev);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t.fillDialogTitle}</DialogTitle>
          <DialogContent>
            <p>{t.fillDialogIntro(props.directCount)}</p>
            <div className={styles.bulk}>
              <Button size="small" onClick={() => setConsent(new Set(props.items.map(fillKey)))}>
                {t.replaceAll}
              </Button>
              <Button size="small" onClick={() => setConsent(new Set())}>
                {t.skipAll}
              </Button>
            </div>
            <div className={styles.scroll}>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th className={styles.th}>
                      <span className={styles.srOnly}>{t.fillReplace}</span>
                    </th>
                    <th className={styles.th}>{t.fillCell}</th>
                    <th className={styles.th}>{t.fillOld}</th>
                    <th className={styles.th}>{t.fillNew}</th>
                  </tr>
                </thead>
                <tbody>
                  {props.items.map((item) => {
                    const key = fillKey(item);
                    const where = showSheet ? key : item.cell;
                    const oldV = formatScalar(item.current, lang);
                    const newV = formatValue(item.value, lang);
                    return (
                      <tr key={key}>
                        <td className={styles.td}>
                          <Checkbox
                            checked={consent.has(key)}
                            aria-label={t.fillCellLabel(where, oldV, newV)}
                            onChange={(_, d) => toggle(key, d.checked === true)}
                          />
                        </td>
                        <td className={styles.td}>{where}</td>
                        <td className={styles.td}>{oldV}</td>
                        <td className={styles.td} title={item.formula}>
                          {newV}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button appearance="primary" onClick={() => props.onConfirm(consent)}>
              {t.fillConfirm}
            </Button>
            <Button onClick={props.onCancel}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
