import type { CheckContext } from './context.js';
import type { DefinitionSymbol } from './symbols.js';

/** Reports definitions that depend on themselves, directly or through others (LK4003). */
export function checkCycles(ctx: CheckContext): void {
  // Tarjan's strongly connected components, iteratively so deep chains cannot overflow the stack.
  const index = new Map<DefinitionSymbol, number>();
  const low = new Map<DefinitionSymbol, number>();
  const onStack = new Set<DefinitionSymbol>();
  const stack: DefinitionSymbol[] = [];
  let counter = 0;
  const edges = (s: DefinitionSymbol) => [...(ctx.dependencies.get(s) ?? [])];

  for (const root of ctx.dependencies.keys()) {
    if (index.has(root)) continue;
    const work: Array<{ node: DefinitionSymbol; next: DefinitionSymbol[]; i: number }> = [];
    const enter = (node: DefinitionSymbol) => {
      index.set(node, counter);
      low.set(node, counter++);
      stack.push(node);
      onStack.add(node);
      work.push({ node, next: edges(node), i: 0 });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as (typeof work)[number];
      if (frame.i < frame.next.length) {
        const target = frame.next[frame.i++] as DefinitionSymbol;
        if (!index.has(target)) enter(target);
        else if (onStack.has(target)) low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(target) as number));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: DefinitionSymbol[] = [];
      let member: DefinitionSymbol;
      do {
        member = stack.pop() as DefinitionSymbol;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      const selfLoop = component.length === 1 && ctx.dependencies.get(frame.node)?.has(frame.node);
      if (component.length > 1 || selfLoop) reportCycle(ctx, component.reverse());
    }
  }
}

function reportCycle(ctx: CheckContext, component: DefinitionSymbol[]): void {
  const first = component[0] as DefinitionSymbol;
  if (!first.module || !first.nameSpan) return;
  const path = [...component, first].map((s) => s.name).join(' → ');
  ctx.report('LK4003', first.module, first.nameSpan, `«${first.name}» avhenger av seg selv: ${path}`, {
    hint: 'En verdi kan ikke regnes ut fra seg selv. Bryt ringen ved å regne en av verdiene på en annen måte.',
    related: component.slice(1).flatMap((s) => (s.module && s.nameSpan ? [ctx.related(s.module, s.nameSpan, `«${s.name}» er med i ringen`)] : [])),
  });
}
