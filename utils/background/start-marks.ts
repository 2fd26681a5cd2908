// Where a background life's first answer spends its time (issue 21: a cold start after the
// browser stopped the idle worker). Each mark is the first time a step was reached, in ms since
// the worker's time origin (performance.now(): its script started loading), so the bench and a
// curious reader see the parse of the script, the database's opening, the engine's first run.
// Counts and times only, never text; kept in memory only.
const marks: Record<string, number> = {};

/** Records `step` the first time it is reached in this background life. */
export function markStart(step: string): void {
  if (!(step in marks)) marks[step] = Math.round(performance.now() * 10) / 10;
}

/** The marks so far (a copy). */
export function startMarks(): Record<string, number> {
  return { ...marks };
}
