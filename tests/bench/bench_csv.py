"""Python's csv module over the file bench_csv generated: the comparison of docs/benchmarks.md.

Reads every row with csv.reader (UTF-8, newline='' as the csv docs require) and prints the
median seconds of several runs on stdout.  Usage: bench_csv.py PATH [runs=3]
"""
import csv
import statistics
import sys
import time


def read_once(path):
    rows = 0
    with open(path, encoding="utf-8", newline="") as f:
        for _ in csv.reader(f):
            rows += 1
    return rows


def main():
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        read_once(path)
        times.append(time.perf_counter() - start)
    print(f"{statistics.median(times):.3f}")


if __name__ == "__main__":
    main()
