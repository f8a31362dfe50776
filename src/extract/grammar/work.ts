/** Counts the clause analysis's inner steps, so that a test can check that the work grows
 *  linearly with the sentence (tests/unit/grammar-linear.test.ts) without timing anything. */
export const work = { steps: 0 };
