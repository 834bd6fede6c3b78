// The Content-Security-Policy of each page (webpack writes it into the page as a meta tag; the
// demo server also sends it as a header). Scripts come only from the add-in's own origin — and,
// on the Office pages, from Office's script host, where Office.js and the files it loads live —
// never from eval or inline code; nothing is fetched from any other server.
const OFFICE_SCRIPT_HOST = 'https://appsforoffice.microsoft.com';

/** Pages that run inside Office and load Office.js. */
const OFFICE_PAGES = new Set(['taskpane', 'commands']);

/**
 * The policy of page `name` (`taskpane`, `commands`, `demo`, `help`). `devServer` allows the
 * development server's live-reload socket; nothing else differs between builds.
 */
function contentSecurityPolicy(name, { devServer = false } = {}) {
  const office = OFFICE_PAGES.has(name) ? ` ${OFFICE_SCRIPT_HOST}` : '';
  const directives = [
    "default-src 'self'",
    `script-src 'self'${office}`,
    // Fluent UI (Griffel) and React write styles at run time; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${office}${devServer ? ' ws: wss:' : ''}`,
    // The demo reads workbook files in a Web Worker of its own origin.
    ...(name === 'demo' ? ["worker-src 'self'"] : []),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ];
  return directives.join('; ');
}

module.exports = { contentSecurityPolicy, OFFICE_SCRIPT_HOST };
