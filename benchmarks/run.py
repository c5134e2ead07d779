#!/usr/bin/env python3
"""Speed benchmark of vnreport against underthesea, measured side by side in one run.

    python benchmarks/run.py            # 500 reports + a 2,000-report memory run (~4 min on 2 cores)
    python benchmarks/run.py --quick    # 60 reports + a 120-report memory run (< 1 min)
    python benchmarks/run.py --reports 800 --long 5000
    python benchmarks/run.py --profile  # where vnreport.extract spends its time (benchmarks/profile.md)

Four groups of figures, each printed next to the issue's target:

1. single core: characters per second of ``vnreport.extract`` and of
   ``underthesea.ner`` called per sentence, on the same texts, warm models;
2. CLI batch: ``vnreport extract DIR --format jsonl`` with ``--workers 1`` and
   ``--workers 2`` (wall time, docs/s) and whether both outputs are byte-identical;
3. start-up: ``vnreport --help``, and one report end to end in a cold process
   against ``python -c "import underthesea"`` plus the warm extraction;
4. memory: peak RSS of the worker processes, and a long batch showing that RSS
   does not grow with the number of reports.

The corpus is made from the repository's samples (``samples/so-noi-vu-2018.txt``
and ``samples/vntc/*.txt``, cycled, with their body lines rotated on each cycle
so that the copies differ) in a temporary folder that is removed at the end.
Results are also written to ``benchmarks/out/latest.json``.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SAMPLES = [REPO / "samples" / "so-noi-vu-2018.txt", *sorted((REPO / "samples" / "vntc").glob("*.txt"))]
#: the report used for the start-up figures (the one the project started from)
START_UP_SAMPLE = REPO / "samples" / "so-noi-vu-2018.txt"
OUT = REPO / "benchmarks" / "out" / "latest.json"

#: the issue's targets
TARGET_SINGLE_RATIO = 3.0  # vnreport chars/s >= 3x underthesea.ner per sentence
TARGET_WORKERS_RATIO = 1.8  # --workers 2 docs/s >= 1.8x --workers 1
TARGET_HELP_SECONDS = 0.3
TARGET_COLD_RATIO = 1.5  # cold one-report run <= 1.5x (import underthesea + warm extraction)
TARGET_WORKER_RSS_MB = 300
#: "constant memory": a worker's RSS at the end of a long batch within this of its RSS at 20 %
FLAT_RSS_TOLERANCE = 0.10
#: other processes' load (cores) above which the printed figures carry a warning
DISTURBED_CORES = 0.3
POLL_SECONDS = 0.2  # /proc polling: often enough for a peak, rare enough not to steal a core


# ---------------------------------------------------------------- other processes' load


def busy_cpu_seconds() -> float:
    """CPU seconds all processes of the machine have used since boot (/proc/stat)."""
    with open("/proc/stat", encoding="ascii") as f:
        user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, f.readline().split()[1:9])
    # steal counts too: time the hypervisor gave to someone else is time this run did not get
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def own_cpu_seconds() -> float:
    """CPU seconds of this process and of the children it has waited for (their workers included)."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


class Load:
    """The average number of cores other processes kept busy while a block ran.

    The machine is shared: a training job next door halves a --workers 2 run.
    Printed next to each group, so that a disturbed figure is seen as such.
    """

    def __enter__(self) -> "Load":
        self.t0, self.busy0, self.own0 = time.perf_counter(), busy_cpu_seconds(), own_cpu_seconds()
        return self

    def __exit__(self, *exc: object) -> None:
        wall = time.perf_counter() - self.t0
        others = (busy_cpu_seconds() - self.busy0) - (own_cpu_seconds() - self.own0)
        self.cores = max(0.0, others / wall) if wall > 0 else 0.0


def others_load(seconds: float = 1.0) -> float:
    """Cores other processes keep busy, measured over ``seconds`` while this one sleeps."""
    with Load() as load:
        time.sleep(seconds)
    return load.cores


def wait_for_quiet(patience: float) -> None:
    """Wait up to ``patience`` seconds for other processes to leave the cores free.

    On a shared machine the groups are best measured in quiet moments; after the
    wait the run goes on anyway and the table says how busy the machine was.
    """
    deadline = time.monotonic() + patience
    while (busy := others_load()) > DISTURBED_CORES and time.monotonic() < deadline:
        _say(f"   waiting: other processes keep {busy:.1f} cores busy")
        time.sleep(min(10.0, max(0.0, deadline - time.monotonic())))


# ---------------------------------------------------------------- corpus


def sample_texts() -> list[str]:
    # read as bytes + decode: keeps the CRLF line endings of the VNTC samples as they are
    return [p.read_bytes().decode("utf-8") for p in SAMPLES]


