#!/usr/bin/env python3
"""Technology-market matching benchmark (issue #19): on SQLite and PostgreSQL, load the demo (`kechuang demo`),
generate a market with `kechuang bench-data market` (default 100,000 open supplies and 50,000 open demands from
generated universities, institutes and enterprises), start the server and measure over HTTP, for a random sample of
the generated demands and supplies, matching both ways:
  - a demand's page with its ranked supplies and their reasons (GET /market/trade/demands/{id}, anonymous) and its
    API (GET /api/v1/market/demands/{id}/matches, as the demo programme officer with an API token, so the ranked
    experts are computed too);
  - a supply's page with its ranked demands (GET /market/trade/supplies/{id}) and its API
    (GET /api/v1/market/supplies/{id}/matches, with the token);
with wrk at 32 connections: p50 / p90 / p99 and requests per second. The node builds its matching indexes on the
first request: that is timed once, apart. Target: p99 <= 50 ms. Prints a table; not a timed assertion anywhere.
The HTTP helpers (health wait, wrk's latency distribution, RSS) are the portal benchmark's."""
import argparse
import base64
import glob
import importlib.util
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid

TARGET_P99_MS = 50
OFFICER = "officer@demo.kechuang.cn"

_spec = importlib.util.spec_from_file_location("portal_bench", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "portal", "run.py"))
portal = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(portal)


def sample_ids(url, table, n, seed):
    """n random open listings of `table`, as the lowercase UUIDs the URLs use."""
    if url.startswith("sqlite:"):
        con = sqlite3.connect(url.split(":", 1)[1])
        rows = [r[0] for r in con.execute(f"SELECT id FROM {table} WHERE status = 'open'")]
        con.close()
        ids = [str(uuid.UUID(bytes=r)) if isinstance(r, bytes) else str(uuid.UUID(r)) for r in rows]
    else:
        out = subprocess.run([psql_bin(), url, "-v", "ON_ERROR_STOP=1", "-qAt", "-c", f"SELECT id FROM {table} WHERE status = 'open'"],
                             check=True, capture_output=True, text=True).stdout
        ids = [str(uuid.UUID(line.strip())) for line in out.splitlines() if line.strip()]
    if not ids:
        raise SystemExit(f"no open rows in {table}")
    rng = random.Random(seed)
    return rng.sample(ids, min(n, len(ids)))


def psql_bin():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/psql"), reverse=True)
    return shutil.which("psql") or (found[0] if found else "psql")


def request(port, path, token=None, timeout=900):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers=headers)
    t0 = time.perf_counter()
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return r.status, r.read(), time.perf_counter() - t0


def wrk_script(work, name, paths, token):
    """A wrk Lua script that GETs `paths` in turn (with the token, if any), each thread from its own offset."""
    headers = f'{{["Authorization"]="Bearer {token}"}}' if token else "{}"
    lines = ["local reqs = {"] + [f'  wrk.format("GET", [==[{p}]==], {headers}, nil),' for p in paths]
    lines += ["}", "local i = 0", "setup = function(thread) thread:set('offset', math.random(#reqs)) end",
              "init = function(args) i = tonumber(wrk.thread:get('offset') or 0) or 0 end",
              "request = function() i = i + 1; return reqs[(i % #reqs) + 1] end"]
    path = os.path.join(work, f"{name}.lua")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    return path


def check_matches(port, demands, supplies, token):
    """Every sampled listing answers 200; how many come back with matches, and with shared terms in the best one's reason."""
    found = {"demands_matched": 0, "supplies_matched": 0, "with_terms": 0, "experts": 0}
    for d in demands:
        status, body, _ = request(port, f"/api/v1/market/demands/{d}/matches", token)
        assert status == 200, (d, status)
        m = json.loads(body)
        found["demands_matched"] += bool(m["supplies"])
        found["with_terms"] += bool(m["supplies"] and m["supplies"][0]["shared_terms"])
        found["experts"] += bool(m["experts"])
    for s in supplies:
        status, body, _ = request(port, f"/api/v1/market/supplies/{s}/matches", token)
        assert status == 200, (s, status)
        found["supplies_matched"] += bool(json.loads(body))
    return found


