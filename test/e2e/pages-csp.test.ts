/**
 * The pages' Content-Security-Policy (the built dist/): scripts only from the add-in's own origin
 * and, on the Office pages, Office's script host; no eval, no inline script, no other network.
 * The demo server sends the same policy as a header, and the demo runs under it without a violation.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { UI_TEXT } from '../../src/taskpane/i18n';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- scripts/serve-demo.js is plain CommonJS without type declarations; the cast types its export
const { startStaticServer } = require('../../scripts/serve-demo.js') as {
  startStaticServer(options: { port: number }): Promise<{ url: string; close(): Promise<void> }>;
};

const DIST = path.resolve(__dirname, '..', '..', 'dist');
const OFFICE = 'https://appsforoffice.microsoft.com';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** A policy as directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...sources]) => [name, sources]));
}

function pagePolicy(html: string): string {
  const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(html);
  if (!meta) throw new Error('no Content-Security-Policy meta tag');
  return meta[1];
}

describe.each([
  ['taskpane', [`'self'`, OFFICE], undefined],
  ['commands', [`'self'`, OFFICE], undefined],
  // The demo reads workbook files in a Web Worker of its own origin.
  ['demo', [`'self'`], [`'self'`]],
  ['help', [`'self'`], undefined],
])('%s.html', (name, scriptSources, workerSources) => {
  const html = readFileSync(path.join(DIST, `${name}.html`), 'utf8');
  const policy = directives(pagePolicy(html));

  it('states its policy before anything it governs: right after the charset', () => {
    expect(html).toMatch(/<head><meta charset="?utf-8"?><meta http-equiv="?Content-Security-Policy"?/i);
  });

  it('allows scripts only from its own origin (and Office\'s script host), never eval or inline', () => {
    expect(policy.get('script-src')).toEqual(scriptSources);
    expect(policy.get('default-src')).toEqual([`'self'`]);
    expect(policy.get('object-src')).toEqual([`'none'`]);
    expect(policy.get('base-uri')).toEqual([`'self'`]);
    for (const sources of policy.values()) expect(sources).not.toContain(`'unsafe-eval'`);
    // Every script of the page is a file of its own origin or Office.js; none is written inline.
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attributes, body] of scripts) {
      expect(body.trim()).toBe('');
      const source = /src="?([^"\s>]+)/.exec(attributes)?.[1] ?? '';
      expect(source.startsWith(`${OFFICE}/`) || !/^[a-z]+:/i.test(source)).toBe(true);
    }
  });

  it('connects to no other server', () => {
    expect(policy.get('connect-src')).toEqual(scriptSources);
  });

  it('starts workers only where it has one, from its own origin', () => {
    expect(policy.get('worker-src')).toEqual(workerSources);
  });
});

describe('the demo under its policy', () => {
  it('is served with the policy as a header, and validates without a single violation', async () => {
    const server = await startStaticServer({ port: 0 });
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { violations: string[] }).violations = seen;
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      const response = await page.goto(`${server.url}demo.html?lang=en`);
      const header = response?.headers()['content-security-policy'] ?? '';
      expect(directives(header).get('script-src')).toEqual([`'self'`]);
      expect(directives(header).get('frame-ancestors')).toEqual([`'none'`]);
      await page.getByRole('button', { name: UI_TEXT.en.validate }).click();
      await page.getByText(UI_TEXT.en.validatedTitle).waitFor();
      await page.locator('li[data-rule]').first().waitFor();
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
