#!/usr/bin/env python3
"""Instrument-sharing benchmark (issue #17): on SQLite and PostgreSQL, load the demo (`kechuang demo`),
generate N instruments (default 20,000) and M bookings (default 2,000,000) straight into the tables,
start `kechuang serve` and measure over HTTP, sequentially:
  - availability of one instrument for a month (GET /api/v1/instruments/{id}/availability?days=31)
  - a booking round trip (POST /api/v1/instruments/{id}/bookings for a free slot, 201)
  - a public search with words and a filter (GET /api/v1/instruments?q=…&category=…)
and, as the reference, GET /health (the floor of one HTTP round trip on this machine and load).
Prints p50/p95/p99 in milliseconds against the issue's target (p99 ≤ 20 ms). Not a timed assertion anywhere."""
import argparse
import base64
import csv
import io
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
import urllib.parse
import urllib.request
import uuid
from datetime import datetime, timedelta, timezone

BEIJING = timezone(timedelta(hours=8))
TARGET_MS = 20


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


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


def today_beijing():
    now = datetime.now(BEIJING)
    return datetime(now.year, now.month, now.day, tzinfo=BEIJING)


def plan(n_instruments, n_bookings, organisations, people, seed=17):
    """Instruments, then bookings: per instrument one 2-hour booking a day from 50 days ago, never overlapping."""
    rng = random.Random(seed)
    per = max(1, n_bookings // n_instruments)
    start_day = today_beijing() - timedelta(days=per // 2)
    # Each entry was registered on its own day over the last three years and last edited some time
    # after that (distinct, realistic timestamps: the search index's refresh reads by updated_at).
    now = datetime.now(timezone.utc)
    def stamps():
        created = now - timedelta(seconds=rng.randrange(30 * 86_400, 3 * 365 * 86_400))
        return created, min(now - timedelta(seconds=rng.randrange(60, 3600)), created + timedelta(seconds=rng.randrange(0, 400 * 86_400)))
    instruments = [(str(uuid.UUID(int=rng.getrandbits(128))), rng.choice(organisations), i, *stamps()) for i in range(n_instruments)]
    def bookings():
        made = 0
        for iid, _, i, _, _ in instruments:
            for d in range(per):
                if made >= n_bookings:
                    return
                hour = 8 + (i + d) % 10
                s = start_day + timedelta(days=d, hours=hour)
                booked = min(now, s - timedelta(seconds=rng.randrange(3600, 14 * 86_400)))  # booked up to two weeks ahead
                yield (str(uuid.UUID(int=rng.getrandbits(128))), iid, rng.choice(people), s, s + timedelta(hours=2), rng.random() < 0.3, booked)
                made += 1
    return instruments, bookings, per


def generate_sqlite(path, n_instruments, n_bookings):
    con = sqlite3.connect(path)
    cur = con.cursor()
    row = cur.execute("SELECT service_json, typeof(id), typeof(created_at) FROM ins_instruments WHERE service_json IS NOT NULL AND published = 1 LIMIT 1").fetchone()
    service, id_type, date_type = row
    def u(s):
        return uuid.UUID(s).bytes if id_type == "blob" else s.upper()
    def t(d):
        return d.timestamp() if date_type in ("real", "integer") else d.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    organisations = [str(uuid.UUID(bytes=r[0])) if isinstance(r[0], bytes) else r[0] for r in cur.execute("SELECT id FROM id_organisations")]
    people = [(str(uuid.UUID(bytes=r[0])) if isinstance(r[0], bytes) else r[0], r[1]) for r in cur.execute("SELECT id, name FROM id_people")]
    instruments, bookings, per = plan(n_instruments, n_bookings, organisations, people)
    cur.executemany("INSERT INTO ins_instruments (id, name_zh, name_en, category_code, maker, model, original_value_yuan, public_funding, organisation_id, "
                    "location, district, specs, status, service_json, published, version, created_at, updated_at) VALUES "
                    "(?, ?, ?, '01', 'Bench', 'B-1', 1000000, 1, ?, '实验楼', 'haidian', '', 'in_service', ?, 1, 1, ?, ?)",
                    [(u(iid), f"基准仪器{i}", f"Bench instrument {i}", u(org), service, t(c), t(m)) for iid, org, i, c, m in instruments])
    batch = []
    for bid, iid, (pid, pname), s, e, ext, booked in bookings():
        batch.append((u(bid), u(iid), u(pid), pname, t(s), t(e), 1 if ext else 0, t(booked), t(booked)))
        if len(batch) >= 50_000:
            cur.executemany("INSERT INTO ins_bookings (id, instrument_id, person_id, person_name, kind, starts_at, ends_at, purpose, state, external, "
                            "decision_note, version, created_at, updated_at) VALUES (?, ?, ?, ?, 'time', ?, ?, '', 'confirmed', ?, '', 1, ?, ?)", batch)
            batch = []
    if batch:
        cur.executemany("INSERT INTO ins_bookings (id, instrument_id, person_id, person_name, kind, starts_at, ends_at, purpose, state, external, "
                        "decision_note, version, created_at, updated_at) VALUES (?, ?, ?, ?, 'time', ?, ?, '', 'confirmed', ?, '', 1, ?, ?)", batch)
    con.commit()
    con.close()
    return [i[0] for i in instruments], per


def psql_bin(root):
    for base in sorted(os.listdir("/usr/lib/postgresql"), reverse=True):
        p = os.path.join("/usr/lib/postgresql", base, "bin", "psql")
        if os.path.exists(p):
            return p
    return shutil.which("psql") or "psql"


def psql(root, url, sql, stdin=None):
    return subprocess.run([psql_bin(root), url, "-v", "ON_ERROR_STOP=1", "-qAt", "-c", sql], input=stdin, check=True,
                          capture_output=True, text=True).stdout


def copy(root, url, table, columns, rows):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL)  # a quoted empty field is '', not NULL
    for r in rows:
        w.writerow(r)
    subprocess.run([psql_bin(root), url, "-v", "ON_ERROR_STOP=1", "-q", "-c", f"\\copy {table} ({', '.join(columns)}) FROM STDIN WITH (FORMAT csv)"],
                   input=buf.getvalue(), check=True, text=True)


def generate_postgres(root, url, n_instruments, n_bookings):
    service = psql(root, url, "SELECT service_json FROM ins_instruments WHERE service_json IS NOT NULL AND published LIMIT 1").strip()
    organisations = psql(root, url, "SELECT id FROM id_organisations").split()
    people = [tuple(l.split("|", 1)) for l in psql(root, url, "SELECT id, name FROM id_people").strip().splitlines()]
    instruments, bookings, per = plan(n_instruments, n_bookings, organisations, people)
    copy(root, url, "ins_instruments", ["id", "name_zh", "name_en", "category_code", "maker", "model", "original_value_yuan", "public_funding", "organisation_id",
                                        "location", "district", "specs", "status", "service_json", "published", "version", "created_at", "updated_at"],
         [(iid, f"基准仪器{i}", f"Bench instrument {i}", "01", "Bench", "B-1", 1000000, "t", org, "实验楼", "haidian", "", "in_service", service, "t", 1,
           c.isoformat(), m.isoformat()) for iid, org, i, c, m in instruments])
    chunk = []
    cols = ["id", "instrument_id", "person_id", "person_name", "kind", "starts_at", "ends_at", "purpose", "state", "external", "decision_note", "version",
            "created_at", "updated_at"]
    for bid, iid, (pid, pname), s, e, ext, booked in bookings():
        chunk.append((bid, iid, pid, pname, "time", s.isoformat(), e.isoformat(), "", "confirmed", "t" if ext else "f", "", 1, booked.isoformat(), booked.isoformat()))
        if len(chunk) >= 200_000:
            copy(root, url, "ins_bookings", cols, chunk)
            chunk = []
    if chunk:
        copy(root, url, "ins_bookings", cols, chunk)
    psql(root, url, "ANALYZE")
    return [i[0] for i in instruments], per


def percentile(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def request(method, url, token, body=None, timeout=30):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method, headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        e.read()
        status = e.code
    except (TimeoutError, urllib.error.URLError):
        status = 0  # timed out: reported as answer 0
    return (time.perf_counter() - t0) * 1000, status


SEARCHES = [("电子显微镜", "01"), ("核磁共振", "01"), ("质谱", ""), ("microscope", ""), ("激光", "09"), ("流式细胞", ""), ("计算集群", "11"), ("衍射仪", "01")]


def measure(port, token, instruments, per, n):
    rng = random.Random(55)
    base = f"http://127.0.0.1:{port}/api/v1/instruments"
    first = (today_beijing() - timedelta(days=per // 2 - 5)).strftime("%Y-%m-%d")
    # The node builds its search index on the first search with words: timed once, not in the percentiles.
    index_ms, _ = request("GET", f"{base}?q=" + urllib.parse.quote(SEARCHES[0][0]), token, timeout=900)
    for _ in range(20):  # warm up
        request("GET", f"{base}/{rng.choice(instruments)}/availability?from={first}&days=31", token)
        request("GET", f"http://127.0.0.1:{port}/health", token)
    health = [request("GET", f"http://127.0.0.1:{port}/health", token)[0] for _ in range(n)]
    avail, codes = [], set()
    for _ in range(n):
        ms, code = request("GET", f"{base}/{rng.choice(instruments)}/availability?from={first}&days=31", token)
        avail.append(ms)
        codes.add(code)
    book, bcodes = [], {}
    start = today_beijing() + timedelta(days=per + 10)
    for k in range(n):
        s = start + timedelta(days=k // 10, hours=8 + k % 10)
        ms, code = request("POST", f"{base}/{rng.choice(instruments)}/bookings", token,
                           {"starts_at": s.isoformat(), "ends_at": (s + timedelta(minutes=30)).isoformat(), "purpose": "bench"})
        book.append(ms)
        bcodes[code] = bcodes.get(code, 0) + 1
    search, scodes = [], set()
    for k in range(n):  # last: stops at the first answer slower than 30 s
        words, category = SEARCHES[k % len(SEARCHES)]
        query = urllib.parse.urlencode({"q": words, **({"category": category} if category else {})})
        ms, code = request("GET", f"{base}?{query}", token)
        search.append(ms)
        scodes.add(code)
        if code == 0:
            print(f"search {query} timed out after {ms / 1000:.0f} s; search measurement stopped", file=sys.stderr, flush=True)
            break
    return avail, codes, book, bcodes, search, scodes, health, index_ms


def run_engine(name, url, args, binary, work):
    row = {"engine": name}
    os.environ.setdefault("KECHUANG_AUDIT_KEY", base64.b64encode(os.urandom(32)).decode())  # a throwaway key, never written into the tree
    t0 = time.time()
    sh([binary, "demo", "--db", url], stdout=subprocess.DEVNULL)
    row["demo_s"] = time.time() - t0
    t0 = time.time()
    if name == "sqlite":
        instruments, per = generate_sqlite(url.split(":", 1)[1], args.instruments, args.bookings)
    else:
        instruments, per = generate_postgres(args.root, url, args.instruments, args.bookings)
    row["generate_s"] = time.time() - t0
    token = subprocess.run([binary, "token", "create", "--email", "instrument-user@demo.kechuang.cn", "--name", "bench", "--db", url],
                           check=True, capture_output=True, text=True).stdout.strip().split()[-1]
    log = open(os.path.join(work, f"serve-{name}.log"), "w")
    proc = subprocess.Popen([binary, "serve", "--port", str(args.port), "--db", url], stdout=log, stderr=log,
                            env={**os.environ, "LOG_LEVEL": "warning", "KECHUANG_API_RATE_LIMIT": "off",
                                 "KECHUANG_AUDIT_CHECKPOINT_DIR": os.path.join(work, "checkpoints")})
    try:
        wait_health(args.port, proc)
        avail, codes, book, bcodes, search, scodes, health, index_ms = measure(args.port, token, instruments, per, args.requests)
        row.update(avail=avail, avail_codes=sorted(codes), book=book, book_codes=bcodes, search=search, search_codes=sorted(scodes), health=health,
                   load=os.getloadavg()[0], index_s=index_ms / 1000)
        print(f"{name}: availability p99 {percentile(avail, 99):.1f} ms, booking p99 {percentile(book, 99):.1f} ms, "
              f"search p99 {percentile(search, 99):.1f} ms", file=sys.stderr, flush=True)
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
    ap.add_argument("--shared", default="")
    ap.add_argument("--instruments", type=int, default=20_000)
    ap.add_argument("--bookings", type=int, default=2_000_000)
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("--port", type=int, default=8097)
    ap.add_argument("--engines", default="sqlite,postgres")
    ap.add_argument("--binary", default="", help="kechuang binary (default: release build, built if missing)")
    args = ap.parse_args()
    binary = args.binary
    if not binary:
        binary = os.path.join(args.root, ".build", "release", "kechuang")
        if not os.path.exists(binary):
            sh(["swift", "build", "-c", "release", "--product", "kechuang"], cwd=args.root)
    work = tempfile.mkdtemp(prefix="kechuang-bench-instruments-")
    os.chmod(work, 0o755)
    rows = []
    try:
        for engine in args.engines.split(","):
            if engine == "sqlite":
                rows.append(run_engine("sqlite", "sqlite:" + os.path.join(work, "bench.sqlite"), args, binary, work))
            else:
                pg_dir = os.path.join(work, "pg")
                url = subprocess.run(["bash", os.path.join(args.root, "scripts/pg-cluster"), "start", pg_dir, "55498"],
                                     check=True, capture_output=True, text=True).stdout.strip()
                try:
                    rows.append(run_engine("postgres", url, args, binary, work))
                finally:
                    subprocess.run(["bash", os.path.join(args.root, "scripts/pg-cluster"), "stop", pg_dir], check=False)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"instruments {args.instruments}, bookings {args.bookings}, {args.requests} sequential requests each, binary {binary}, {os.cpu_count()} CPUs")
    print(f"target (issue #17): availability of one instrument for a month, a booking round trip and a search each p99 <= {TARGET_MS} ms over HTTP")

    def cell(xs):
        return f"{percentile(xs, 50):.1f} / {percentile(xs, 95):.1f} / {percentile(xs, 99):.1f}"

    print("| engine | generate (s) | availability p50 / p95 / p99 (ms) | booking p50 / p95 / p99 (ms) | search p50 / p95 / p99 (ms) "
          "| first search (index build, s) | reference: GET /health p50 / p95 / p99 (ms) | load avg | answers (availability, booking, search) | p99 target met |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        met = all(percentile(r[k], 99) <= TARGET_MS for k in ("avail", "book", "search"))
        print(f"| {r['engine']} | {r['generate_s']:.0f} | {cell(r['avail'])} | {cell(r['book'])} | {cell(r['search'])} | {r['index_s']:.1f} | {cell(r['health'])} | "
              f"{r['load']:.1f} | {r['avail_codes']}, {r['book_codes']}, {r['search_codes']} | {'yes' if met else 'no'} |")


if __name__ == "__main__":
    main()
