/**
 * Where files come in: a real, labelled <input type=file> (keyboard: Tab, then Enter or Space)
 * styled as a button, inside an area that also accepts dropped files.
 */
import { useState, type DragEvent } from 'react';
import { makeStyles, mergeClasses, Text, tokens, useId } from '@fluentui/react-components';
import type { FileStrings } from '../../present/catalog';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalXL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    position: 'relative',
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  // Visually hidden but focusable, so the native control keeps its keyboard behaviour and name.
  input: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    opacity: 0,
    overflow: 'hidden',
    '&:focus-visible + label': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
    },
  },
  button: {
    cursor: 'pointer',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightSemibold,
    ':hover': { backgroundColor: tokens.colorBrandBackgroundHover },
  },
});

export const ACCEPT = '.xlsx,.xlsm,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function DropZone({ onFiles, t }: { onFiles: (files: File[]) => void; t: FileStrings }) {
  const styles = useStyles();
  const inputId = useId('cermat-files');
  const [over, setOver] = useState(false);

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const list = Array.from(e.dataTransfer.files);
    if (list.length) onFiles(list);
  };

  return (
    <div
      role="region"
      aria-label={t.dropZone}
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(e) => {
        e.preventDefault(); // without this the browser opens the dropped file itself
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <input
        id={inputId}
        type="file"
        multiple
        accept={ACCEPT}
        className={styles.input}
        onChange={(e) => {
          const list = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = ''; // picking the same file again must fire change again
          if (list.length) onFiles(list);
        }}
      />
      <label htmlFor={inputId} className={styles.button}>
        {t.pick}
      </label>
      <Text>{t.drop}</Text>
    </div>
  );
}