def varied(text: str, variant: int) -> str:
    """``text`` with its body lines rotated by ``variant`` (the title line stays first).

    Variant 0 is the text itself; the others hold the same sentences in another
    order, so that a batch is not the same files over and over, while its
    speed stays comparable with the samples'.
    """
    lines = text.splitlines(keepends=True)
    if variant == 0 or len(lines) < 3:
        return text
    eol = "\r\n" if "\r\n" in text else "\n"
    head, body = lines[0], [line if line.endswith(("\n", "\r")) else line + eol for line in lines[1:]]
    k = variant % len(body)
    return head + "".join(body[k:] + body[:k])


def corpus(n: int) -> list[str]:
    """``n`` reports cycling through the samples, each cycle rotated one line further."""
    texts = sample_texts()
    return [varied(texts[i % len(texts)], i // len(texts)) for i in range(n)]


def written_corpus(texts: list[str], folder: Path) -> Path:
    """``folder`` holding ``texts`` as report-00000.txt ... (names sort in corpus order)."""
    folder.mkdir(parents=True)
    for i, text in enumerate(texts):
        (folder / f"report-{i:05d}.txt").write_bytes(text.encode("utf-8"))
    return folder


# ---------------------------------------------------------------- (1) single core


@dataclass
class SingleCore:
    texts: int
    chars: int
    sentences: int
    vnreport_seconds: float
    underthesea_seconds: float
    vnreport_chars_per_s: float
    underthesea_chars_per_s: float
    ratio: float
    #: warm extraction of the start-up sample (best of 5), for group 3
    start_up_sample_warm_seconds: float
    #: cores other processes kept busy meanwhile
    background_cores: float


def sentence_texts(text: str) -> list[str]:
    """The sentences of ``text`` as vnreport splits them, for underthesea.ner."""
    import unicodedata

    from vnreport.tokenize import sentences

    # vnreport splits the NFC form; give underthesea the very same strings
    text = unicodedata.normalize("NFC", text)
    return [text[s.start : s.end] for s in sentences(text)]


def best_extraction_seconds(text: str, repeats: int = 5) -> float:
    import vnreport

    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        vnreport.extract(text)
        times.append(time.perf_counter() - t0)
    return min(times)


def single_core(texts: list[str]) -> SingleCore:
    """Both extractors on ``texts`` in this process, one text after the other.

    Interleaving (vnreport on text i, then underthesea on text i) spreads the
    machine's noise over both sides, so that the ratio holds even when the
    absolute figures wobble.
    """
    import vnreport
    from underthesea import ner

    pieces = [sentence_texts(t) for t in texts]  # splitting for underthesea is not timed
    # load every model and gazetteer before the clock starts
    vnreport.extract(texts[0])
    for sentence in pieces[0][:3]:
        ner(sentence)
    t_vn = t_ut = 0.0
    with Load() as load:
        for text, sents in zip(texts, pieces):
            t0 = time.perf_counter()
            vnreport.extract(text)
            t1 = time.perf_counter()
            for sentence in sents:
                ner(sentence)
            t2 = time.perf_counter()
            t_vn += t1 - t0
            t_ut += t2 - t1
    chars = sum(len(t) for t in texts)
    return SingleCore(
        texts=len(texts), chars=chars, sentences=sum(len(p) for p in pieces),
        vnreport_seconds=t_vn, underthesea_seconds=t_ut,
        vnreport_chars_per_s=chars / t_vn, underthesea_chars_per_s=chars / t_ut, ratio=t_ut / t_vn,
        start_up_sample_warm_seconds=best_extraction_seconds(START_UP_SAMPLE.read_text(encoding="utf-8")),
        background_cores=load.cores,
    )


# ---------------------------------------------------------------- running the CLI, watching /proc


def vnreport_command() -> list[str]:
    """The installed ``vnreport`` entry point of this interpreter.

    The script next to ``sys.executable`` rather than the first one on PATH:
    a version manager's shim (pyenv) would add its own start-up to the figures.
    """
    script = Path(sys.executable).parent / "vnreport"
    if script.exists():
        return [str(script)]
    found = shutil.which("vnreport")
    return [found] if found else [sys.executable, "-m", "vnreport"]


def children_by_parent() -> dict[int, list[int]]:
    """Parent pid -> child pids, from /proc/<pid>/stat."""
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue  # gone meanwhile
        # the command name may hold spaces and parentheses: fields start after the last ")"
        ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def descendants(pid: int) -> list[int]:
    tree, found, todo = children_by_parent(), [], [pid]
    while todo:
        for child in tree.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def memory_kb(pid: int) -> tuple[int, int] | None:
    """(VmRSS, VmHWM) of ``pid`` in KiB, or None once it has exited."""
    rss = hwm = 0
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
    except OSError:
        return None
    return (rss, hwm) if rss else None  # a zombie has no VmRSS line


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds ``pid`` has used so far, or None once it has exited."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
    except OSError:
        return None
    # fields[0] is the state (field 3 of proc(5)); utime and stime are fields 14 and 15
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Sample:
    seconds: float
    records: int
    rss_kb: dict[int, int]


class Watcher(threading.Thread):
    """Polls the RSS and peak RSS (VmHWM) of a process and of its descendants.

    The kernel keeps VmHWM per process, so a peak between two polls is not
    lost; only growth in the last ``POLL_SECONDS`` before a process exits is.
    """

    def __init__(self, pid: int, progress: "Progress") -> None:
        super().__init__(daemon=True)
        self.pid, self.progress = pid, progress
        self.start_time = time.perf_counter()
        self.samples: list[Sample] = []
        self.peak_kb: dict[int, int] = {}
        self.cpu_s: dict[int, float] = {}
        self.done = threading.Event()

    def run(self) -> None:
        children_every = max(1, round(1.0 / POLL_SECONDS))  # the /proc scan for new children: once a second
        pids, n = [self.pid], 0
        while not self.done.is_set():
            if n % children_every == 0 or len(pids) == 1:
                pids = [self.pid, *descendants(self.pid)]
            rss: dict[int, int] = {}
            for pid in pids:
                mem = memory_kb(pid)
                cpu = cpu_seconds(pid)
                if mem is not None and cpu is not None:
                    rss[pid] = mem[0]
                    self.peak_kb[pid] = max(self.peak_kb.get(pid, 0), mem[1])
                    self.cpu_s[pid] = cpu
            self.samples.append(Sample(time.perf_counter() - self.start_time, self.progress.records, rss))
            n += 1
            self.done.wait(POLL_SECONDS)


@dataclass
class Progress:
    records: int = 0
    first_record_seconds: float | None = None
    last_record_seconds: float | None = None


@dataclass
class CliRun:
    command: list[str]
    seconds: float
    records: int
    failed_exit: bool
    sha256: str
    output_bytes: int
    first_record_seconds: float | None
    last_record_seconds: float | None
    #: cores other processes kept busy meanwhile
    background_cores: float
    #: role ("main", "worker 1", ...) -> peak RSS in MiB
    peak_mb: dict[str, float]
    #: role -> CPU seconds (as last seen, up to POLL_SECONDS before the process ended)
    cpu_s: dict[str, float]
    #: the RSS samples, role -> [(records done, MiB)]
    rss_mb: dict[str, list[tuple[int, float]]] = field(repr=False)


def run_cli(args: list[str], save_to: Path | None = None) -> CliRun:
    """Run ``vnreport`` with ``args``, reading its output as it streams, watching its memory.

    Output is counted (one JSON line = one record), hashed, and kept in
    ``save_to`` when given; otherwise it is dropped as it arrives, as with
    ``> /dev/null``.
    """
    command = [*vnreport_command(), *args]
    progress = Progress()
    digest, size = hashlib.sha256(), 0
    with tempfile.TemporaryFile() as err, (open(save_to, "wb") if save_to else _Discard()) as keep, Load() as load:
        t0 = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=err, cwd=REPO)
        watcher = Watcher(proc.pid, progress)
        watcher.start()
        assert proc.stdout is not None
        for chunk in iter(lambda: proc.stdout.read1(1 << 16), b""):
            now = time.perf_counter() - t0
            lines = chunk.count(b"\n")
            if lines:
                if progress.first_record_seconds is None:
                    progress.first_record_seconds = now
                progress.last_record_seconds = now
                progress.records += lines
            digest.update(chunk)
            size += len(chunk)
            keep.write(chunk)
        code = proc.wait()
        seconds = time.perf_counter() - t0
        watcher.done.set()
        watcher.join()
        err.seek(0)
        errors = err.read().decode("utf-8", "replace")
    if code not in (0,):
        print(f"warning: {' '.join(command)} exited with {code}:\n{errors[-2000:]}", file=sys.stderr)
    roles = _roles(proc.pid, watcher)
    return CliRun(
        command=command, seconds=seconds, records=progress.records, failed_exit=code != 0,
        sha256=digest.hexdigest(), output_bytes=size, background_cores=load.cores,
        first_record_seconds=progress.first_record_seconds, last_record_seconds=progress.last_record_seconds,
        peak_mb={role: watcher.peak_kb[pid] / 1024 for pid, role in roles.items() if pid in watcher.peak_kb},
        cpu_s={role: watcher.cpu_s[pid] for pid, role in roles.items() if pid in watcher.cpu_s},
        rss_mb={role: [(s.records, s.rss_kb[pid] / 1024) for s in watcher.samples if pid in s.rss_kb]
                for pid, role in roles.items()},
    )


class _Discard:
    def __enter__(self) -> "_Discard":
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def write(self, data: bytes) -> None:
        pass


def _roles(main_pid: int, watcher: Watcher) -> dict[int, str]:
    """pid -> "main" or "worker N" (in the order the workers were first seen)."""
    roles = {main_pid: "main"}
    for pid in watcher.peak_kb:
        if pid != main_pid:
            roles[pid] = f"worker {len(roles)}"
    return roles


# ---------------------------------------------------------------- (2) batch and (4) memory


@dataclass
class Batch:
    reports: int
    chars: int
    runs: dict[str, CliRun]
    identical: bool
    ratio: float
    steady_ratio: float | None
    #: wall seconds of every round, by workers ("1", "2"); ``runs`` holds the fastest of each
    rounds: dict[str, list[float]]
    #: the largest peak RSS of an extracting process over every round, by workers, MiB
    worker_peak_mb: dict[str, float]


def docs_per_s(run: CliRun) -> float:
    return run.records / run.seconds


def steady_docs_per_s(run: CliRun) -> float | None:
    """Records per second between the first and the last record: throughput without start-up."""
    if run.first_record_seconds is None or run.last_record_seconds is None or run.records < 2:
        return None
    span = run.last_record_seconds - run.first_record_seconds
    return (run.records - 1) / span if span > 0 else None


def worker_peak_mb(run: CliRun) -> float:
    """The largest peak RSS of a process doing the extraction (the main one with one worker)."""
    workers = [mb for role, mb in run.peak_mb.items() if role != "main"]
    return max(workers) if workers else run.peak_mb.get("main", 0.0)


def batch(folder: Path, n: int, chars: int, scratch: Path, *, rounds: int, patience: float) -> Batch:
    """``--workers 1`` and ``--workers 2`` in turn, ``rounds`` times; the fastest run of each counts.

    Noise on a shared machine only ever slows a run down, so the best of a few
    interleaved rounds is the figure least spoilt by it.
    """
    tries: dict[str, list[CliRun]] = {"1": [], "2": []}
    for r in range(rounds):
        for workers in tries:
            wait_for_quiet(patience)  # before each run: the ratio is what a busy neighbour spoils most
            tries[workers].append(run_cli(
                ["extract", str(folder), "--format", "jsonl", "--workers", workers],
                save_to=scratch / f"workers-{workers}-round-{r}.jsonl",
            ))
    runs = {workers: min(done, key=lambda run: run.seconds) for workers, done in tries.items()}
    every = [run for done in tries.values() for run in done]
    one, two = runs["1"], runs["2"]
    steady = (steady_docs_per_s(one), steady_docs_per_s(two))
    return Batch(
        reports=n, chars=chars, runs=runs,
        identical=len({run.sha256 for run in every}) == 1 and all(run.records == n for run in every),
        ratio=docs_per_s(two) / docs_per_s(one),
        steady_ratio=steady[1] / steady[0] if steady[0] and steady[1] else None,
        rounds={workers: [run.seconds for run in done] for workers, done in tries.items()},
        worker_peak_mb={workers: max(worker_peak_mb(run) for run in done) for workers, done in tries.items()},
    )


@dataclass
class LongBatch:
    reports: int
    workers: int
    run: CliRun
    #: role -> (RSS at 20 % of the records, RSS at the last sample of that process), MiB
    rss_at_20_and_end: dict[str, tuple[float, float]]
    flat: bool


def rss_at(points: list[tuple[int, float]], records: int) -> float | None:
    """RSS of the first sample taken once ``records`` records were out."""
    return next((mb for done, mb in points if done >= records), None)


def long_batch(folder: Path, n: int, workers: int) -> LongBatch:
    run = run_cli(["extract", str(folder), "--format", "jsonl", "--workers", str(workers)])
    at: dict[str, tuple[float, float]] = {}
    for role, points in run.rss_mb.items():
        early = rss_at(points, n // 5)
        # the last sample of a worker before the pool shuts down: its RSS at the end of the batch
        if early is not None and points:
            at[role] = (early, points[-1][1])
    extractors = {r: v for r, v in at.items() if r != "main" or workers == 1}
    flat = bool(extractors) and all(end <= early * (1 + FLAT_RSS_TOLERANCE) for early, end in extractors.values())
    return LongBatch(reports=n, workers=workers, run=run, rss_at_20_and_end=at, flat=flat)


# ---------------------------------------------------------------- (3) start-up


@dataclass
class StartUp:
    help_seconds: float
    cold_extract_seconds: float
    import_underthesea_seconds: float
    warm_extract_seconds: float
    ratio: float
    background_cores: float


def best_wall_seconds(command: list[str], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, cwd=REPO)
        times.append(time.perf_counter() - t0)
    return min(times)


def start_up(warm_extract_seconds: float, repeats: int) -> StartUp:
    cli = vnreport_command()
    with Load() as load:
        cold = best_wall_seconds([*cli, "extract", str(START_UP_SAMPLE), "--format", "json"], repeats)
        underthesea = best_wall_seconds([sys.executable, "-c", "import underthesea"], repeats)
        help_seconds = best_wall_seconds([*cli, "--help"], 5)
    return StartUp(
        help_seconds=help_seconds, cold_extract_seconds=cold, import_underthesea_seconds=underthesea,
        warm_extract_seconds=warm_extract_seconds, ratio=cold / (underthesea + warm_extract_seconds),
        background_cores=load.cores,
    )


# ---------------------------------------------------------------- report


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo", encoding="utf-8")
                    if line.startswith("model name")), "")
    except OSError:
        pass
    return {
        "date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpus": os.cpu_count(),
        "cpus_usable": len(os.sched_getaffinity(0)),
        "cpu_model": cpu,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "underthesea": metadata.version("underthesea"),
        "underthesea_core": metadata.version("underthesea_core"),
        "vnreport": metadata.version("vnreport"),
        "samples": len(SAMPLES),
        "commit": commit(),
    }


