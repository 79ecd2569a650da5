#!/usr/bin/env python3
"""Policy matching without application (issue #20, 免申即享): load the demo (`kechuang demo`), add N verified
enterprise profiles (default 100,000) and B benefits (default 10) straight into the tables, start
`kechuang serve` and time one POST /api/v1/enterprises/matching (read every verified profile of the year,
judge every benefit's criteria, write the new matches, audit the run). Target: under 10 s.
Prints a table. Not a timed assertion anywhere."""
import argparse
import base64
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
import urllib.error
import urllib.request
import uuid
from datetime import datetime, timezone

OFFICER = "enterprise-officer@demo.kechuang.cn"


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


def figures(rng):
    staff = rng.randint(10, 800)
    revenue = rng.randint(1, 400) * 1_000_000
    return {"industryCode": "C3562", "size": "small", "staff": staff, "rdStaff": rng.randint(0, staff), "revenueYuan": revenue,
            "rdSpendingYuan": int(revenue * rng.uniform(0, 0.12)), "highTechRevenueYuan": int(revenue * rng.uniform(0, 1)),
            "assetsYuan": revenue, "classOneIP": rng.randint(0, 6), "classTwoIP": rng.randint(0, 10), "foundedYear": rng.randint(1995, 2024),
            "nicheYears": rng.randint(0, 8), "mainBusinessPercent": rng.randint(40, 100), "equityFinancingYuan": 0, "valuationMillionUSD": 0,
            "listed": False, "district": "haidian", "zone": "", "legalRepresentative": "张三", "shareholders": []}


def criterion(i, metric, comparison, threshold):
    return {"id": f"bench.{i}", "label": {"zh": f"条件{i}", "en": f"Condition {i}"},
            "anyOf": [{"metric": metric, "comparison": comparison, "threshold": threshold}], "basis": {"article": 23, "paragraph": 3}}


BENEFITS = [
    [criterion(0, "tier_rank", "at_least", 2)], [criterion(1, "rd_intensity_percent", "at_least", 5)],
    [criterion(2, "staff", "at_most", 300), criterion(3, "class_one_ip", "at_least", 1)], [criterion(4, "tech_sme_score", "at_least", 60)],
    [criterion(5, "high_tech_revenue_percent", "at_least", 60)], [criterion(6, "revenue", "at_least", 50_000_000)],
    [criterion(7, "niche_years", "at_least", 3), criterion(8, "main_business_percent", "at_least", 70)], [criterion(9, "age_years", "at_most", 5)],
    [criterion(10, "rd_staff_percent", "at_least", 30)], [criterion(11, "ip_total", "at_least", 8)],
]


def generate(con, n, b, year, placeholder, ids_as_blobs, dates_as_numbers):
    rng = random.Random(20)
    # SQLite stores a UUID as text the way Swift prints it, in upper case; a lower-case id is another
    # value there, so the server's foreign keys to rows written here would fail (the HTTP 500 of the first runs).
    u = (lambda s: uuid.UUID(s).bytes) if ids_as_blobs else (lambda s: s.upper())
    now = datetime.now(timezone.utc)
    t = now.timestamp() if dates_as_numbers else now.strftime("%Y-%m-%dT%H:%M:%SZ")
    p = placeholder
    cur = con.cursor()
    orgs, profiles = [], []
    for i in range(n):
        oid = str(uuid.uuid4())
        orgs.append((u(oid), f"基准企业{i}", "enterprise", "private", "haidian", f"BENCH{i:013d}", 1, t, t))
        f = figures(rng)
        tier = rng.choice([None, "tech_sme", "high_tech", "specialised"])
        profiles.append((u(str(uuid.uuid4())), u(oid), year, json.dumps(f, ensure_ascii=False), "haidian", "verified", tier, "", 1, t, t))
    cur.executemany(f"INSERT INTO id_organisations (id, name_zh, type, ownership, district, uscc, version, created_at, updated_at) VALUES ({','.join([p] * 9)})", orgs)
    cur.executemany(f"INSERT INTO ent_profiles (id, organisation_id, year, figures_json, district, state, tier, note, version, created_at, updated_at) "
                    f"VALUES ({','.join([p] * 11)})", profiles)
    rows = [(u(str(uuid.uuid4())), f"基准政策{k}", f"Bench benefit {k}", "", "", year, json.dumps(BENEFITS[k % len(BENEFITS)], ensure_ascii=False), "23(3)", True, t)
            for k in range(b)]
    cur.executemany(f"INSERT INTO ent_benefits (id, title_zh, title_en, summary_zh, summary_en, year, criteria_json, basis, active, created_at) "
                    f"VALUES ({','.join([p] * 10)})", rows)
    con.commit()


