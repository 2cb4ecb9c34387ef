/** The W3C Nu HTML Checker (the vnu-jar package, on the machine's Java) over every page of the build, in one run. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles, SITE } from './site.ts';
import { vnuErrors } from './vnu.ts';

describe('HTML validity', () => {
  it('the Nu HTML Checker reports no error on any page', () => {
    const files = htmlFiles().map((file) => join(SITE, file));
    expect(vnuErrors(files, SITE)).toEqual([]);
    expect(files.length).toBeGreaterThan(3);
  });
});
