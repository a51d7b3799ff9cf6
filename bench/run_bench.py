#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Runs every benchmark against a Release build and writes docs/benchmarks.md from docs/benchmarks.md.in.

Called by scripts/run-bench, which installs what is needed and builds first. Every figure in the page comes from
this run: the template holds only prose, and {{name}} marks where this script puts what it measured."""
import argparse
import datetime
import json
import os
import platform
import random
import re
import shlex
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid

TOKEN = "bench-token"
# The distribution's Python: its aiohttp is the one veza_install_deps installs.
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
GNU_TIME = "/usr/bin/time"  # Debian package "time"
TASK_PATH = "/api/v1/assessments/async_tasks/"


def log(message):
    print(f"==> {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------------- measuring


class Run:
    def __init__(self, wall, cpu, maxrss_kb, code, out):
        self.wall = wall
        self.cpu = cpu
        self.maxrss_kb = maxrss_kb
        self.code = code
        self.out = out


def measure(cmd, stdin_path=None, env=None, capture=False, timeout=900):
    """Wall time, user+sys CPU and peak RSS of one child process (os.wait4: that child alone)."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    out = tempfile.TemporaryFile() if capture else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        process = subprocess.Popen(cmd, stdin=stdin, stdout=out, stderr=subprocess.PIPE if capture else None,
                                   env=env)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.002)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        text = ""
        if capture:
            out.seek(0)
            text = out.read().decode("utf-8", "replace")
        return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, process.returncode, text)
    finally:
        if stdin_path:
            stdin.close()
        if capture:
            out.close()


def shown(cmd, work=None, build=None):
    """A command as the page shows it: paths of this run's temp folder and build folder made short."""
    text = shlex.join(cmd)
    if work:
        text = text.replace(work + "/", "")
    if build:
        text = text.replace(build + "/", "build-release/")
    return text.replace(PYTHON + " ", "python3 ").replace(os.path.dirname(os.path.abspath(__file__)) + "/", "bench/")


def median_spread(values, fmt="{:.2f}"):
    return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}–{fmt.format(max(values))})"


# ---------------------------------------------------------------------------------------------------- machine


