#!/usr/bin/env python3
"""Public portal benchmark (issue #16): on SQLite and PostgreSQL, load the demo (`kechuang demo`), generate a
national-scale funding season with `kechuang bench-data portal --scale nsfc` (5,000 institutions, 300,000
applications, 50,000 funded projects with outputs, their public copies made by the platform's own
synchronisation), start the release server and measure over HTTP:
  - the public project search at 32 connections with a mix of Chinese and English queries, as the HTML page
    (GET /funded?q=…) and as the API (POST /api/v1/public/projects/search), with wrk (or, when wrk is not
    installed, a Python asyncio client): p50 / p90 / p99 and requests per second;
  - a full-year bulk export (GET /funded/exports/{year}.csv and .jsonl): wall time, bytes, rows, and the
    server's resident memory before and at its peak during the download (sampled every 20 ms).
Targets: search p99 <= 10 ms, export < 10 s with flat memory. Prints a table; not a timed assertion anywhere."""
import argparse
import asyncio
import base64
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

TARGET_P99_MS = 10
TARGET_EXPORT_S = 10
API = "/api/v1/public/projects/search"

# What visitors type: topics in Chinese (bigram search) and English (through the glossary), a few with a filter.
QUERIES_ZH = ["量子", "人工智能", "固态电池", "图神经网络", "钙钛矿太阳能电池", "基因编辑", "碳中和", "集成电路 芯片", "脑机接口", "城市交通",
              "冷冻电镜", "合成生物学", "肿瘤免疫治疗", "极端降水 机理"]
QUERIES_EN = ["quantum", "artificial intelligence", "integrated circuit", "robot", "vaccine", "blockchain", "big data", "aerospace"]


def html_paths(year):
    paths = [f"/funded?q={urllib.parse.quote(q)}" for q in QUERIES_ZH + QUERIES_EN]
    paths += [f"/funded?q={urllib.parse.quote('量子')}&year={year}&band=1m-5m", f"/funded?q=robot&sort=amount_desc",
              f"/funded?year={year}&district=haidian", f"/funded?q={urllib.parse.quote('人工智能')}&page=3"]
    return paths


def api_bodies(year):
    bodies = [{"criteria": {"text": q}, "limit": 20} for q in QUERIES_ZH + QUERIES_EN]
    bodies += [{"criteria": {"text": "量子", "years": [year], "amount_bands": ["1m-5m"]}, "limit": 20},
               {"criteria": {"text": "vaccine"}, "sort": "amount_desc", "limit": 50},
               {"criteria": {"years": [year], "districts": ["haidian"]}, "sort": "newest", "limit": 20},
               {"criteria": {"text": "人工智能", "amount_min": 1000000}, "offset": 40, "limit": 20}]
    return [json.dumps(b, ensure_ascii=True) for b in bodies]


def wait_health(port, proc, seconds=300):
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


def get(port, path, timeout=900, body=None):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body.encode() if body else None,
                                 method="POST" if body else "GET", headers={"Content-Type": "application/json"})
    t0 = time.perf_counter()
    with urllib.request.urlopen(req, timeout=timeout) as r:
        data = r.read()
        return r.status, data, time.perf_counter() - t0


# MARK: load generators

def wrk_script(work, name, requests):
    """A wrk Lua script that sends `requests` (method, path, body) in turn, each thread from its own offset."""
    lines = ["local reqs = {"]
    for method, path, body in requests:
        headers = '{["Content-Type"]="application/json"}' if body else "{}"
        lines.append(f'  wrk.format("{method}", [==[{path}]==], {headers}, {"[==[" + body + "]==]" if body else "nil"}),')
    lines += ["}", "local i = 0", "setup = function(thread) thread:set('offset', math.random(#reqs)) end",
              "init = function(args) i = tonumber(wrk.thread:get('offset') or 0) or 0 end",
              "request = function() i = i + 1; return reqs[(i % #reqs) + 1] end"]
    path = os.path.join(work, f"{name}.lua")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    return path


def parse_ms(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def run_wrk(port, script, connections, seconds):
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", script, f"http://127.0.0.1:{port}"],
                         check=True, capture_output=True, text=True).stdout
    pct = {int(float(m.group(1))): parse_ms(m.group(2)) for m in re.finditer(r"^\s*([\d.]+)%\s+([\d.]+(?:us|ms|s))\s*$", out, re.M)}
    if 50 not in pct:
        raise SystemExit("wrk printed no latency distribution:\n" + out)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    non2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
    errors = re.search(r"Socket errors: (.*)", out)
    return {"p50": pct[50], "p90": pct[90], "p99": pct[99], "rps": rps, "requests": total, "bad": non2xx,
            "socket_errors": errors.group(1) if errors else ""}


