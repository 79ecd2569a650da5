#!/usr/bin/env python3
"""Reviewer-assignment benchmark: `kechuang assign` (exact, pure Swift) against the OR-tools
reference (`shared/bench/assign/ref_mcf.py`, SimpleMinCostFlow) on the rap-bench/1 presets.

For each preset: generate the instance once with gen.py into the cache directory
($KECHUANG_BENCH_DIR or /tmp/kechuang-bench/assign; reused when header.json exists), run
ref_mcf.py (which writes optimum.json), `kechuang assign` and `kechuang assign --fair`, each under
/usr/bin/time -v (wall time and peak RSS of the whole process, reading the instance included),
score every output with score.py --wall-s, and print a markdown table. --write-doc replaces the
table in the "Reviewer assignment" section of docs/BENCHMARKS.md.

    scripts/bench assign [--presets small mid medium large-sparse nsfc] [--skip-build] [--write-doc]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time

DEFAULT_PRESETS = ["small", "mid", "medium", "large-sparse"]
SECTION = "## Reviewer assignment (`scripts/bench assign`)"
BEGIN, END = "<!-- assign-table -->", "<!-- /assign-table -->"


def log(*a):
    print(f"[bench assign {time.strftime('%H:%M:%S')}]", *a, file=sys.stderr, flush=True)


def timed(cmd, cwd=None):
    """Runs cmd under /usr/bin/time -v; returns (returncode, wall s, peak RSS MiB, stdout, stderr)."""
    t0 = time.time()
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, cwd=cwd, capture_output=True, text=True)
    wall = time.time() - t0
    rss = float("nan")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    if m:
        rss = int(m.group(1)) / 1024
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", p.stderr)
    if m:
        wall = int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
    return p.returncode, wall, rss, p.stdout, p.stderr


def score(kit, inst, out, wall):
    p = subprocess.run([sys.executable, os.path.join(kit, "score.py"), inst, out, "--wall-s", f"{wall:.3f}"],
                       capture_output=True, text=True)
    try:
        return json.loads(p.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {"valid": False, "error": p.stderr.strip()[-300:]}


def ensure_instance(kit, cache, preset):
    d = os.path.join(cache, preset)
    if os.path.exists(os.path.join(d, "header.json")):
        return d
    log(f"generating {preset} into {d}")
    subprocess.run([sys.executable, os.path.join(kit, "gen.py"), "--preset", preset, "--out", d], check=True,
                   stdout=subprocess.DEVNULL)
    return d


def fmt_int(x):
    return f"{x:,}" if isinstance(x, int) else str(x)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--presets", nargs="+", default=DEFAULT_PRESETS)
    ap.add_argument("--cache", default=os.environ.get("KECHUANG_BENCH_DIR", "/tmp/kechuang-bench/assign"))
    ap.add_argument("--no-fair", action="store_true", help="skip the --fair runs")
    ap.add_argument("--skip-build", action="store_true")
    ap.add_argument("--write-doc", action="store_true")
    args = ap.parse_args()

    kit = os.path.join(args.shared, "bench", "assign")
    if not args.skip_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "kechuang"], cwd=args.root, check=True)
    binary = os.path.join(args.root, ".build", "release", "kechuang")
    os.makedirs(args.cache, exist_ok=True)

    rows = []
    for preset in args.presets:
        inst = ensure_instance(kit, args.cache, preset)
        with open(os.path.join(inst, "header.json")) as f:
            hdr = json.load(f)
        row = {"preset": preset, "P": hdr["proposals"], "R": hdr["reviewers"]}
        log(f"{preset}: OR-tools")
        ref_out = os.path.join(args.cache, f"{preset}.ortools.csv")
        rc, wall, rss, out, err = timed([sys.executable, os.path.join(kit, "ref_mcf.py"), inst, ref_out])
        if rc != 0:
            log(f"ref_mcf.py failed ({rc}): {err[-500:]}")
        with open(os.path.join(inst, "optimum.json")) as f:
            opt = json.load(f)
        row.update(arcs=opt.get("arcs"), optimum=opt["total_affinity"], ref_wall=wall, ref_rss=rss,
                   ref=score(kit, inst, ref_out, wall))
        for mode in ["plain"] + ([] if args.no_fair else ["fair"]):
            log(f"{preset}: kechuang assign{' --fair' if mode == 'fair' else ''}")
            our_out = os.path.join(args.cache, f"{preset}.kechuang{'.fair' if mode == 'fair' else ''}.csv")
            cmd = [binary, "assign", "--instance", inst, "--out", our_out] + (["--fair"] if mode == "fair" else [])
            rc, wall, rss, out, err = timed(cmd)
            if rc != 0:
                log(f"kechuang assign failed ({rc}): {err[-800:]}")
            m = re.search(r"every assigned pair has affinity ≥ (\d+)", out)
            row[mode] = {"wall": wall, "rss": rss, "score": score(kit, inst, our_out, wall),
                         "bottleneck": int(m.group(1)) if m else None, "stdout": out}
        rows.append(row)
        log(f"{preset}: done")

    header = ("| preset | P × R | arcs | ours wall s | ours peak RSS MiB | OR-tools wall s | OR-tools peak RSS MiB "
              "| wall ratio (ours / OR-tools) | ours total affinity | = optimum | valid | min per-proposal total "
              "| --fair: wall s / RSS MiB | --fair: bottleneck | --fair: min per-proposal total | --fair: total / optimum |")
    lines = [header, "|" + "---|" * 16]
    for r in rows:
        o = r["plain"]
        s = o["score"]
        f = r.get("fair")
        total = s.get("total_affinity")
        fair_cells = ["–", "–", "–", "–"]
        if f:
            fs = f["score"]
            ratio = fs.get("total_affinity", 0) / r["optimum"] if r["optimum"] else float("nan")
            fair_cells = [f"{f['wall']:.2f} / {f['rss']:.0f}" + ("" if fs.get("valid") else " (INVALID)"),
                          fmt_int(f["bottleneck"]) if f["bottleneck"] is not None else "?",
                          fmt_int(fs.get("min_proposal_sum")), f"{ratio:.4f}"]
        lines.append("| {} | {} × {} | {} | {:.2f} | {:.0f} | {:.2f} | {:.0f} | {:.2f} | {} | {} | {} | {} | {} |".format(
            r["preset"], fmt_int(r["P"]), fmt_int(r["R"]), fmt_int(r["arcs"]), o["wall"], o["rss"],
            r["ref_wall"], r["ref_rss"], o["wall"] / r["ref_wall"], fmt_int(total),
            "yes" if total == r["optimum"] else f"NO (optimum {fmt_int(r['optimum'])})",
            "yes" if s.get("valid") else "NO", fmt_int(s.get("min_proposal_sum")), " | ".join(fair_cells)))
    table = "\n".join(lines)
    print(table)
    with open(os.path.join(args.cache, "table.md"), "w") as fh:
        fh.write(table + "\n")
    with open(os.path.join(args.cache, "results.json"), "w") as fh:
        json.dump(rows, fh, indent=1, default=str)
    if args.write_doc:
        write_doc(os.path.join(args.root, "docs", "BENCHMARKS.md"), table)
    bad = [r["preset"] for r in rows if not r["plain"]["score"].get("valid")
           or r["plain"]["score"].get("total_affinity") != r["optimum"]]
    if bad:
        log(f"NOT optimal/valid on: {', '.join(bad)}")
        return 1
    return 0


def write_doc(path, table):
    """Replaces the table between the markers of the assignment section (adds the section if absent)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    stamp = f"Measured {time.strftime('%Y-%m-%d')} by `scripts/bench assign`:"
    block = f"{BEGIN}\n{stamp}\n\n{table}\n{END}"
    if SECTION in text and BEGIN in text and END in text:
        a, b = text.index(BEGIN), text.index(END) + len(END)
        text = text[:a] + block + text[b:]
    else:
        text = text.rstrip("\n") + f"\n\n{SECTION}\n\n{block}\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    log(f"updated {path}")


if __name__ == "__main__":
    sys.exit(main())