def machine():
    cpu = platform.processor() or "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    osname = platform.platform()
    try:
        with open("/etc/os-release", encoding="utf-8") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    osname = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    qt = "unknown"
    for cmd in (["qtpaths6", "--qt-version"], ["pkg-config", "--modversion", "Qt6Core"]):
        try:
            qt = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip() or qt
            break
        except (OSError, subprocess.CalledProcessError):
            continue
    compiler = subprocess.run(["c++", "--version"], capture_output=True, text=True).stdout.splitlines()
    memory_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    tools = []
    for name, cmd in (("nginx", ["nginx", "-v"]), ("curl", ["curl", "--version"]), ("jq", ["jq", "--version"])):
        try:
            result = subprocess.run(cmd, capture_output=True, text=True)
            words = (result.stdout or result.stderr).splitlines()[0].replace("nginx version: ", "").split()
            tools.append(" ".join(words[:2]) if name != "nginx" else f"nginx {words[0].split('/')[-1]}")
        except OSError:
            tools.append(f"{name} missing")
    version = subprocess.run([PYTHON, "-c", "import aiohttp; print(aiohttp.__version__)"], capture_output=True,
                             text=True).stdout.strip()
    tools.append(f"aiohttp {version or 'missing'}")
    return (f"- CPU: {cpu}, {os.cpu_count()} cores visible, {memory_gb:.0f} GB\n"
            f"- OS: {osname}, kernel {platform.release()}\n"
            f"- Qt {qt}; {compiler[0] if compiler else 'c++ unknown'}; RelWithDebInfo (`cmake --preset release`)\n"
            f"- {subprocess.run([PYTHON, '--version'], capture_output=True, text=True).stdout.strip()}; " + "; ".join(tools) + "\n"
            f"- Load average at the start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


# ---------------------------------------------------------------------------------------------------- nginx


class Nginx:
    """The apt nginx binary with a config of its own in a temp dir, in the foreground: never the system service."""

    def __init__(self, root):
        self.root = root
        self.port = free_port()
        prefix = os.path.join(root, "nginx")
        os.makedirs(os.path.join(prefix, "logs"), exist_ok=True)
        self.docroot = os.path.join(root, "www")
        os.makedirs(self.docroot + TASK_PATH, exist_ok=True)
        user = "user root;\n" if os.geteuid() == 0 else ""
        conf = os.path.join(prefix, "nginx.conf")
        with open(conf, "w", encoding="utf-8") as f:
            f.write(f"""{user}worker_processes 1;
daemon off;
pid {prefix}/nginx.pid;
error_log {prefix}/logs/error.log warn;
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    keepalive_requests 1000000;
    keepalive_timeout 120s;
    sendfile on;
    tcp_nopush on;
    server {{
        listen 127.0.0.1:{self.port};
        root {self.docroot};
        default_type application/json;
    }}
}}
""")
        self.process = subprocess.Popen(["nginx", "-p", prefix, "-c", conf], stderr=subprocess.DEVNULL)
        for _ in range(200):
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("nginx did not start; see " + os.path.join(prefix, "logs", "error.log"))

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def write_task(self, task_id, body):
        with open(self.docroot + TASK_PATH + task_id, "wb") as f:
            f.write(body)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def small_task(task_id, rng):
    # About 500 bytes, like a finished count query with its timestamps.
    body = {"task": {
        "id": task_id, "state": "COMPLETE", "status": "SUCCEEDED",
        "created_at": "2026-11-30T02:00:00.000Z", "updated_at": "2026-11-30T02:00:07.123Z",
        "result": {"number_value": str(rng.randrange(10**6)), "query": {
            "node_type": "AwsIamRole", "conditions": [{"fn": "EQ", "property": "name", "value": f"role-{rng.random()}"}],
            "source_nodes": [{"node_type": "OktaUser", "count": rng.randrange(1000)}]}},
        "request_id": uuid.UUID(int=rng.getrandbits(128)).hex,
    }}
    return json.dumps(body).encode()


def large_task(task_id, megabytes):
    rows = []
    size = 0
    i = 0
    while size < megabytes * 1_000_000:
        row = json.dumps({"id": f"resource-{i}", "name": f"user{i}@example.com", "type": "AwsIamUser",
                          "risk": i % 100, "active": i % 3 != 0, "tags": ["eu-west", f"team-{i % 17}"],
                          "owner": {"name": f"Owner {i % 91}", "email": f"owner{i % 91}@example.com"}})
        rows.append(row)
        size += len(row) + 1
        i += 1
    return (f'{{"task": {{"id": "{task_id}", "state": "COMPLETE", "status": "SUCCEEDED", "result": {{"rows": ['
            + ",".join(rows) + "]}}}").encode()


# ---------------------------------------------------------------------------------------------------- benchmarks


def refresh_bench(args, nginx, work):
    count = args.tasks
    rng = random.Random(42)
    ids = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(count)]
    for task_id in ids:
        nginx.write_task(task_id, small_task(task_id, rng))
    ids_file = os.path.join(work, "ids.txt")
    with open(ids_file, "w", encoding="utf-8") as f:
        f.write("\n".join(ids) + "\n")
    curl_config = os.path.join(work, "curl.cfg")
    with open(curl_config, "w", encoding="utf-8") as f:
        for task_id in ids:
            f.write(f'url = "{nginx.base}{TASK_PATH}{task_id}"\noutput = "/dev/null"\n')
    env = dict(os.environ, VEZA_URL=nginx.base, VEZA_TOKEN=TOKEN, QT_LOGGING_RULES="*.debug=false")
    cli = os.path.join(args.build, "bin", "veza-task-cli")
    commands = {
        "veza-task-cli": [cli, "get", "--max-rate", "100000", "--parallel", "6", "--timeout", "600", "--no-progress",
                          "-"],
        "bare QNAM": [os.path.join(args.build, "bench", "veza-bench-qnam"), nginx.base, ids_file, "--parallel", "6",
                      "--token", TOKEN],
        "curl": ["curl", "--silent", "--no-progress-meter", "--parallel", "--parallel-max", "6", "-H", f"Authorization: Bearer {TOKEN}",
                 "-H", "Accept: application/json", "--config", curl_config],
        "aiohttp": [PYTHON, os.path.join(os.path.dirname(__file__), "aiohttp_poll.py"), nginx.base, ids_file,
                    "--connections", "6", "--token", TOKEN],
    }
    stdin = {"veza-task-cli": ids_file}
    # Once each, unmeasured: files in the page cache, the check that every tool read every task.
    check = measure(commands["veza-task-cli"], ids_file, env, capture=True)
    lines = [line for line in check.out.splitlines() if line.strip()]
    if check.code != 0 or len(lines) != count or not all("\tCOMPLETE\tSUCCEEDED" in line for line in lines):
        raise RuntimeError(f"veza-task-cli get did not read every task (exit {check.code}, {len(lines)} lines)")
    for name in ("bare QNAM", "curl", "aiohttp"):
        if measure(commands[name], None, env).code != 0:
            raise RuntimeError(f"{name} failed against nginx")

    runs = {name: [] for name in commands}
    for rep in range(args.reps):
        order = list(commands) if rep % 2 == 0 else list(reversed(commands))
        for name in order:
            result = measure(commands[name], stdin.get(name), env)
            if result.code != 0:
                raise RuntimeError(f"{name} failed (exit {result.code})")
            runs[name].append(result)
            log(f"refresh rep {rep + 1}/{args.reps} {name}: {result.wall:.2f} s wall, {result.cpu:.2f} s CPU")

    rows = ["tool            wall s, median (min–max)    CPU s (user+sys)            CPU ms per request"]
    med = {}
    for name, results in runs.items():
        walls = [r.wall for r in results]
        cpus = [r.cpu for r in results]
        med[name] = (statistics.median(walls), statistics.median(cpus) / count * 1000)
        rows.append(f"{name:15} {median_spread(walls):27} {median_spread(cpus):27} "
                    f"{median_spread([c / count * 1000 for c in cpus], '{:.3f}')}")
    figures_syscalls = syscall_profile(
        {name: (commands[name], stdin.get(name)) for name in ("veza-task-cli", "bare QNAM", "curl")}, env, count)
    figures_reads = read_sizes({name: (commands[name], stdin.get(name)) for name in ("veza-task-cli", "bare QNAM")},
                               ids_file, ids, work, env)
    wall_ratio = med["veza-task-cli"][0] / med["curl"][0]
    cpu_ratio = med["veza-task-cli"][1] / med["aiohttp"][1]
    qnam_wall_ratio = med["bare QNAM"][0] / med["curl"][0]
    qnam_cpu_ratio = med["bare QNAM"][1] / med["aiohttp"][1]
    figures = {
        "refresh_commands": "\n".join(
            f"{name}: {shown(cmd, work, args.build)}" + (" < ids.txt" if name in stdin else "")
            for name, cmd in commands.items()),
        "refresh_table": "\n".join(rows),
        "refresh_tasks": f"{count:,}",
        "refresh_reps": str(args.reps),
        "refresh_wall_ratio": f"{wall_ratio:.2f}",
        "refresh_cpu_ratio": f"{cpu_ratio:.2f}",
        "refresh_wall_verdict": "met" if wall_ratio <= 2 else "not met",
        "refresh_cpu_verdict": "met" if cpu_ratio <= 0.5 else "not met",
        "refresh_cpu_vs_curl": f"{med['veza-task-cli'][1] / med['curl'][1]:.1f}",
        "refresh_syscalls": figures_syscalls,
        "refresh_reads": figures_reads,
        "refresh_qnam_wall_ratio": f"{qnam_wall_ratio:.2f}",
        "refresh_qnam_cpu_ratio": f"{qnam_cpu_ratio:.2f}",
        "refresh_qnam_wall_verdict": "meets" if qnam_wall_ratio <= 2 else "does not meet",
        "refresh_qnam_cpu_verdict": "meets" if qnam_cpu_ratio <= 0.5 else "does not meet",
        "refresh_cli_over_qnam_cpu": f"{med['veza-task-cli'][1] / med['bare QNAM'][1]:.2f}",
        "refresh_cli_over_qnam_wall": f"{med['veza-task-cli'][0] / med['bare QNAM'][0]:.2f}",
    }
    figures.update(parallel_curve(args, commands, ids_file, env, count, med))
    return figures


