/** axe-core in a page: the serious and critical violations, each with a few of its nodes. */
import * as fs from "fs";
import type { Page } from "playwright-core";

interface Violation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

/** `within`: a CSS selector to check only that part of the page (e.g. the pane of the preview). */
export async function axeGrave(
  page: Page,
  within?: string
): Promise<{ id: string; nodes: string[] }[]> {
  // Evaluated through the debugging protocol: the help page's CSP refuses any script tag.
  await page.evaluate(fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  const violations = await page.evaluate(async (context) => {
    const axe = (
      window as unknown as {
        axe: { run(c: unknown, o: unknown): Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run(context ?? document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  }, within);
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(({ id, nodes }) => ({ id, nodes }));
}
