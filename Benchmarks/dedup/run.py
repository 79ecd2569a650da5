#!/usr/bin/env python3
"""Near-duplicate benchmark (dedup-bench/1, issue #7): `kechuang dedup` against the datasketch
reference on generated presets.

For every preset: generate it with shared/bench/dedup/gen.py unless it is already there
($KECHUANG_BENCH_DIR/dedup/PRESET, default /tmp/kechuang-bench/dedup/PRESET); run
`kechuang dedup --threshold 0.8` and `ref_datasketch.py --lsh-threshold 0.6` (128 permutations,
2 worker processes, exact verification of every LSH candidate) one after the other, each under
`/usr/bin/time -v`; score both outputs with score.py; and check that our shingle sets equal the
kit's Python shingler (`shingle.py`) on every document of the preset (set size, sum and xor of
the hashes per document). Prints a markdown table; --write-doc puts it into docs/BENCHMARKS.md
(rows of presets not run this time are kept).

  scripts/bench dedup                      # small and medium
  scripts/bench dedup --presets nsfc       # the 318,000-document season (~16 GB RAM to generate)
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from multiprocessing import get_context

SECTION = "## Near-duplicate applications (`scripts/bench dedup`)"
PRESET_ORDER = ["tiny", "small", "medium", "nsfc"]


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def timed(cmd, log_path):
    """Runs cmd under /usr/bin/time -v; returns (stdout, wall seconds, peak RSS bytes)."""
    t0 = time.time()
    with open(log_path, "w") as err:
        p = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=subprocess.PIPE, stderr=err, text=True)
    wall = time.time() - t0
    log = open(log_path).read()
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({p.returncode}); see {log_path}\n{log[-2000:]}")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", log)
    rss = int(m.group(1)) * 1024 if m else float("nan")
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", log)
    if m:
        parts = [float(x) for x in m.group(1).split(":")]
        wall = sum(v * 60 ** i for i, v in enumerate(reversed(parts)))
    return p.stdout, wall, rss


def ensure_preset(kit, shared, bench_dir, preset, workers):
    out = os.path.join(bench_dir, preset)
    if all(os.path.exists(os.path.join(out, f)) for f in ("docs.jsonl", "truth.csv", "ids.txt", "stats.json")):
        return out
    print(f"generating {preset} into {out} …", file=sys.stderr, flush=True)
    sh([sys.executable, os.path.join(kit, "gen.py"), "--preset", preset, "--corpus", os.path.join(shared, "corpus", "laws.jsonl"),
        "--out", out, "--workers", str(workers)], stdout=subprocess.DEVNULL)
    return out


def _py_digests(args):
    kit, texts = args
    sys.path.insert(0, kit)
    import shingle as S  # noqa: E402
    h, sizes = S.shingle_batch(texts)
    out, pos = [], 0
    mask = (1 << 64) - 1
    for n in sizes:
        part = h[pos:pos + n]
        pos += n
        s = int(part.sum(dtype="uint64")) & mask if n else 0
        x = 0
        if n:
            import numpy as np
            x = int(np.bitwise_xor.reduce(part))
        out.append((int(n), s, x))
    return out


def check_shingles(kit, docs_path, digests_path, workers):
    """Compares our per-document (size, Σ, ⊕) with shingle.py; returns (documents, mismatches, examples)."""
    ours = []
    with open(digests_path) as f:
        next(f)
        for line in f:
            i, n, s, x = line.rstrip("\n").rsplit(",", 3)
            ours.append((i, int(n), int(s, 16), int(x, 16)))

    def batches(size=2000):
        buf = []
        with open(docs_path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    buf.append(json.loads(line)["text"])
                    if len(buf) == size:
                        yield (kit, buf)
                        buf = []
        if buf:
            yield (kit, buf)
    ref = []
    with get_context("fork").Pool(workers) as pool:
        for part in pool.imap(_py_digests, batches()):
            ref.extend(part)
    bad = [o[0] for o, r in zip(ours, ref) if (o[1], o[2], o[3]) != r]
    if len(ours) != len(ref):
        bad.append(f"count {len(ours)} vs {len(ref)}")
    return len(ref), len(bad), bad[:5]


def score(kit, preset_dir, pairs):
    out = subprocess.run([sys.executable, os.path.join(kit, "score.py"), preset_dir, pairs], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def run_preset(args, binary, kit, bench_dir, work, preset):
    d = ensure_preset(kit, args.shared, bench_dir, preset, args.gen_workers)
    stats = json.load(open(os.path.join(d, "stats.json")))
    row = {"preset": preset, "docs": stats["docs"], "truth8": stats["truth_pairs_0.8"]}

    # ours
    pairs = os.path.join(work, f"ours-{preset}.csv")
    cmd = [binary, "dedup", "--input", os.path.join(d, "docs.jsonl"), "--threshold", "0.8", "--out", pairs, "--json"]
    if args.threads:
        cmd += ["--threads", str(args.threads)]
    stdout, wall, rss = timed(cmd, os.path.join(work, f"ours-{preset}.time"))
    ours = json.loads(stdout.strip().splitlines()[-1])
    row.update(ours_wall=wall, ours_rss=rss, ours=ours, ours_score=score(kit, d, pairs))
    print(f"{preset}: ours {wall:.1f} s, {rss / 2**20:.0f} MiB, recall {row['ours_score']['recall_at_0.8']}, "
          f"FP {row['ours_score']['false_positives']}", file=sys.stderr, flush=True)

    # datasketch reference, same run
    if not args.skip_datasketch:
        prefix = os.path.join(work, f"ds-{preset}")
        stdout, wall, rss = timed([sys.executable, os.path.join(kit, "ref_datasketch.py"), d, "--lsh-threshold", "0.6",
                                   "--workers", "2", "--out-prefix", prefix], os.path.join(work, f"ds-{preset}.time"))
        ds = json.loads(stdout.strip().splitlines()[-1])
        run = ds["runs"][0]
        row.update(ds_wall=wall, ds_rss=rss, ds=ds, ds_exact=run["exact"])
        print(f"{preset}: datasketch {wall:.1f} s, {rss / 2**20:.0f} MiB, recall {run['exact']['recall_at_0.8']}, "
              f"FP {run['exact']['false_positives']}", file=sys.stderr, flush=True)

    # shingling equality with shingle.py (an extra run of ours that also writes the set digests)
    if not args.no_check_shingles:
        digests = os.path.join(work, f"digests-{preset}.csv")
        sh([binary, "dedup", "--input", os.path.join(d, "docs.jsonl"), "--out", os.path.join(work, f"ours2-{preset}.csv"),
            "--set-digests", digests, "--json"], stdout=subprocess.DEVNULL)
        n, bad, examples = check_shingles(kit, os.path.join(d, "docs.jsonl"), digests, 2)
        row["shingle_check"] = (n, bad)
        print(f"{preset}: shingle sets equal to shingle.py on {n - bad}/{n} documents {examples if bad else ''}",
              file=sys.stderr, flush=True)
    return row


def fmt_phases(sec, names):
    return " / ".join(f"{sec.get(k, 0):.1f}" for k in names)


def table_rows(rows):
    out = []
    for r in rows:
        o = r["ours"]
        s = o["seconds"]
        ours_ph = fmt_phases(s, ["signatures", "buckets", "re-shingle", "verify", "write"])
        cand = f"{o['candidates']:,} ({o['reshingled']:,} docs)"
        if "ds" in r:
            ds_sh = r["ds"]["seconds_shared"]
            ds_run = r["ds"]["runs"][0]["seconds"]
            ds_ph = f"{ds_sh['read+shingling']:.1f} / {ds_sh['minhash']:.1f} / {ds_run['lsh']:.1f} / {ds_run['verification']:.1f}"
            ds_core = ds_sh["read+shingling"] + ds_sh["minhash"] + ds_run["lsh"] + ds_run["verification"]
            ds_cols = (f"{r['ds_wall']:.1f} | {r['ds_rss'] / 2**30:.2f} GB | {ds_ph} | "
                       f"{r['ds_wall'] / r['ours_wall']:.1f}× ({ds_core / r['ours_wall']:.1f}×)")
            recall = f"{r['ours_score']['recall_at_0.8']:.4f} / {r['ds_exact']['recall_at_0.8']:.4f}"
            fp = f"{r['ours_score']['false_positives']} / {r['ds_exact']['false_positives']}"
        else:
            ds_cols = "– | – | – | –"
            recall = f"{r['ours_score']['recall_at_0.8']:.4f} / –"
            fp = f"{r['ours_score']['false_positives']} / –"
        check = "–"
        if "shingle_check" in r:
            n, bad = r["shingle_check"]
            check = f"{n - bad:,}/{n:,}"
        out.append(f"| {r['preset']} | {r['docs']:,} | {r['truth8']:,} | {r['ours_wall']:.1f} | {r['ours_rss'] / 2**30:.2f} GB | "
                   f"{ours_ph} | {cand} | {ds_cols} | {recall} | {fp} | {check} |")
    return out


HEADER = ("| preset | docs | truth J≥0.8 | ours wall s | ours peak RSS | ours phases s (signatures / buckets / re-shingle / verify / write) "
          "| candidates verified (docs re-shingled) | datasketch wall s | datasketch peak RSS | datasketch phases s (shingling / MinHash / LSH / verify) "
          "| speed-up wall (phases) | recall@0.8 ours / datasketch | false positives ours / datasketch | sets equal to shingle.py |")
SEP = "|" + "---|" * 14


def write_doc(root, new_rows):
    path = os.path.join(root, "docs", "BENCHMARKS.md")
    text = open(path, encoding="utf-8").read()
    start = text.find(SECTION)
    if start < 0:
        raise SystemExit(f"{path} has no section {SECTION!r}; add it first")
    end = text.find("\n## ", start + len(SECTION))
    end = len(text) if end < 0 else end + 1
    section = text[start:end]
    # keep rows of presets not run this time
    old = {}
    for line in section.splitlines():
        m = re.match(r"\| (\w+) \| [\d,]+ \|", line)
        if m:
            old[m.group(1)] = line
    for line in new_rows:
        old[re.match(r"\| (\w+) \|", line).group(1)] = line
    rows = [old[p] for p in PRESET_ORDER if p in old] + [v for k, v in old.items() if k not in PRESET_ORDER]
    table = "\n".join([HEADER, SEP] + rows)
    a = section.find("<!-- dedup-table -->")
    b = section.find("<!-- /dedup-table -->")
    if a < 0 or b < 0:
        raise SystemExit("the section lacks the <!-- dedup-table --> … <!-- /dedup-table --> markers")
    section = section[:a] + "<!-- dedup-table -->\n" + table + "\n" + section[b:]
    open(path, "w", encoding="utf-8").write(text[:start] + section + text[end:])
    print(f"updated {path}", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--presets", default="small,medium", help="comma separated: tiny, small, medium, nsfc")
    ap.add_argument("--threads", type=int, default=None, help="kechuang dedup --threads (default: all cores)")
    ap.add_argument("--gen-workers", type=int, default=2)
    ap.add_argument("--skip-build", action="store_true")
    ap.add_argument("--skip-datasketch", action="store_true")
    ap.add_argument("--no-check-shingles", action="store_true", help="skip the comparison with shingle.py")
    ap.add_argument("--write-doc", action="store_true")
    args = ap.parse_args()

    kit = os.path.join(args.shared, "bench", "dedup")
    bench_dir = os.path.join(os.environ.get("KECHUANG_BENCH_DIR", "/tmp/kechuang-bench"), "dedup")
    os.makedirs(bench_dir, exist_ok=True)
    if not args.skip_build:
        sh(["swift", "build", "-c", "release", "--product", "kechuang"], cwd=args.root)
    binary = os.path.join(args.root, ".build", "release", "kechuang")
    work = tempfile.mkdtemp(prefix="kechuang-dedup-")
    rows = [run_preset(args, binary, kit, bench_dir, work, p.strip()) for p in args.presets.split(",") if p.strip()]
    lines = table_rows(rows)
    print("\n".join([HEADER, SEP] + lines))
    print(f"\nWork files: {work}")
    with open(os.path.join(work, "rows.json"), "w") as f:
        json.dump(rows, f, indent=1, default=str)
    if args.write_doc:
        write_doc(args.root, lines)


if __name__ == "__main__":
    main()