def with_parallel(cmd, parallel):
    """The same command with its --parallel value replaced."""
    cmd = list(cmd)
    cmd[cmd.index("--parallel") + 1] = str(parallel)
    return cmd


def parallel_curve(args, commands, ids_file, env, count, med):
    """Wall and CPU per request of the CLI and bare QNAM at each concurrency: the trade-off the targets sit on."""
    levels = (1, 2, 4, 6, 12, 24)
    reps = 1 if args.quick else 3
    rows = ["parallel  tool            wall s, median (min–max)    CPU ms per request          wall ÷ curl(6)  CPU ÷ aiohttp(6)"]
    for parallel in levels:
        for name, stdin in (("veza-task-cli", ids_file), ("bare QNAM", None)):
            results = []
            for _ in range(reps):
                result = measure(with_parallel(commands[name], parallel), stdin, env)
                if result.code != 0:
                    raise RuntimeError(f"{name} --parallel {parallel} failed (exit {result.code})")
                results.append(result)
            walls = [r.wall for r in results]
            per_request = [r.cpu / count * 1000 for r in results]
            log(f"curve {name} --parallel {parallel}: {statistics.median(walls):.2f} s wall, "
                f"{statistics.median(per_request):.3f} ms CPU per request")
            rows.append(f"{parallel:<9} {name:15} {median_spread(walls):27} {median_spread(per_request, '{:.3f}'):27} "
                        f"{statistics.median(walls) / med['curl'][0]:14.2f}  "
                        f"{statistics.median(per_request) / med['aiohttp'][1]:16.2f}")
    attribute_rows = ["bare QNAM at --parallel 6         wall s, median (min–max)    CPU ms per request"]
    for label, flags in (("defaults", []), ("Http2AllowedAttribute false", ["--no-http2"]),
                         ("HttpPipeliningAllowedAttribute", ["--pipelining"])):
        results = []
        for _ in range(reps):
            result = measure(commands["bare QNAM"] + flags, None, env)
            if result.code != 0:
                raise RuntimeError(f"bare QNAM {flags} failed (exit {result.code})")
            results.append(result)
        attribute_rows.append(f"{label:33} {median_spread([r.wall for r in results]):27} "
                              f"{median_spread([r.cpu / count * 1000 for r in results], '{:.3f}')}")
    return {"refresh_curve": "\n".join(rows), "refresh_curve_reps": str(reps),
            "refresh_curve_levels": ", ".join(str(level) for level in levels),
            "refresh_attributes": "\n".join(attribute_rows)}