async def _client(port, requests, stop, latencies, bad, offset):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    i = offset
    while time.perf_counter() < stop:
        method, path, body = requests[i % len(requests)]
        i += 1
        data = body.encode() if body else b""
        head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {len(data)}\r\nContent-Type: application/json\r\n\r\n"
        t0 = time.perf_counter()
        writer.write(head.encode() + data)
        status = int((await reader.readline()).split()[1])
        length = 0
        while (line := await reader.readline()) not in (b"\r\n", b""):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        await reader.readexactly(length)
        latencies.append((time.perf_counter() - t0) * 1000)
        if status >= 400:
            bad[0] += 1
    writer.close()


def run_asyncio(port, requests, connections, seconds):
    latencies, bad = [], [0]
    stop = time.perf_counter() + seconds

    async def main():
        await asyncio.gather(*[_client(port, requests, stop, latencies, bad, k * 7) for k in range(connections)])
    asyncio.run(main())
    xs = sorted(latencies)

    def p(q):
        return xs[min(len(xs) - 1, int(round(q / 100 * (len(xs) - 1))))]
    return {"p50": p(50), "p90": p(90), "p99": p(99), "rps": len(xs) / seconds, "requests": len(xs), "bad": bad[0], "socket_errors": ""}


# MARK: export with the server's memory

def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def timed_export(port, pid, year, fmt):
    before = rss_kib(pid)
    peak = [before]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], rss_kib(pid))
            time.sleep(0.02)
    t = threading.Thread(target=sample)
    t.start()
    size, lines = 0, 0
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/funded/exports/{year}.{fmt}", timeout=600) as r:
            while chunk := r.read(1 << 16):
                size += len(chunk)
                lines += chunk.count(b"\n")
    finally:
        wall = time.perf_counter() - t0
        done.set()
        t.join()
    return {"s": wall, "mib": size / 1048576, "rows": lines - (1 if fmt == "csv" else 0), "rss_before": before / 1024, "rss_peak": peak[0] / 1024}


# MARK: one engine

def run_engine(name, url, args, binary, work):
    row = {"engine": name}
    os.environ.setdefault("KECHUANG_AUDIT_KEY", base64.b64encode(os.urandom(32)).decode())  # a throwaway key, never written into the tree
    subprocess.run([binary, "demo", "--db", url], check=True, stdout=subprocess.DEVNULL)
    t0 = time.time()
    gen = [binary, "bench-data", "portal", "--db", url, "--scale", args.scale]
    if args.scale == "none":
        gen += ["--institutions", str(args.institutions), "--applications", str(args.applications), "--projects", str(args.projects)]
    summary = subprocess.run(gen, check=True, capture_output=True, text=True).stdout.strip()
    row["generate_s"] = time.time() - t0
    print(f"{name}: {summary}", file=sys.stderr, flush=True)
    year = int(re.search(r"season (\d+)", summary).group(1))
    row["season"] = summary
    log = open(os.path.join(work, f"serve-{name}.log"), "w")
    proc = subprocess.Popen([binary, "serve", "--port", str(args.port), "--db", url], stdout=log, stderr=log,
                            env={**os.environ, "LOG_LEVEL": "warning", "KECHUANG_API_RATE_LIMIT": "off", "KECHUANG_API_ADDRESS_RATE_LIMIT": "off",
                                 "KECHUANG_AUDIT_CHECKPOINT_DIR": os.path.join(work, "checkpoints")})
    try:
        wait_health(args.port, proc)
        row["rss_idle"] = rss_kib(proc.pid) / 1024
        # The node builds its index on the first search: timed once, not in the percentiles.
        status, _, row["index_s"] = get(args.port, html_paths(year)[0])
        assert status == 200
        row["rss_indexed"] = rss_kib(proc.pid) / 1024
        _, body, _ = get(args.port, API, body=api_bodies(year)[0])
        row["hits_example"] = json.loads(body)["total"]
        html = [("GET", p, None) for p in html_paths(year)]
        api = [("POST", API, b) for b in api_bodies(year)]
        for label, reqs in (("html", html), ("api", api)):
            for method, path, b in reqs:  # warm up and check every request answers 200
                status, _, _ = get(args.port, path, body=b)
                assert status == 200, (path, b, status)
            if shutil.which("wrk") and not args.asyncio:
                row["tool"] = "wrk 4.1 (-t2)"
                row[label] = run_wrk(args.port, wrk_script(work, f"{name}-{label}", reqs), args.connections, args.seconds)
            else:
                row["tool"] = "Python asyncio client"
                row[label] = run_asyncio(args.port, reqs, args.connections, args.seconds)
            row[label]["load"] = os.getloadavg()[0]
            print(f"{name} {label}: {row[label]}", file=sys.stderr, flush=True)
        for fmt in ("csv", "jsonl"):
            row[fmt] = timed_export(args.port, proc.pid, year, fmt)
            print(f"{name} export {fmt}: {row[fmt]}", file=sys.stderr, flush=True)
        row["load"] = os.getloadavg()[0]
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
    return row


