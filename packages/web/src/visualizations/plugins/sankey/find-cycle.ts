/** A flow between two nodes. */
export interface SankeyLink {
  source: string;
  target: string;
  value: number;
}

/**
 * A cycle among the links as the nodes along it (`[a, b, a]`), or undefined when the links
 * form a directed acyclic graph, the only shape a Sankey diagram can draw.
 */
export function findCycle(links: readonly SankeyLink[]): string[] | undefined {
  const targets = new Map<string, string[]>();
  for (const { source, target } of links) {
    const list = targets.get(source);
    if (list) list.push(target);
    else targets.set(source, [target]);
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];

  // Depth-first search with an explicit stack; a node met again while on the path closes a cycle.
  for (const start of targets.keys()) {
    if (state.has(start)) continue;
    const stack: { node: string; next: number }[] = [{ node: start, next: 0 }];
    state.set(start, 'visiting');
    path.push(start);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as { node: string; next: number };
      const neighbours = targets.get(frame.node) ?? [];
      if (frame.next >= neighbours.length) {
        state.set(frame.node, 'done');
        path.pop();
        stack.pop();
        continue;
      }
      const neighbour = neighbours[frame.next] as string;
      frame.next += 1;
      const seen = state.get(neighbour);
      if (seen === 'visiting') return [...path.slice(path.indexOf(neighbour)), neighbour];
      if (seen === undefined) {
        state.set(neighbour, 'visiting');
        path.push(neighbour);
        stack.push({ node: neighbour, next: 0 });
      }
    }
  }
  return undefined;
}