def syscall_profile(tools, env, count):
    """System calls of one run of each tool by kind, per task (strace -f -c), those made once per task or more."""
    if not shutil.which("strace"):
        return "(strace is not installed: no system call count)"
    per_tool = {}
    for name, (cmd, stdin) in tools.items():
        with tempfile.NamedTemporaryFile("r", suffix=".strace") as out:
            result = measure(["strace", "-f", "-c", "-o", out.name] + cmd, stdin, env)
            if result.code != 0:
                return f"(strace run of {name} failed, exit {result.code})"
            calls = {}
            for line in out.read().splitlines():
                fields = line.split()
                if len(fields) >= 5 and fields[0][0].isdigit() and fields[-1] != "total":
                    calls[fields[-1]] = int(fields[3])
            per_tool[name] = calls
    names = list(per_tool)
    kinds = sorted({kind for calls in per_tool.values() for kind, n in calls.items() if n >= count},
                   key=lambda kind: -max(calls.get(kind, 0) for calls in per_tool.values()))
    rows = ["call        " + "".join(f"{name + ' per task':>24}" for name in names)]
    for kind in kinds:
        rows.append(f"{kind:12}" + "".join(f"{per_tool[name].get(kind, 0) / count:24.1f}" for name in names))
    rows.append(f"{'all':12}" + "".join(f"{sum(per_tool[name].values()) / count:24.1f}" for name in names))
    return "\n".join(rows)


