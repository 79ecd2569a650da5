#!/usr/bin/env python3
"""One database's run of scripts/durability (see there). Prints one table row on stdout.

Python standard library only. Writers record a write as acknowledged only when the server answered
201 with the new organisation's id; a connection refused or reset while the server is down is not a
failure (the writer waits and goes on), a 5xx is. Exit status 1 unless nothing was lost, no write
failed and the audit chain verified.
"""
import argparse
import base64
import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ADMIN = "admin@demo.kechuang.cn"
LOCK_WORDS = ("database is locked", "locked", "busy", "SQLITE_BUSY", "deadlock", "could not serialize")
MAX_SECONDS = 900          # the whole run, whatever happens
REQUEST_TIMEOUT = 60       # one request (the SQLite busy timeout is 30 s)


def say(msg):
    print(f"    {msg}", file=sys.stderr, flush=True)


def uscc():
    """A valid unified social credit code (GB 32100-2015), random body."""
    body = "91110108" + "".join(random.choice(USCC_ALPHABET) for _ in range(9))
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(body, USCC_WEIGHTS))
    check = (31 - total % 31) % 31
    return body + USCC_ALPHABET[check]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, args, env):
        self.args, self.env = args, env
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = None
        self.log = open(os.path.join(args.workdir, "server.log"), "ab")
        self.lock = threading.Lock()

    def start(self):
        with self.lock:
            self.proc = subprocess.Popen(
                [self.args.binary, "serve", "--db", self.args.db, "--hostname", "127.0.0.1", "--port", str(self.port)],
                cwd=self.args.workdir, env=self.env, stdout=self.log, stderr=self.log)
        deadline = time.time() + 120
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"kechuang serve exited with {self.proc.returncode}; see {self.args.workdir}/server.log")
            try:
                with urllib.request.urlopen(self.base + "/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.1)
        raise RuntimeError("kechuang serve did not become healthy within 120 s")

    def kill(self):
        with self.lock:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def stop(self):
        with self.lock:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                raise RuntimeError("kechuang serve did not stop within 30 s of SIGINT")
            return self.proc.returncode


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.acknowledged = {}       # id -> name
        self.lock_failures = []
        self.other_errors = []
        self.unavailable = 0         # refused/reset while the server was down: not acknowledged, not a failure
        self.refused = []            # 4xx: the harness sent something wrong

    def add(self, attr, value):
        with self.lock:
            getattr(self, attr).append(value)


def request(base, method, path, token, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method, headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/json", "Accept": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=REQUEST_TIMEOUT) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


def writer(number, server, token, tally, stop, max_writes):
    n = 0
    while not stop.is_set() and n < max_writes:
        name = f"耐久测试{number}-{n}-{uuid.uuid4().hex[:6]}"
        body = {"name_zh": name, "type": "enterprise", "ownership": "private", "district": "haidian", "uscc": uscc()}
        n += 1
        try:
            status, text = request(server.base, "POST", "/api/v1/organisations", token, body)
        except (urllib.error.URLError, OSError, ConnectionError):
            with tally.lock:
                tally.unavailable += 1
            time.sleep(0.05)
            continue
        if status == 201:
            try:
                ident = json.loads(text)["id"]
            except (ValueError, KeyError):
                tally.add("other_errors", f"201 without an id: {text[:200]}")
                continue
            with tally.lock:
                tally.acknowledged[ident] = name
        elif status >= 500:
            if any(w in text for w in LOCK_WORDS):
                tally.add("lock_failures", f"{status}: {text[:300]}")
            else:
                tally.add("other_errors", f"{status}: {text[:300]}")
        elif status == 429:
            time.sleep(0.2)   # rate limited: not a failure, try again
        else:
            tally.add("refused", f"{status}: {text[:300]}")


def run(cmd, env, cwd):
    return subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=300)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--binary", required=True)
    p.add_argument("--db", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--workdir", required=True)
    p.add_argument("--writers", type=int, default=16)
    p.add_argument("--kills", type=int, default=20)
    args = p.parse_args()
    started = time.time()

    checkpoints = os.path.join(args.workdir, "audit-checkpoints")
    env = dict(os.environ)
    for name in ("KECHUANG_DATABASE_URL", "KECHUANG_AUDIT_KEY_FILE"):
        env.pop(name, None)
    env.update({
        "KECHUANG_AUDIT_KEY": base64.b64encode(os.urandom(32)).decode(),
        "KECHUANG_AUDIT_CHECKPOINT_DIR": checkpoints,
        "KECHUANG_ATTACHMENTS_DIR": os.path.join(args.workdir, "attachments"),
        "LOG_LEVEL": "warning",
    })

    demo = run([args.binary, "demo", "--db", args.db], env, args.workdir)
    if demo.returncode != 0:
        sys.exit(f"kechuang demo failed: {demo.stderr[-2000:]}")
    token = run([args.binary, "token", "create", "--db", args.db, "--email", ADMIN, "--name", "durability"], env, args.workdir)
    if token.returncode != 0:
        sys.exit(f"kechuang token create failed: {token.stderr[-2000:]}")
    token = token.stdout.strip()

    server = Server(args, env)
    server.start()
    tally = Tally()
    stop = threading.Event()
    threads = [threading.Thread(target=writer, args=(i, server, token, tally, stop, 100_000), daemon=True)
               for i in range(args.writers)]
    for t in threads:
        t.start()

    done_kills = 0
    for k in range(args.kills):
        if time.time() - started > MAX_SECONDS - 120:
            say(f"time budget reached after {done_kills} kills")
            break
        time.sleep(random.uniform(0.5, 2.5))
        server.kill()
        done_kills += 1
        say(f"SIGKILL {done_kills}/{args.kills} ({len(tally.acknowledged)} writes acknowledged so far)")
        time.sleep(random.uniform(0.0, 0.3))
        server.start()
    time.sleep(2)
    stop.set()
    for t in threads:
        t.join(timeout=REQUEST_TIMEOUT + 5)

    # Stop normally (the shutdown checkpoint), start again, and look for every acknowledged write.
    server.stop()
    server.start()
    lost = []
    ids = list(tally.acknowledged)
    lookups = threading.Lock()

    def look(chunk):
        for ident in chunk:
            status, _ = request(server.base, "GET", f"/api/v1/organisations/{ident}", token)
            if status != 200:
                with lookups:
                    lost.append((ident, status))

    chunks = [ids[i::8] for i in range(8)]
    lookers = [threading.Thread(target=look, args=(c,)) for c in chunks]
    for t in lookers:
        t.start()
    for t in lookers:
        t.join()
    server.stop()

    verify = run([args.binary, "audit", "verify", "--db", args.db, "--checkpoint", checkpoints], env, args.workdir)
    audit_ok = verify.returncode == 0
    say(f"audit verify: {(verify.stdout or verify.stderr).strip()[:400]}")
    for label, items in (("lost", lost), ("lock failure", tally.lock_failures), ("other error", tally.other_errors),
                         ("refused", tally.refused)):
        for item in items[:5]:
            say(f"{label}: {item}")
    say(f"{tally.unavailable} requests met a server that was down (not acknowledged, not counted as failures); "
        f"{len(tally.refused)} refused with 4xx; {time.time() - started:.0f} s")

    print(f"{args.name:<10} {args.writers:>8} {done_kills:>6} {len(ids):>14} {len(lost):>5} "
          f"{len(tally.lock_failures):>14} {len(tally.other_errors):>13} {'yes' if audit_ok else 'NO':>16}", flush=True)
    ok = not lost and not tally.lock_failures and not tally.other_errors and audit_ok and done_kills == args.kills and ids
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
