// A one-entry cache keyed on argument identity: several components can ask for the same derived
// value (the filtered graph, the facet counts) and it is computed once per change.
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last: R;
  return (...args: A) => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((a, i) => a === args[i])) return last;
    last = fn(...args);
    lastArgs = args;
    return last;
  };
}