def run_engine(name, url, args, binary, work):
    os.environ.setdefault("KECHUANG_AUDIT_KEY", base64.b64encode(os.urandom(32)).decode())  # a throwaway key
    sh([binary, "demo", "--db", url], stdout=subprocess.DEVNULL)
    year = datetime.now().year - 1
    t0 = time.time()
    if name == "sqlite":
        con = sqlite3.connect(url.split(":", 1)[1])
        id_type, date_type = con.execute("SELECT typeof(id), typeof(created_at) FROM ent_profiles LIMIT 1").fetchone()
        generate(con, args.enterprises, args.benefits, year, "?", id_type == "blob", date_type in ("real", "integer"))
        con.close()
    else:
        import psycopg2  # only for the PostgreSQL run
        con = psycopg2.connect(url)
        generate(con, args.enterprises, args.benefits, year, "%s", False, False)
        con.close()
    generate_s = time.time() - t0
    token = subprocess.run([binary, "token", "create", "--email", OFFICER, "--name", "bench", "--db", url],
                           check=True, capture_output=True, text=True).stdout.strip().split()[-1]
    log = open(os.path.join(work, f"serve-{name}.log"), "w")
    proc = subprocess.Popen([binary, "serve", "--port", str(args.port), "--db", url], stdout=log, stderr=log,
                            env={**os.environ, "LOG_LEVEL": "notice", "KECHUANG_API_RATE_LIMIT": "off",
                                 "KECHUANG_AUDIT_CHECKPOINT_DIR": os.path.join(work, "checkpoints")})
    try:
        wait_health(args.port, proc)
        req = urllib.request.Request(f"http://127.0.0.1:{args.port}/api/v1/enterprises/matching", data=json.dumps({"year": year}).encode(),
                                     method="POST", headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
        t0 = time.time()
        try:
            with urllib.request.urlopen(req, timeout=600) as r:
                body = json.loads(r.read())
        except urllib.error.HTTPError as e:  # show the answer and the server's log, which the temporary folder takes with it
            log.flush()
            with open(log.name) as f:
                tail = f.read()[-4000:]
            raise SystemExit(f"matching answered {e.code}: {e.read()[:2000]!r}\n--- server log ({name}) ---\n{tail}")
        match_s = time.time() - t0
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
    # The server logs where the time went (read, judged, wrote) at notice level.
    log.flush()
    with open(log.name) as f:
        phases = [l.split("new matches; ", 1)[1].strip() for l in f if "benefit matching" in l and "new matches; " in l]
    return {"engine": name, "generate_s": generate_s, "match_s": match_s, "phases": phases[-1] if phases else "(not logged)",
            "load": os.getloadavg()[0], **body}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--enterprises", type=int, default=100_000)
    ap.add_argument("--benefits", type=int, default=10)
    ap.add_argument("--port", type=int, default=8098)
    ap.add_argument("--engines", default="sqlite,postgres")
    ap.add_argument("--pg-url", default="", help="use this running PostgreSQL (e.g. from scripts/pg-cluster) instead of starting one")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (databases, server logs)")
    ap.add_argument("--binary", default="", help="kechuang binary (default: release build, built if missing)")
    args = ap.parse_args()
    binary = args.binary or os.path.join(args.root, ".build", "release", "kechuang")
    if not os.path.exists(binary):
        sh(["swift", "build", "-c", "release", "--product", "kechuang"], cwd=args.root)
    work = tempfile.mkdtemp(prefix="kechuang-bench-enterprise-")
    rows = []
    try:
        for engine in args.engines.split(","):
            if engine == "sqlite":
                rows.append(run_engine("sqlite", "sqlite:" + os.path.join(work, "bench.sqlite"), args, binary, work))
            elif args.pg_url:
                rows.append(run_engine("postgres", args.pg_url, args, binary, work))
            else:
                pg_dir = os.path.join(work, "pg")
                started = subprocess.run(["bash", os.path.join(args.root, "scripts/pg-cluster"), "start", pg_dir, "55499"], capture_output=True, text=True)
                if started.returncode != 0:
                    raise SystemExit(f"pg-cluster did not start:\n{started.stdout}\n{started.stderr}")
                url = started.stdout.strip().splitlines()[-1]
                try:
                    rows.append(run_engine("postgres", url, args, binary, work))
                finally:
                    subprocess.run(["bash", os.path.join(args.root, "scripts/pg-cluster"), "stop", pg_dir], check=False)
            r = rows[-1]
            print(f"{r['engine']}: {r['profiles']} profiles, {r['benefits']} benefits, {r['new_matches']} new matches in {r['match_s']:.2f} s "
                  f"(generated in {r['generate_s']:.1f} s); load average {os.getloadavg()[0]:.2f}", file=sys.stderr, flush=True)
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"enterprise matching: {args.enterprises} verified profiles × {args.benefits} benefits, binary {binary}, {os.cpu_count()} CPUs (target < 10 s)")
    print(f"{'engine':<10} {'profiles':>9} {'benefits':>9} {'new matches':>12} {'match s':>9} {'generate s':>11} {'load':>5}  phases (server log)")
    for r in rows:
        print(f"{r['engine']:<10} {r['profiles']:>9} {r['benefits']:>9} {r['new_matches']:>12} {r['match_s']:>9.2f} {r['generate_s']:>11.1f} {r['load']:>5.1f}  {r['phases']}")


if __name__ == "__main__":
    main()