def commit() -> str:
    """The checkout's commit, "+changes" when vnreport/ differs from it (read-only git commands)."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                              text=True, check=True).stdout.strip()
        changed = subprocess.run(["git", "diff", "--quiet", "HEAD", "--", "vnreport"], cwd=REPO).returncode != 0
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + (" +changes" if changed else "")


def verdict(ok: bool) -> str:
    return "yes" if ok else "NO"


def table(rows: list[tuple[str, ...]]) -> str:
    """Rows as aligned columns: the first left-aligned, the others right-aligned."""
    widths = [max(len(r[i]) for r in rows if i < len(r)) for i in range(max(len(r) for r in rows))]
    lines = []
    for r in rows:
        cells = [c.ljust(widths[0]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def rendered(meta: dict[str, Any], single: SingleCore, b: Batch, s: StartUp, long: LongBatch) -> str:
    one, two = b.runs["1"], b.runs["2"]
    sd1, sd2 = steady_docs_per_s(one), steady_docs_per_s(two)
    w1, w2 = b.worker_peak_mb["1"], b.worker_peak_mb["2"]
    long_peak = worker_peak_mb(long.run)
    head = [
        f"vnreport speed benchmark, {meta['date']}",
        f"machine: {meta['cpus']} CPUs ({meta['cpu_model'] or 'unknown model'}), {meta['platform']}",
        f"Python {meta['python']}, underthesea {meta['underthesea']}, underthesea_core {meta['underthesea_core']}, "
        f"vnreport {meta['vnreport']} (commit {meta['commit']})",
        f"corpus: the {meta['samples']} samples cycled, body lines rotated on each cycle",
        "",
    ]
    g1 = [
        (f"(1) single core, warm models: {single.texts} texts, {single.chars:,} chars, {single.sentences} sentences",
         "vnreport", "underthesea.ner", "ratio", "target", "met"),
        ("    seconds", f"{single.vnreport_seconds:.2f}", f"{single.underthesea_seconds:.2f}"),
        ("    chars/s", f"{single.vnreport_chars_per_s:,.0f}", f"{single.underthesea_chars_per_s:,.0f}",
         f"{single.ratio:.2f}x", f">= {TARGET_SINGLE_RATIO:g}x", verdict(single.ratio >= TARGET_SINGLE_RATIO)),
        ("    other processes' load, cores", f"{single.background_cores:.2f}"),
    ]
    g2 = [
        (f"(2) CLI batch: {b.reports} reports, {b.chars:,} chars, jsonl", "--workers 1", "--workers 2", "ratio",
         "target", "met"),
        (f"    wall seconds (best of {len(b.rounds['1'])})", f"{one.seconds:.2f}", f"{two.seconds:.2f}"),
        ("    docs/s (wall)", f"{docs_per_s(one):.1f}", f"{docs_per_s(two):.1f}", f"{b.ratio:.2f}x",
         f">= {TARGET_WORKERS_RATIO:g}x", verdict(b.ratio >= TARGET_WORKERS_RATIO)),
        ("    docs/s (first to last record)", f"{sd1:.1f}" if sd1 else "-", f"{sd2:.1f}" if sd2 else "-",
         f"{b.steady_ratio:.2f}x" if b.steady_ratio else "-"),
        ("    records out", str(one.records), str(two.records)),
        ("    CPU seconds: main process", f"{one.cpu_s.get('main', 0):.1f}", f"{two.cpu_s.get('main', 0):.1f}"),
        ("    CPU seconds: workers", "-", f"{sum(v for k, v in two.cpu_s.items() if k != 'main'):.1f}"),
        ("    other processes' load, cores", f"{one.background_cores:.2f}", f"{two.background_cores:.2f}"),
        ("    outputs byte-identical, same order (all runs)", verdict(b.identical), "", "", "identical", verdict(b.identical)),
    ]
    baseline = s.import_underthesea_seconds + s.warm_extract_seconds
    g3 = [
        ("(3) start-up, wall seconds (best of runs)", "vnreport", "baseline", "ratio", "target", "met"),
        ("    vnreport --help", f"{s.help_seconds:.3f}", "", "", f"< {TARGET_HELP_SECONDS:g} s",
         verdict(s.help_seconds < TARGET_HELP_SECONDS)),
        ("    cold: extract one report --format json", f"{s.cold_extract_seconds:.3f}", f"{baseline:.3f}",
         f"{s.ratio:.2f}x", f"<= {TARGET_COLD_RATIO:g}x", verdict(s.ratio <= TARGET_COLD_RATIO)),
        (f"      baseline = import underthesea {s.import_underthesea_seconds:.3f}"
         f" + warm extract {s.warm_extract_seconds:.3f}",),
        ("    other processes' load, cores", f"{s.background_cores:.2f}"),
    ]
    long_rows: list[tuple[str, ...]] = []
    for role, (early, end) in long.rss_at_20_and_end.items():
        long_rows.append((f"      {role}: RSS at 20% / at end", f"{early:.0f}", f"{end:.0f}",
                          f"{(end - early) / early * 100:+.1f}%"))
    g4 = [
        ("(4) memory, MiB (peak RSS = VmHWM)", "value", "", "", "target", "met"),
        ("    worker peak RSS, --workers 1", f"{w1:.0f}", "", "", f"< {TARGET_WORKER_RSS_MB}",
         verdict(w1 < TARGET_WORKER_RSS_MB)),
        ("    worker peak RSS, --workers 2 (largest)", f"{w2:.0f}", "", "", f"< {TARGET_WORKER_RSS_MB}",
         verdict(w2 < TARGET_WORKER_RSS_MB)),
        ("    main process peak RSS, --workers 2", f"{two.peak_mb.get('main', 0):.0f}"),
        (f"    long batch: {long.reports} reports, --workers {long.workers}, jsonl dropped, "
         f"{long.run.seconds:.0f} s", f"{long_peak:.0f}", "", "", f"< {TARGET_WORKER_RSS_MB}",
         verdict(long_peak < TARGET_WORKER_RSS_MB)),
        *long_rows,
        ("      RSS flat over the batch", verdict(long.flat), "", "", f"+{FLAT_RSS_TOLERANCE:.0%} max",
         verdict(long.flat)),
        ("    other processes' load during the long batch, cores", f"{long.run.background_cores:.2f}"),
    ]
    text = "\n".join(head) + "\n" + "\n\n".join(table(g) for g in (g1, g2, g3, g4))
    # the long batch is there for its memory figures, which a busy neighbour does not change
    busiest = max(single.background_cores, one.background_cores, two.background_cores, s.background_cores)
    if busiest > DISTURBED_CORES:
        text += (f"\n\nwarning: other processes kept up to {busiest:.1f} of {meta['cpus']} cores busy during "
                 "groups 1-3; times and the --workers ratio are disturbed (run again on a quiet machine, "
                 "or with --wait-quiet)")
    elif long.run.background_cores > DISTURBED_CORES:
        text += "\n\nnote: the long batch shared the machine: its time is disturbed, its memory figures are not"
    return text


def summary_json(meta: dict[str, Any], single: SingleCore, b: Batch, s: StartUp, long: LongBatch) -> dict[str, Any]:
    def run_dict(run: CliRun) -> dict[str, Any]:
        d = asdict(run)
        d.pop("rss_mb")  # the samples are many; the peaks and the 20 %/end figures say what matters
        d["docs_per_s"] = docs_per_s(run)
        d["steady_docs_per_s"] = steady_docs_per_s(run)
        d["worker_peak_mb"] = worker_peak_mb(run)
        return d

    return {
        "meta": meta,
        "targets": {
            "single_ratio": TARGET_SINGLE_RATIO, "workers_ratio": TARGET_WORKERS_RATIO,
            "help_seconds": TARGET_HELP_SECONDS, "cold_ratio": TARGET_COLD_RATIO,
            "worker_rss_mb": TARGET_WORKER_RSS_MB, "flat_rss_tolerance": FLAT_RSS_TOLERANCE,
        },
        "single_core": asdict(single),
        "batch": {"reports": b.reports, "chars": b.chars, "identical": b.identical, "ratio": b.ratio,
                  "steady_ratio": b.steady_ratio,
                  "rounds_wall_seconds": b.rounds, "worker_peak_mb": b.worker_peak_mb,
                  "runs": {w: run_dict(r) for w, r in b.runs.items()}},
        "start_up": asdict(s),
        "long_batch": {"reports": long.reports, "workers": long.workers, "flat": long.flat,
                       "rss_at_20_and_end_mb": long.rss_at_20_and_end, "run": run_dict(long.run)},
        "met": {
            "single_core": single.ratio >= TARGET_SINGLE_RATIO,
            "batch": b.ratio >= TARGET_WORKERS_RATIO and b.identical,
            "help": s.help_seconds < TARGET_HELP_SECONDS,
            "cold": s.ratio <= TARGET_COLD_RATIO,
            "memory": max(*b.worker_peak_mb.values(), worker_peak_mb(long.run)) < TARGET_WORKER_RSS_MB
                      and long.flat,
        },
    }


# ---------------------------------------------------------------- --profile


class _Timed:
    """Stands for a model's featurizer or tagger, adding the time of each call to ``totals[label]``."""

    def __init__(self, inner: Any, label: str, totals: dict[str, float]) -> None:
        self._inner, self._label, self._totals = inner, label, totals

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._inner, name)
        if not callable(attr):
            return attr

        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return attr(*args, **kwargs)
            finally:
                self._totals[self._label] = self._totals.get(self._label, 0.0) + time.perf_counter() - t0

        return timed