# MARK: engines

def release_binary(root, binary):
    """`binary`, or the release build of `kechuang` (built when missing), as an absolute path."""
    if not binary:
        binary = os.path.join(root, ".build", "release", "kechuang")
        if not os.path.exists(binary):
            subprocess.run(["swift", "build", "-c", "release", "--product", "kechuang"], cwd=root, check=True)
    return binary if os.path.isabs(binary) else os.path.abspath(os.path.join(root, binary))


def each_engine(root, engines, work, pg_port, run):
    """`run(name, url)` on SQLite (a file in `work`) and on a throwaway PostgreSQL cluster, as `engines` lists them."""
    rows = []
    for engine in engines.split(","):
        if engine == "sqlite":
            rows.append(run("sqlite", "sqlite:" + os.path.join(work, "bench.sqlite")))
        else:
            pg_dir = os.path.join(work, "pg")
            url = subprocess.run(["bash", os.path.join(root, "scripts/pg-cluster"), "start", pg_dir, str(pg_port)],
                                 check=True, capture_output=True, text=True).stdout.strip()
            try:
                rows.append(run("postgres", url))
            finally:
                subprocess.run(["bash", os.path.join(root, "scripts/pg-cluster"), "stop", pg_dir], check=False)
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--scale", default="nsfc", help="nsfc, or none with the sizes below")
    ap.add_argument("--institutions", type=int, default=500)
    ap.add_argument("--applications", type=int, default=12_000)
    ap.add_argument("--projects", type=int, default=2_000)
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("--seconds", type=int, default=20)
    ap.add_argument("--port", type=int, default=8096)
    ap.add_argument("--engines", default="sqlite,postgres")
    ap.add_argument("--asyncio", action="store_true", help="use the Python client even when wrk is installed")
    ap.add_argument("--binary", default="", help="kechuang binary (default: release build, built if missing)")
    args = ap.parse_args()
    binary = release_binary(args.root, args.binary)
    work = tempfile.mkdtemp(prefix="kechuang-bench-portal-")
    os.chmod(work, 0o755)
    try:
        rows = each_engine(args.root, args.engines, work, 55497, lambda name, url: run_engine(name, url, args, binary, work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    commit = subprocess.run(["git", "-C", args.root, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    print(f"binary {binary} (commit {commit}), {os.cpu_count()} CPUs, {args.connections} connections, {args.seconds} s per run, tool {rows[0]['tool'] if rows else '-'}")
    for r in rows:
        print(f"{r['engine']}: {r['season']}")
    print(f"targets (issue #16): search p99 <= {TARGET_P99_MS} ms at {args.connections} connections; a full-year export < {TARGET_EXPORT_S} s with flat memory")
    print("| engine | generate (s) | first search (index build, s) | HTML /funded p50 / p90 / p99 (ms) | req/s | API search p50 / p90 / p99 (ms) | req/s "
          "| export CSV: s, MiB, rows | export JSONL: s, MiB, rows | server RSS idle / indexed / peak in export (MiB) | load avg | errors |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        h, a, c, j = r["html"], r["api"], r["csv"], r["jsonl"]
        print(f"| {r['engine']} | {r['generate_s']:.0f} | {r['index_s']:.1f} | {h['p50']:.1f} / {h['p90']:.1f} / {h['p99']:.1f} | {h['rps']:.0f} "
              f"| {a['p50']:.1f} / {a['p90']:.1f} / {a['p99']:.1f} | {a['rps']:.0f} | {c['s']:.1f}, {c['mib']:.0f}, {c['rows']} "
              f"| {j['s']:.1f}, {j['mib']:.0f}, {j['rows']} | {r['rss_idle']:.0f} / {r['rss_indexed']:.0f} / {max(c['rss_peak'], j['rss_peak']):.0f} "
              f"| {h['load']:.1f} / {a['load']:.1f} | {h['bad'] + a['bad']} {h['socket_errors']} {a['socket_errors']} |")


if __name__ == "__main__":
    main()