# A read() line of strace -f, whole or resumed after another thread's call: the size asked for and the result.
READ_CALL = re.compile(r'^\d+\s+(?:read\(\d+, |<\.\.\. read resumed>).*, (\d+)\)\s+= (-?\d+)')


def read_sizes(tools, ids_file, ids, work, env, sample=200):
    """Every read() of each tool on a sample of tasks (strace -f -e read), grouped by the size asked for: which of
    them are the HTTP reader's one-byte reads and which are event-loop wake-ups (glib reads its eventfd 16 bytes at a
    time)."""
    if not shutil.which("strace"):
        return "(strace is not installed: no read() sizes)"
    sample_file = os.path.join(work, "ids-sample.txt")
    with open(sample_file, "w", encoding="utf-8") as f:
        f.write("\n".join(ids[:sample]) + "\n")
    header = "read() asking for                 " + "".join(f"{name + ' per task':>24}" for name in tools)
    buckets = ("1 byte (status line, headers)", "16 bytes (wake-ups)", "any other size")
    counts = {}
    for name, (cmd, stdin) in tools.items():
        cmd = [sample_file if part == ids_file else part for part in cmd]
        with tempfile.NamedTemporaryFile("r", suffix=".strace") as out:
            result = measure(["strace", "-f", "-qq", "-e", "trace=read", "-s", "0", "-o", out.name] + cmd,
                             sample_file if stdin else None, env)
            if result.code != 0:
                return f"(strace run of {name} failed, exit {result.code})"
            tally = dict.fromkeys(buckets, 0)
            for line in out:
                match = READ_CALL.match(line)
                if not match:
                    continue
                size = int(match.group(1))
                tally[buckets[0] if size == 1 else buckets[1] if size == 16 else buckets[2]] += 1
            counts[name] = tally
    rows = [header]
    for bucket in buckets:
        rows.append(f"{bucket:34}" + "".join(f"{counts[name][bucket] / sample:24.1f}" for name in tools))
    return f"{sample} tasks, --parallel 6:\n" + "\n".join(rows)


def large_result_bench(args, nginx, work):
    task_id = "5a1e5a1e-0000-4000-8000-000000000050"
    body = large_task(task_id, args.result_mb)
    nginx.write_task(task_id, body)
    path = os.path.join(work, "large.json")
    with open(path, "wb") as f:
        f.write(body)
    payload_mb = len(body) / 2**20
    env = dict(os.environ, VEZA_URL=nginx.base, VEZA_TOKEN=TOKEN)
    cli = os.path.join(args.build, "bin", "veza-task-cli")
    commands = {
        "veza-task-cli get --json": [cli, "get", "--json", "--no-progress", task_id],
        "python3 json.load": [PYTHON, "-c", "import json, sys; json.load(open(sys.argv[1], 'rb'))", path],
        "jq .": ["jq", ".", path],
    }
    runs = {name: [] for name in commands}
    # Peak RSS through GNU time, which forks the command itself: a child forked from this script inherits its
    # high-water mark across exec (the kernel keeps the old mm's hiwater_rss in ru_maxrss), which here holds the payload.
    peak_file = os.path.join(work, "peak-rss")
    for rep in range(args.large_reps):
        for name, cmd in commands.items():
            result = measure([GNU_TIME, "-o", peak_file, "-f", "%M", *cmd], None, env)
            if result.code != 0:
                raise RuntimeError(f"{name} failed on the large result (exit {result.code})")
            with open(peak_file, encoding="ascii") as f:
                result.maxrss_kb = int(f.read().split()[-1])
            runs[name].append(result)
    rows = ["command                     wall s, median (min–max)   peak RSS MiB   RSS ÷ payload"]
    for name, results in runs.items():
        rss = max(r.maxrss_kb for r in results) / 1024
        rows.append(f"{name:27} {median_spread([r.wall for r in results]):26} {rss:12.0f}   {rss / payload_mb:.1f}×")
    return {
        "large_payload": f"{payload_mb:.1f} MiB",
        "large_table": "\n".join(rows),
        "large_commands": "\n".join(f"{name}: {shown(cmd, work, args.build)}" for name, cmd in commands.items()),
    }