def _timed_function(function: Any, label: str, totals: dict[str, float]) -> Any:
    return _Timed(type("F", (), {"call": staticmethod(function)})(), label, totals).call


def stage_seconds(texts: list[str], passes: int) -> dict[str, float]:
    """Seconds per pipeline stage (recognizers one by one, models split into featurizing and
    tagging) over ``passes`` runs of ``texts``, warm, without a profiler's overhead.

    The models and ``ner.rows`` are wrapped with timers in this process only; the
    stages are run as ``pipeline.run`` runs them.
    """
    import vnreport
    from vnreport import models
    from vnreport.recognizers import names

    vnreport.extract(texts[0])  # load everything first
    inner: dict[str, float] = {}
    crfs = [(label, crf) for label, crf in (("word segmentation", models.word_segmenter()),
                                            ("POS", models.pos_tagger()), ("NER", models.ner_tagger()))
            if crf is not None]
    rows = names.rows
    for label, crf in crfs:
        object.__setattr__(crf, "featurizer", _Timed(crf.featurizer, f"{label}: featurize (Rust)", inner))
        object.__setattr__(crf, "tagger", _Timed(crf.tagger, f"{label}: tag (Rust)", inner))
    names.rows = _timed_function(rows, "NER: ner.rows (feature columns, Python)", inner)
    try:
        totals = _timed_stages(texts, passes)
    finally:  # the cached models are shared with the rest of the process: put them back as they were
        for _, crf in crfs:
            object.__setattr__(crf, "featurizer", crf.featurizer._inner)
            object.__setattr__(crf, "tagger", crf.tagger._inner)
        names.rows = rows
    return {**totals, **{f"  of which {k}": v for k, v in inner.items()}}


