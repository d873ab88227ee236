"""Benchmarks for the matcher: quality on the graded dev set and speed at scale."""