def bench_output(args, name, cmd_args, timeout=1200):
    path = os.path.join(args.build, "bench", name)
    shown = " ".join([f"build-release/bench/{name}"] + cmd_args)
    if not os.path.exists(path):
        return shown, "not built"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    log(f"running {shown}")
    result = measure([path] + cmd_args, None, env, capture=True, timeout=timeout)
    text = result.out.rstrip()
    if result.code != 0:
        text += f"\n(exit code {result.code})"
    return shown, text


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build", required=True, help="the Release build directory")
    parser.add_argument("--template", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--quick", action="store_true", help="fewer tasks, repetitions and seconds: a try run")
    args = parser.parse_args()
    args.tasks = 1000 if args.quick else 5000
    args.reps = 3 if args.quick else 5
    args.large_reps = 1 if args.quick else 3
    args.result_mb = 50
    started = datetime.datetime.now(datetime.timezone.utc)
    figures = {
        "date": started.strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "mode": "quick (`scripts/run-bench --quick`: fewer tasks and repetitions)" if args.quick
        else "full (`scripts/run-bench`)",
    }
    work = tempfile.mkdtemp(prefix="veza-bench-")
    os.chmod(work, 0o755)  # nginx's workers read the files
    nginx = Nginx(work)
    try:
        log(f"nginx on {nginx.base}")
        figures.update(refresh_bench(args, nginx, work))
        figures.update(large_result_bench(args, nginx, work))
    finally:
        nginx.stop()
        shutil.rmtree(work, ignore_errors=True)

    gui_rows = ["--rows", "2000" if args.quick else "10000"]
    for key, name, cmd_args in (
            ("gui_rows", "veza-bench-gui", gui_rows),
            ("gui_result", "veza-bench-gui", ["--result-mb", "50"]),
            ("store", "veza-bench-store",
             ["--runs", "2", "--seconds", "3"] if args.quick else ["--runs", "5", "--seconds", "10"]),
            ("policy", "veza-bench-policy", ["--sweep", "0.05,0.08,0.15,0.2,0.3"]),
            ("ids", "veza-bench-ids", []),
            ("json", "veza-bench-json", ["--mb", "10", "--runs", "1"] if args.quick else ["--mb", "50", "--runs", "3"])):
        shown, text = bench_output(args, name, cmd_args)
        figures[key + "_command"] = shown
        figures[key] = text
    figures["duration"] = f"{(datetime.datetime.now(datetime.timezone.utc) - started).total_seconds() / 60:.1f} min"

    with open(args.template, encoding="utf-8") as f:
        template = f.read()
    missing = set(re.findall(r"\{\{(\w+)\}\}", template)) - set(figures)
    if missing:
        raise RuntimeError(f"the template asks for figures this script does not make: {sorted(missing)}")
    page = re.sub(r"\{\{(\w+)\}\}", lambda m: figures[m.group(1)], template)
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(page)
    log(f"wrote {args.output} in {figures['duration']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
