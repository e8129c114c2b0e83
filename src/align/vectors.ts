/**
 * The cosine of two sentences' vectors from the caller's embedding model, for articles that come with
 * `vectors`. Norms are computed once per sentence; a zero vector is like nothing.
 */
export function cosineOf(x: readonly ArrayLike<number>[], y: readonly ArrayLike<number>[]): (i: number, j: number) => number {
  const norm = (v: ArrayLike<number>) => {
    let s = 0;
    for (let k = 0; k < v.length; k++) s += v[k]! * v[k]!;
    return Math.sqrt(s);
  };
  const nx = x.map(norm), ny = y.map(norm);
  return (i, j) => {
    const u = x[i]!, v = y[j]!;
    if (nx[i] === 0 || ny[j] === 0) return 0;
    let dot = 0;
    for (let k = 0; k < u.length; k++) dot += u[k]! * v[k]!;
    return dot / (nx[i]! * ny[j]!);
  };
}