def _timed_stages(texts: list[str], passes: int) -> dict[str, float]:
    import importlib

    from vnreport import pipeline
    from vnreport.document import Document
    from vnreport.report import Report

    totals: dict[str, float] = {}

    def add(label: str, t0: float) -> None:
        totals[label] = totals.get(label, 0.0) + time.perf_counter() - t0

    for _ in range(passes):
        for text in texts:
            doc = Document(text)
            for stage in pipeline.STAGES:
                if stage is pipeline.recognize:
                    for name in pipeline.RECOGNIZERS:
                        module = importlib.import_module(f"vnreport.recognizers.{name}")
                        t0 = time.perf_counter()
                        doc.candidates.extend(module.recognize(doc))
                        add(f"recognize: {name}", t0)
                else:
                    t0 = time.perf_counter()
                    doc = stage(doc)
                    add(stage.__name__, t0)
            t0 = time.perf_counter()
            Report.from_document(doc, source="-").to_dict()
            add("report + to_dict", t0)
    return totals


def profile(passes: int, top: int) -> str:
    """Stage timings and a cProfile of ``vnreport.extract`` over the 20 samples, as text."""
    import cProfile
    import io
    import pstats

    texts = sample_texts()
    chars = sum(len(t) for t in texts) * passes
    stages = stage_seconds(texts, passes)
    total = sum(v for k, v in stages.items() if not k.startswith(" "))
    lines = [f"stage timings: {len(texts)} samples x {passes} passes, {chars:,} chars, {total:.2f} s, "
             f"{chars / total:,.0f} chars/s (no profiler)", ""]
    lines += [f"  {label:<58} {seconds:7.3f} s  {seconds / total:6.1%}" for label, seconds in stages.items()]

    import vnreport

    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(passes):
        for text in texts:
            vnreport.extract(text)
    profiler.disable()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    profiler.dump_stats(OUT.parent / "profile.pstats")
    for order in ("cumulative", "tottime"):
        stream = io.StringIO()
        stats = pstats.Stats(profiler, stream=stream).strip_dirs().sort_stats(order)
        stats.print_stats(top)
        body = stream.getvalue()
        lines += ["", f"cProfile, sorted by {order} (top {top}):", body[body.index("   ncalls") :].rstrip()]
    return "\n".join(lines)


