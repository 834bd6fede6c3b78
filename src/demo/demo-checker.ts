/**
 * The demo's Checker: the add-in's own `createExcelChecker` over the simulated
 * host (DESIGN §7), so the pane runs exactly the code it runs in Excel. Two
 * things Excel would provide come from the page instead: Office's display
 * language (the page's current language), and a way for the page to hear the
 * language the user picks in the pane, so its own labels follow.
 */
import type { SimulatedExcelHost } from '../devhost';
import { createExcelChecker } from '../excel';
import type { ExcelHost } from '../excel/host';
import type { Checker, CheckerSettings, Language } from '../excel/types';

/** The Office locale a language stands for, as Office.context.displayLanguage reports it. */
const DISPLAY_LANGUAGE: Record<Language, string> = { th: 'th-TH', en: 'en-US' };

export interface DemoCheckerOptions {
  /** The page's language now: what the simulated Office reports as its display language. */
  currentLanguage(): Language;
  /** Told the language stored in the workbook's settings whenever the pane loads or saves them. */
  onLanguage(language: Language): void;
}

export function createDemoChecker(host: SimulatedExcelHost, options: DemoCheckerOptions): Checker {
  const office: ExcelHost['Office'] = {
    context: {
      get displayLanguage() {
        return DISPLAY_LANGUAGE[options.currentLanguage()];
      },
      requirements: host.Office.context.requirements,
    },
  };
  const checker = createExcelChecker({ Excel: host.Excel, Office: office });
  const heard = (settings: CheckerSettings) => {
    if (settings.language) options.onLanguage(settings.language);
  };
  return {
    validate: (request) => checker.validate(request),
    clearMarks: (options) => checker.clearMarks(options),
    select: (sheet, cell) => checker.select(sheet, cell),
    applyFix: (issue) => checker.applyFix(issue),
    undoFix: (id) => checker.undoFix(id),
    displayLanguage: () => checker.displayLanguage(),
    forms: checker.forms,
    consolidation: checker.consolidation,
    loadSettings: async () => {
      const settings = await checker.loadSettings();
      heard(settings);
      return settings;
    },
    saveSettings: async (settings) => {
      await checker.saveSettings(settings);
      heard(settings);
    },
  };
}
