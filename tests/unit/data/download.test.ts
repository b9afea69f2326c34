import { describe, expect, it } from 'vitest';
import { CSV_TYPE, downloadResponse, JSON_TYPE } from '../../../src/lib/data/download.ts';

describe('a data export as a response', () => {
  it('sends the parts as UTF-8, whole, with its content type', async () => {
    // Enough text for several batches, with two-byte and four-byte characters across their edges.
    const parts = Array.from({ length: 40_000 }, (_, index) => `${index}:حكومة 𝔸,`);
    const response = downloadResponse(parts, CSV_TYPE);
    expect(response.headers.get('Content-Type')).toBe(CSV_TYPE);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes).toEqual(new TextEncoder().encode(parts.join('')));
  });

  it('encodes a batch only when the reader asks for one', async () => {
    let made = 0;
    function* parts() {
      for (let index = 0; index < 100_000; index++) {
        made += 1;
        yield 'قوات ';
      }
    }
    const reader = downloadResponse(parts(), JSON_TYPE).body?.getReader();
    const first = await reader?.read();
    expect(first?.done).toBe(false);
    expect(made).toBeLessThan(100_000);
    await reader?.cancel();
  });

  it('answers an empty export with an empty body', async () => {
    expect(await downloadResponse([], JSON_TYPE).text()).toBe('');
  });
});