def run_engine(name, url, args, binary, work):
    row = {"engine": name}
    os.environ.setdefault("KECHUANG_AUDIT_KEY", base64.b64encode(os.urandom(32)).decode())  # a throwaway key, never written into the tree
    subprocess.run([binary, "demo", "--db", url], check=True, stdout=subprocess.DEVNULL)
    t0 = time.time()
    gen = [binary, "bench-data", "market", "--db", url, "--supplies", str(args.supplies), "--demands", str(args.demands)]
    if args.organisations:
        gen += ["--organisations", str(args.organisations)]
    row["market"] = subprocess.run(gen, check=True, capture_output=True, text=True).stdout.strip()
    row["generate_s"] = time.time() - t0
    print(f"{name}: {row['market']}", file=sys.stderr, flush=True)
    token = subprocess.run([binary, "token", "create", "--email", OFFICER, "--name", "bench-market", "--db", url],
                           check=True, capture_output=True, text=True).stdout.strip().split()[-1]
    demands = sample_ids(url, "mkt_demands", args.samples, 19)
    supplies = sample_ids(url, "mkt_supplies", args.samples, 36)
    log = open(os.path.join(work, f"serve-{name}.log"), "w")
    proc = subprocess.Popen([binary, "serve", "--port", str(args.port), "--db", url], stdout=log, stderr=log,
                            env={**os.environ, "LOG_LEVEL": "warning", "KECHUANG_API_RATE_LIMIT": "off", "KECHUANG_API_ADDRESS_RATE_LIMIT": "off",
                                 "KECHUANG_AUDIT_CHECKPOINT_DIR": os.path.join(work, "checkpoints")})
    try:
        portal.wait_health(args.port, proc)
        row["rss_idle"] = portal.rss_kib(proc.pid) / 1024
        # The node builds both matching indexes on the first match: timed once, not in the percentiles.
        status, _, row["index_s"] = request(args.port, f"/api/v1/market/demands/{demands[0]}/matches", token)
        assert status == 200
        row["rss_indexed"] = portal.rss_kib(proc.pid) / 1024
        row["found"] = check_matches(args.port, demands, supplies, token)
        print(f"{name} matches: {row['found']} of {len(demands)} demands, {len(supplies)} supplies", file=sys.stderr, flush=True)
        runs = (("demand_html", [f"/market/trade/demands/{d}" for d in demands], None),
                ("demand_api", [f"/api/v1/market/demands/{d}/matches" for d in demands], token),
                ("supply_html", [f"/market/trade/supplies/{s}" for s in supplies], None),
                ("supply_api", [f"/api/v1/market/supplies/{s}/matches" for s in supplies], token))
        for label, paths, auth in runs:
            for p in paths[:20]:  # warm up and check the pages answer 200
                status, _, _ = request(args.port, p, auth)
                assert status == 200, (p, status)
            row[label] = portal.run_wrk(args.port, wrk_script(work, f"{name}-{label}", paths, auth), args.connections, args.seconds)
            row[label]["load"] = os.getloadavg()[0]
            print(f"{name} {label}: {row[label]}", file=sys.stderr, flush=True)
        row["rss_end"] = portal.rss_kib(proc.pid) / 1024
        row["samples"] = (len(demands), len(supplies))
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
    return row


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--supplies", type=int, default=100_000)
    ap.add_argument("--demands", type=int, default=50_000)
    ap.add_argument("--organisations", type=int, default=0, help="default: the generator's (3,000)")
    ap.add_argument("--samples", type=int, default=200, help="demands and supplies whose matches are requested")
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("--seconds", type=int, default=20)
    ap.add_argument("--port", type=int, default=8098)
    ap.add_argument("--engines", default="sqlite,postgres")
    ap.add_argument("--binary", default="", help="kechuang binary (default: release build, built if missing)")
    args = ap.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (apt-get install wrk)")
    binary = portal.release_binary(args.root, args.binary)
    work = tempfile.mkdtemp(prefix="kechuang-bench-market-")
    os.chmod(work, 0o755)
    try:
        rows = portal.each_engine(args.root, args.engines, work, 55498, lambda name, url: run_engine(name, url, args, binary, work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    commit = subprocess.run(["git", "-C", args.root, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    print(f"binary {binary} (commit {commit}), {os.cpu_count()} CPUs, {args.connections} connections, {args.seconds} s per run, wrk -t2")
    for r in rows:
        f, (nd, ns) = r["found"], r["samples"]
        print(f"{r['engine']}: {r['market']}; sampled {nd} demands and {ns} supplies: {f['demands_matched']} demands and "
              f"{f['supplies_matched']} supplies have matches, {f['with_terms']} best supply matches name shared terms, "
              f"{f['experts']} demands have ranked experts")
    print(f"target (issue #19): matching p99 <= {TARGET_P99_MS} ms over {args.supplies:,} supplies and {args.demands:,} demands")
    print("| engine | generate (s) | first match (index build, s) | demand page p50 / p90 / p99 (ms) | req/s | demand API p50 / p90 / p99 (ms) | req/s "
          "| supply page p50 / p90 / p99 (ms) | req/s | supply API p50 / p90 / p99 (ms) | req/s | server RSS idle / indexed / end (MiB) | load avg | errors |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    labels = ("demand_html", "demand_api", "supply_html", "supply_api")
    for r in rows:
        cells = " | ".join(f"{r[k]['p50']:.1f} / {r[k]['p90']:.1f} / {r[k]['p99']:.1f} | {r[k]['rps']:.0f}" for k in labels)
        loads = " / ".join(f"{r[k]['load']:.1f}" for k in labels)
        errors = sum(r[k]["bad"] for k in labels)
        sockets = " ".join(r[k]["socket_errors"] for k in labels if r[k]["socket_errors"])
        print(f"| {r['engine']} | {r['generate_s']:.0f} | {r['index_s']:.1f} | {cells} | {r['rss_idle']:.0f} / {r['rss_indexed']:.0f} / {r['rss_end']:.0f} "
              f"| {loads} | {errors} {sockets} |")


if __name__ == "__main__":
    main()
