/**
 * YAML's "billion laughs": nine levels of anchors, each a list of ten aliases to the level below,
 * expand to a billion strings. A clause pack file must be refused, not expanded.
 */
export function billionLaughs(): string {
  const levels = ['l0: &l0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 9; i++) levels.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`);
  return levels.join('\n');
}
