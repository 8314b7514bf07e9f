// Accessibility checks with axe-core (@axe-core/playwright): `check(page,
// name)` runs axe on the page as it is and fails on any violation of
// impact "serious" or "critical" (WCAG 2.0/2.1 A and AA rules and axe's
// best practices), naming each rule, its help text and the first elements
// it found. The whole report goes to test-artifacts/axe-<name>.json.

import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';

/** The impacts that fail a check. */
export const FAILING = ['serious', 'critical'];

/**
 * Runs axe on `page`; throws when a serious or critical violation is found.
 * `exclude`: selectors left out (none by default). Returns the violations
 * of lower impact, for the log.
 */
export async function check(page, name, { artifacts, exclude = [] } = {}) {
  let builder = new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  for (const sel of exclude) builder = builder.exclude(sel);
  const result = await builder.analyze();
  if (artifacts) {
    fs.writeFileSync(path.join(artifacts, `axe-${name}.json`), JSON.stringify(result.violations, null, 1));
  }
  const bad = result.violations.filter(v => FAILING.includes(v.impact));
  if (bad.length) {
    const lines = bad.map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length} elements: ${v.nodes.slice(0, 3)
      .map(n => `${n.target.join(' ')}${n.failureSummary ? ' [' + n.failureSummary.split('\n').slice(1, 2).join('').trim() + ']' : ''}`)
      .join('; ')})`);
    throw new Error(`axe on ${name}: ${bad.length} serious or critical violations:\n${lines.join('\n')}`);
  }
  return result.violations.map(v => `${v.impact} ${v.id}`);
}
