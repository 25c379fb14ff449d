/** What the benchmarks' client processes share (no side effects: the benchmarks fork themselves as clients). */

/** A client process's end: its figures as one line of JSON on stdout, or the error and exit code 1. */
export function finishClient(figures: Promise<object>): void {
  figures
    .then((f) => {
      console.log(JSON.stringify(f));
      process.exit(0);
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
