#!/usr/bin/env python3
"""Start-up with the full policy corpus (issue #18): how long `kechuang serve` takes from launch until
/health answers (migration check plus building the node's policy index from ≈147,000 article rows),
and how long one `kechuang policies search` takes from launch to its answer. Targets: serve ≤ 3 s,
policies search ≤ 1 s. For SQLite and PostgreSQL; imports `laws.jsonl` into each first (or uses
databases given with --sqlite / --pg-url that already hold it). Prints a table; not a timed assertion
anywhere."""
import argparse
import base64
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def time_serve(binary, url, port):
    """Seconds from launch until /health answers 200 (polled every 20 ms)."""
    t0 = time.time()
    proc = subprocess.Popen([binary, "serve", "--port", str(port), "--db", url], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "LOG_LEVEL": "warning"})
    try:
        while True:
            if proc.poll() is not None:
                raise SystemExit(f"serve exited with {proc.returncode}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1) as r:
                    if r.status == 200:
                        return time.time() - t0
            except OSError:
                time.sleep(0.02)
            if time.time() - t0 > 300:
                raise SystemExit("serve did not become healthy in 300 s")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def time_cli_search(binary, url, query):
    t0 = time.time()
    out = subprocess.run([binary, "policies", "search", query, "--db", url], check=True, capture_output=True, text=True).stdout
    return time.time() - t0, len([l for l in out.splitlines() if l.strip()])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--binary", default="", help="kechuang binary (default: release build, built if missing)")
    ap.add_argument("--engines", default="sqlite,postgres")
    ap.add_argument("--sqlite", default="", help="an SQLite file that already holds the corpus")
    ap.add_argument("--pg-url", default="", help="a PostgreSQL database that already holds the corpus")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--port", type=int, default=8097)
    ap.add_argument("--query", default="科技成果转化 收益分配")
    args = ap.parse_args()
    binary = args.binary or os.path.join(args.root, ".build", "release", "kechuang")
    if not os.path.exists(binary):
        sh(["swift", "build", "-c", "release", "--product", "kechuang"], cwd=args.root)
    os.environ.setdefault("KECHUANG_AUDIT_KEY", base64.b64encode(os.urandom(32)).decode())  # a throwaway key
    corpus = os.path.join(args.shared, "corpus", "laws.jsonl")
    work = tempfile.mkdtemp(prefix="kechuang-bench-startup-")
    os.chmod(work, 0o755)
    rows, pg_dir = [], None
    try:
        for engine in args.engines.split(","):
            url = None
            if engine == "sqlite":
                url = "sqlite:" + (args.sqlite or os.path.join(work, "laws.sqlite"))
                fresh = not args.sqlite
            else:
                if args.pg_url:
                    url, fresh = args.pg_url, False
                else:
                    pg_dir = os.path.join(work, "pg")
                    url = subprocess.run(["bash", os.path.join(args.root, "scripts/pg-cluster"), "start", pg_dir, "55497"],
                                         check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
                    fresh = True
            if fresh:
                sh([binary, "migrate", "--db", url], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                t0 = time.time()
                sh([binary, "policies", "import", "--db", url, "--jsonl", corpus], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                print(f"{engine}: imported the corpus in {time.time() - t0:.1f} s", file=sys.stderr, flush=True)
            serve = [time_serve(binary, url, args.port) for _ in range(args.runs)]
            cli = [time_cli_search(binary, url, args.query) for _ in range(args.runs)]
            rows.append((engine, serve, [c[0] for c in cli], cli[-1][1], os.getloadavg()[0]))
            print(f"{engine}: serve ready {', '.join(f'{s:.2f}' for s in serve)} s; policies search {', '.join(f'{c[0]:.2f}' for c in cli)} s",
                  file=sys.stderr, flush=True)
    finally:
        if pg_dir:
            subprocess.run(["bash", os.path.join(args.root, "scripts/pg-cluster"), "stop", pg_dir], check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(work, ignore_errors=True)
    print(f"start-up with the full corpus: binary {binary}, {os.cpu_count()} CPUs, {args.runs} runs each (targets: serve ≤ 3 s, policies search ≤ 1 s)")
    print(f"{'engine':<10} {'serve ready s (median / max)':>30} {'policies search s (median / max)':>34} {'lines':>6} {'load':>5}")
    for engine, serve, cli, lines, load in rows:
        print(f"{engine:<10} {statistics.median(serve):>17.2f} / {max(serve):<10.2f} {statistics.median(cli):>21.2f} / {max(cli):<10.2f} {lines:>6} {load:>5.1f}")


if __name__ == "__main__":
    main()
