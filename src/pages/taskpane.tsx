/// <reference types="office-js" />
/**
 * The Office task pane page: once Office is ready, the pane over Excel's own
 * `Excel` and `Office` (DESIGN §7). Opened in a plain browser, `Office.onReady`
 * resolves with `host: null` (DESIGN §7) — or Office.js did not load at all —
 * and the page says where to try the add-in instead: demo.html.
 */
import { FluentProvider, Link, Text, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createExcelChecker } from '../excel';
import { renderTaskpane } from '../taskpane';
import { paneTheme } from '../taskpane/App.styles';

const useNoteStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
    maxWidth: '40rem',
  },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  text: { ...typographyStyles.body1, margin: 0 },
});

/** Shown when the page is not running inside Excel: one paragraph per language, each marked with its lang. */
function OutsideExcelNote({ otherHost }: { otherHost?: string }) {
  const styles = useNoteStyles();
  return (
    <FluentProvider theme={paneTheme}>
      <main className={styles.root}>
        <section lang="th">
          <h1 className={styles.heading}>ตรวจรายงานความก้าวหน้าโครงการ</h1>
          <Text as="p" className={styles.text}>
            {otherHost ? `หน้านี้ใช้งานได้ใน Excel เท่านั้น (ตอนนี้เปิดอยู่ใน ${otherHost}) ` : 'หน้านี้เป็นแผงงานของส่วนเสริม Excel และต้องเปิดจากใน Excel '}
            หากต้องการทดลองโดยไม่ใช้ Excel ให้เปิด <Link href="demo.html">หน้าสาธิต</Link>
          </Text>
        </section>
        <section lang="en">
          <h1 className={styles.heading}>Project Report Checker</h1>
          <Text as="p" className={styles.text}>
            {otherHost ? `This page works in Excel only (it is open in ${otherHost}). ` : 'This is the task pane of an Excel add-in; open it from Excel. '}
            To try the add-in without Excel, open the <Link href="demo.html">demo</Link>.
          </Text>
        </section>
      </main>
    </FluentProvider>
  );
}

async function start(element: HTMLElement): Promise<void> {
  const officeLoaded = typeof Office !== 'undefined' && typeof Office.onReady === 'function';
  const info = officeLoaded ? await Office.onReady() : { host: null };
  if (officeLoaded && info.host === Office.HostType.Excel) {
    renderTaskpane(element, createExcelChecker({ Excel, Office }));
    return;
  }
  createRoot(element).render(<OutsideExcelNote otherHost={info.host ? String(info.host) : undefined} />);
}

const root = document.getElementById('root');
if (root) void start(root);
