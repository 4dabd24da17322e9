"""Every benchmark in one run, then one table of guichet against its baselines.

Each benchmark prints its own lines as it goes; the table at the end gathers
the figures, each ratio measured against a baseline timed in the same run.
The export goes last: it sets the process's time zone to Europe/Paris.
"""

from __future__ import annotations

import time

import bench_commit
import bench_export
import bench_hub_ingest
import bench_search
import bench_startup
import bench_sync_push
from results import machine, quick_flag, table

#: In the order they run.
BENCHMARKS = (
    bench_startup,
    bench_search,
    bench_commit,
    bench_sync_push,
    bench_hub_ingest,
    bench_export,
)
#: In the order of the table.
TABLE = (
    bench_startup,
    bench_search,
    bench_commit,
    bench_export,
    bench_sync_push,
    bench_hub_ingest,
)


def main() -> None:
    quick = quick_flag(__doc__)
    began, before = time.perf_counter(), machine()
    rows = {}
    for benchmark in BENCHMARKS:
        print(f"== {benchmark.__name__}{' (quick)' if quick else ''}", flush=True)
        started = time.perf_counter()
        rows[benchmark] = benchmark.main(quick)
        print(f"({time.perf_counter() - started:.0f} s)\n", flush=True)
    print(f"== all benchmarks{' (quick sizes)' if quick else ''}")
    print(f"before: {before}")
    print(f"after:  {machine()}, {time.perf_counter() - began:.0f} s in all")
    print()
    print(table(row for benchmark in TABLE for row in rows[benchmark]))


if __name__ == "__main__":
    main()