# ---------------------------------------------------------------- main


def options(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a smaller run (under a minute)")
    parser.add_argument("--reports", type=int, help="reports in the batch corpus (default 500, quick 60)")
    parser.add_argument("--long", type=int, help="reports in the memory run (default 2000, quick 120)")
    parser.add_argument("--single", type=int, help="texts for the single-core comparison (default 40, quick 8)")
    parser.add_argument("--long-workers", type=int, default=2, help="workers of the memory run (default 2)")
    parser.add_argument("--rounds", type=int, help="interleaved --workers 1/2 rounds, the best counts (default 2, quick 1)")
    parser.add_argument("--wait-quiet", type=float, default=0, metavar="SECONDS",
                        help="before each group, wait up to SECONDS for other processes to go idle (default 0)")
    parser.add_argument("--profile", action="store_true",
                        help="instead of the benchmark: stage timings and a cProfile of vnreport.extract")
    parser.add_argument("--passes", type=int, default=3, help="passes over the samples for --profile (default 3)")
    args = parser.parse_args(argv)
    args.reports = args.reports or (60 if args.quick else 500)
    args.long = args.long or (120 if args.quick else 2000)
    args.single = args.single or (8 if args.quick else 40)
    args.rounds = args.rounds or (1 if args.quick else 2)
    return args


def main(argv: list[str] | None = None) -> int:
    args = options(argv)
    if args.profile:
        print(profile(args.passes, top=30))
        _say(f"written {(OUT.parent / 'profile.pstats').relative_to(REPO)}")
        return 0
    meta = machine()
    meta.update(quick=args.quick, reports=args.reports, long_reports=args.long, single_texts=args.single)
    texts = corpus(max(args.reports, args.long, args.single))
    with tempfile.TemporaryDirectory(prefix="vnreport-bench-") as tmp:
        scratch = Path(tmp)
        batch_dir = written_corpus(texts[: args.reports], scratch / "batch")
        long_dir = written_corpus(texts[: args.long], scratch / "long")
        _say(f"(1) single core on {args.single} texts ...")
        wait_for_quiet(args.wait_quiet)
        single = single_core(texts[: args.single])
        _say(f"(2) CLI batch of {args.reports} reports, --workers 1 and 2, {args.rounds} round(s) ...")
        b = batch(batch_dir, args.reports, sum(len(t) for t in texts[: args.reports]), scratch,
                  rounds=args.rounds, patience=args.wait_quiet)
        _say("(3) start-up ...")
        wait_for_quiet(args.wait_quiet)
        s = start_up(single.start_up_sample_warm_seconds, repeats=2 if args.quick else 3)
        _say(f"(4) long batch of {args.long} reports, --workers {args.long_workers} ...")
        wait_for_quiet(args.wait_quiet)
        long = long_batch(long_dir, args.long, args.long_workers)
    print(rendered(meta, single, b, s, long), flush=True)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(summary_json(meta, single, b, s, long), ensure_ascii=False, indent=2) + "\n",
                   encoding="utf-8")
    _say(f"written {OUT.relative_to(REPO)}")
    return 0


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
