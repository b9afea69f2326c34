import { describe, expect, it } from 'vitest';
import { problemsPayload } from '../../../src/lib/dev/payload.ts';
import { problemPageHtml } from '../../../src/lib/dev/problem-page.ts';
import { problemAt } from '../../../src/lib/content/problem.ts';

const FILE = 'content/articles/2021/02/budget.md';
const date = problemAt(FILE, { line: 3, column: 7 }, 'error', '`date`: 2021-02-30 is not a day of the calendar <b>');

describe('the page shown for a file whose errors keep it out of the site', () => {
  it('names the file and lists its problems with their places, escaped', () => {
    const html = problemPageHtml({ payload: problemsPayload([date], 'en', (file) => `/site/${file}`), file: FILE, scripts: [] });
    expect(html).toContain(`<bdi dir="ltr">${FILE}:3:7</bdi> \`date\`: 2021-02-30 is not a day of the calendar &#60;b&#62;</li>`);
    expect(html).toContain('This page is not shown until its file is fixed');
  });

  it('is written in the contributor’s language and direction', () => {
    const html = problemPageHtml({ payload: problemsPayload([date], 'ar', (file) => file), file: FILE, scripts: [] });
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('لا تظهر هذه الصفحة حتى يُصلَح ملفها');
  });

  it('loads the scripts that reload it and show the overlay', () => {
    const html = problemPageHtml({
      payload: problemsPayload([date], 'en', (file) => file),
      file: FILE,
      scripts: ['/@vite/client', '/src/client/dev-problems.ts'],
    });
    expect(html).toContain('<script type="module" src="/@vite/client"></script>');
    expect(html).toContain('<script type="module" src="/src/client/dev-problems.ts"></script>');
  });
});
