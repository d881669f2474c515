/** Where the word starting at `offset` ends: the next space, line end, comma, bracket or `;`. */
export function wordEnd(text: string, offset: number): number {
  const match = /^[^\s;,()]*/.exec(text.slice(offset));
  return offset + Math.max(1, match?.[0].length ?? 1);
}
