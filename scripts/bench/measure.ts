// Timing, statistics and memory helpers for the benchmark. No dependencies; Node only.
import { performance } from 'node:perf_hooks';

export interface TimingOptions {
  /** Measured runs (after warm-up). */
  runs: number;
  /** Unmeasured runs first, so the JIT has compiled the hot paths. */
  warmup: number;
}

export interface Timing {
  runs: number;
  warmup: number;
  samplesMs: number[];
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Median absolute deviation, a robust spread. */
  madMs: number;
  /**
   * Median CPU time of the process per run (user + system, all threads, so parallel GC counts).
   * Less sensitive than wall time to other processes competing for the cores.
   */
  cpuMedianMs?: number;
}

export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The q-quantile (0 ≤ q ≤ 1) with linear interpolation between the closest ranks. */
export function quantile(xs: readonly number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return lo + 1 < s.length ? s[lo] + (s[lo + 1] - s[lo]) * (at - lo) : s[lo];
}

export function summarize(samplesMs: number[], warmup: number): Timing {
  const m = median(samplesMs);
  return {
    runs: samplesMs.length,
    warmup,
    samplesMs,
    medianMs: m,
    minMs: Math.min(...samplesMs),
    maxMs: Math.max(...samplesMs),
    madMs: median(samplesMs.map((x) => Math.abs(x - m))),
  };
}

/**
 * Runs `fn` warm-up + runs times and returns the timings of the measured runs. `fn`'s result is
 * kept in a sink so the work cannot be optimised away. `onRun` is called after every run (for
 * heap sampling), outside the timed region.
 */
export function timeIt<T>(fn: () => T, opts: TimingOptions, onRun?: (result: T) => void): Timing {
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < opts.warmup + opts.runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = fn();
    const dt = performance.now() - t0;
    const c = process.cpuUsage(c0);
    sink = r;
    onRun?.(r);
    if (i >= opts.warmup) {
      samples.push(dt);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  return { ...summarize(samples, opts.warmup), cpuMedianMs: median(cpu) };
}

/** Holds the last result of a timed function so it is not dead code. */
export let sink: unknown = null;

/** True when node runs with --expose-gc. */
export function canGc(): boolean {
  return typeof (globalThis as { gc?: unknown }).gc === 'function';
}

/** Full GC (twice: the second pass collects what the first one's finalisers freed). */
export function fullGc(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

export function heapUsed(): number {
  return process.memoryUsage().heapUsed;
}

/**
 * Approximate retained size of what `build` creates: heap after a full GC with the result alive,
 * minus the heap after a full GC before. Null without --expose-gc (the delta would mostly be
 * garbage). Whatever `build` reads that already exists (the documents' texts) is not counted.
 */
export function retainedBytes<T>(build: () => T): { value: T; bytes: number | null; ms: number } {
  const gcOk = canGc();
  fullGc();
  const before = heapUsed();
  const t0 = performance.now();
  const value = build();
  const ms = performance.now() - t0;
  fullGc();
  const after = heapUsed();
  return { value, bytes: gcOk ? after - before : null, ms };
}

/**
 * Peak heap: the largest heapUsed seen at the sample points (after every timed run and every
 * phase), and the process's peak resident set size from the OS (which covers moments between
 * samples, and memory outside the JS heap).
 */
export class PeakHeap {
  peakHeapUsed = 0;
  sample(): void {
    const h = heapUsed();
    if (h > this.peakHeapUsed) this.peakHeapUsed = h;
  }
  /** Peak RSS in bytes (process.resourceUsage().maxRSS is in kilobytes). */
  peakRss(): number {
    return process.resourceUsage().maxRSS * 1024;
  }
}

export function mb(bytes: number | null | undefined): string {
  return bytes == null ? 'n/a' : (bytes / 1048576).toFixed(1) + ' MB';
}

/** Milliseconds for a table: three significant figures, no exponent. */
export function fmtMs(ms: number | null | undefined): string {
  if (ms == null || Number.isNaN(ms)) return 'n/a';
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  if (ms >= 1) return ms.toFixed(2);
  return ms.toFixed(3);
}

/** A plain-text table: first and last columns left-aligned (labels, notes), the others right-aligned. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const last = headers.length - 1;
  const line = (r: string[]) =>
    r.map((cell, c) => (c === 0 || c === last ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
