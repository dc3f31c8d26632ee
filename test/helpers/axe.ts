import 'axe-core/axe.min.js';

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}
interface Axe {
  run(context: Element, options?: object): Promise<{ violations: AxeViolation[] }>;
}

const axe = () => (window as unknown as { axe: Axe }).axe;

/** One line per violation: rule, impact, what it asks, and where (shadow paths included). */
export async function axeViolations(element: Element): Promise<string[]> {
  const { violations } = await axe().run(element, { resultTypes: ['violations'] });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** Runs axe on `element` (shadow roots included) and fails with a readable list of violations. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const lines = await axeViolations(element);
  if (lines.length) throw new Error(`axe violations:\n${lines.join('\n')}`);
}
