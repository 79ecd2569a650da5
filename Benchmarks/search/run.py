#!/usr/bin/env python3
"""Policy-search benchmark: for SQLite and PostgreSQL, import the full corpus with
`kechuang policies import`, start `kechuang serve`, write a run file for the dev judgements
through the HTTP API and score it with shared/bench/search/eval.py, measure HTTP latency with
shared/bench/search/latency.py, and check that both databases return the same top 10 for every
latency query. Prints a table (and writes it to docs/BENCHMARKS.md with --write-doc)."""
import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def wait_health(port, proc, seconds=180):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise SystemExit("server did not become healthy")


def search(port, q, limit):
    url = f"http://127.0.0.1:{port}/api/v1/policies/search?" + urllib.parse.urlencode({"q": q, "limit": limit})
    with urllib.request.urlopen(url, timeout=30) as r:
        return json.load(r)


def rss_mib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def start_postgres(root, work):
    # The cluster runs as the postgres user, who must be able to reach its folder.
    os.chmod(work, 0o755)
    pg_dir = os.path.join(work, "pg")
    url = subprocess.run(["bash", os.path.join(root, "scripts/pg-cluster"), "start", pg_dir, "55499"],
                         check=True, capture_output=True, text=True).stdout.strip()
    return pg_dir, url


def run_engine(name, db_url, args, binary, work, shared):
    corpus = os.path.join(shared, "corpus", args.corpus)
    row = {"engine": name}
    t0 = time.time()
    sh([binary, "policies", "import", "--jsonl", corpus, "--db", db_url], stdout=subprocess.DEVNULL)
    row["import_s"] = time.time() - t0
    port = args.port
    log = open(os.path.join(work, f"serve-{name}.log"), "w")
    t0 = time.time()
    proc = subprocess.Popen([binary, "serve", "--port", str(port), "--db", db_url], stdout=log, stderr=log,
                            env={**os.environ, "LOG_LEVEL": "warning"})
    try:
        wait_health(port, proc)
        row["start_s"] = time.time() - t0
        row["rss_mib"] = rss_mib(proc.pid)
        # Quality: one run line per judged query, the query string verbatim.
        run_path = os.path.join(work, f"run-{name}.jsonl")
        with open(os.path.join(shared, "corpus", "qrels-dev.jsonl")) as f, open(run_path, "w") as out:
            for line in f:
                q = json.loads(line)
                res = search(port, q["query"], 100)["results"]
                out.write(json.dumps({"qid": q["qid"], "results": [{"document_id": h["document_id"], "article": h["article"]} for h in res]},
                                     ensure_ascii=False) + "\n")
        scores_path = os.path.join(work, f"scores-{name}.json")
        sh([sys.executable, os.path.join(shared, "bench/search/eval.py"), "--qrels", os.path.join(shared, "corpus/qrels-dev.jsonl"),
            "--run", run_path, "--json", scores_path, "--quiet"], stdout=subprocess.DEVNULL)
        with open(scores_path) as f:
            scores = json.load(f)
        row["scores"] = scores
        # Top 10 of every latency query, to compare engines.
        tops = {}
        with open(os.path.join(shared, "corpus", "latency-queries.jsonl")) as f:
            for line in f:
                q = json.loads(line)
                tops[q["qid"]] = [(h["document_id"], h["article"]) for h in search(port, q["query"], 10)["results"]]
        row["tops"] = tops
        lat_path = os.path.join(work, f"latency-{name}.json")
        sh([sys.executable, os.path.join(shared, "bench/search/latency.py"),
            "--url", f"http://127.0.0.1:{port}/api/v1/policies/search?q={{q}}&limit=10", "--repeat", str(args.repeat),
            "--json", lat_path], stdout=subprocess.DEVNULL)
        with open(lat_path) as f:
            row["latency"] = json.load(f)
        row["rss_after_mib"] = rss_mib(proc.pid)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
    return row


def metric(scores, name, group="all"):
    v = scores.get("means", {}).get(group, {}).get(name)
    return float("nan") if v is None else float(v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--corpus", default="laws.jsonl")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--port", type=int, default=18431)
    ap.add_argument("--engines", default="sqlite,postgres")
    ap.add_argument("--skip-build", action="store_true")
    ap.add_argument("--write-doc", action="store_true")
    args = ap.parse_args()

    if not args.skip_build:
        sh(["swift", "build", "-c", "release", "--product", "kechuang"], cwd=args.root)
    binary = os.path.join(args.root, ".build", "release", "kechuang")
    work = tempfile.mkdtemp(prefix="kechuang-bench-")
    rows = []
    pg_dir = None
    try:
        for engine in args.engines.split(","):
            if engine == "sqlite":
                db = "sqlite:" + os.path.join(work, "bench.sqlite")
                row = run_engine("sqlite", db, args, binary, work, args.shared)
                row["size_mib"] = sum(os.path.getsize(os.path.join(work, f)) for f in os.listdir(work) if f.startswith("bench.sqlite")) / 2**20
            else:
                pg_dir, url = start_postgres(args.root, work)
                row = run_engine("postgres", url, args, binary, work, args.shared)
                size = subprocess.run(["psql", url, "-Atc", "select pg_database_size(current_database())"], capture_output=True, text=True)
                row["size_mib"] = int(size.stdout.strip() or 0) / 2**20
            rows.append(row)
    finally:
        if pg_dir:
            subprocess.run(["bash", os.path.join(args.root, "scripts/pg-cluster"), "stop", pg_dir])

    same = None
    if len(rows) == 2:
        a, b = rows[0]["tops"], rows[1]["tops"]
        same = sum(1 for q in a if a[q] == b.get(q)) / max(1, len(a))

    header = "| engine | import s | start s (index build) | DB size MiB | RSS MiB | dev nDCG@10 | recall@10 | MRR | art hit@10 | zh nDCG@10 | en nDCG@10 | p50 ms | p99 ms |"
    lines = [header, "|" + "---|" * 13]
    for r in rows:
        s, lat = r["scores"], r["latency"]
        lines.append("| {} | {:.1f} | {:.1f} | {:.0f} | {:.0f} | {:.3f} | {:.3f} | {:.3f} | {:.3f} | {:.3f} | {:.3f} | {:.2f} | {:.2f} |".format(
            r["engine"], r["import_s"], r["start_s"], r["size_mib"], r["rss_after_mib"],
            metric(s, "ndcg"), metric(s, "recall"), metric(s, "mrr"), metric(s, "art_hit"), metric(s, "ndcg", "lang=zh"), metric(s, "ndcg", "lang=en"),
            float(lat.get("p50_ms") or "nan"), float(lat.get("p99_ms") or "nan")))
    table = "\n".join(lines)
    print(table)
    if same is not None:
        print(f"\nSame top 10 (documents and articles) on both databases: {same * 100:.1f}% of the {len(rows[0]['tops'])} latency queries")
    print(f"\nWork files: {work}")
    with open(os.path.join(work, "table.md"), "w") as f:
        f.write(table + "\n")


if __name__ == "__main__":
    main()
