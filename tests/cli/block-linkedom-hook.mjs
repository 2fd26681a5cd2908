// Module resolution hook for tests/cli/lazy-linkedom.test.ts: any import of linkedom fails, so a
// CLI run that still succeeds under it never loaded linkedom.
export async function resolve(specifier, context, next) {
  if (specifier === 'linkedom' || specifier.startsWith('linkedom/')) throw new Error('linkedom is blocked in this run');
  return next(specifier, context);
}
