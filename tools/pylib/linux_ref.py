"""linux_ref: real Linux booted on the same QEMU as Persona, the reference (tools/linux-ref).

kernel(cache)              Debian's armhf linux-image-*-armmp-lpae: downloaded once with
                           apt-get into CACHE (build/linux-ref/), its sha256 recorded there
                           and checked on every later use; returns a Kernel
cache_dir(build)           that cache for a build directory (build/virt -> build/linux-ref)
Job(name, argv, ...)       one program to run: host path, arguments, environment, limit
run_batch(jobs, build)     boots Linux once with the rootfs Persona boots plus the jobs'
                           programs and tools/linux-ref-init.c as /linux-ref/init, runs the
                           jobs in order and returns a Batch (a JobResult per job name)

The guest protocol (files under /linux-ref/jobs/NNNN/, "@@LR" lines on the
PL011 console) is described at the top of tools/linux-ref-init.c.
"""
import base64, fcntl, hashlib, json, os, re, shutil, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import persona_boot as pb

META_PACKAGE = "linux-image-armmp-lpae"     # Debian's meta-package naming the current kernel
ARCH = "armhf"
RAM_MIB = 512
INIT_GUEST = "/linux-ref/init"
JOBS_GUEST = "/linux-ref/jobs"
# Known packages and their sha256: a download with one of these names must match.
KNOWN_SUMS = os.path.join(pb.TOP, "tools", "linux-ref.sha256")
CMDLINE = f"console=ttyAMA0 rdinit={INIT_GUEST} quiet loglevel=1 panic=-1"
BOOT_ALLOWANCE_S = 120      # a boot (plus a job's own limit) that prints nothing for longer is hung
LINE = re.compile(r"@@LR (\S+)(?: (.*))?$")


class RefError(Exception):
    """The reference cannot be had (no kernel, no init, a checksum mismatch)."""


# ---------------------------------------------------------------- the kernel

class Kernel:
    """An extracted vmlinuz and where it came from."""

    def __init__(self, record, cache):
        self.package, self.version, self.deb = record["package"], record["version"], record["deb"]
        self.sha256 = record["sha256"]
        self.vmlinuz = os.path.join(cache, record["vmlinuz"])
        self.release = record["vmlinuz"].split("vmlinuz-", 1)[-1]

    def describe(self):
        return f"Debian {self.package} {self.version} (sha256 {self.sha256[:16]}...)"


def cache_dir(build):
    """The kernel cache of a build directory: BUILD/virt -> BUILD/linux-ref."""
    return os.path.join(os.path.dirname(os.path.abspath(build)), "linux-ref")


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _run(cmd, cwd=None):
    """Runs a command quietly; RefError with its output if it fails."""
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if p.returncode != 0:
        raise RefError(f"{' '.join(cmd)} failed:\n{p.stdout}{p.stderr}")
    return p.stdout


def _apt_show(name):
    p = subprocess.run(["apt-cache", "show", "--no-all-versions", f"{name}:{ARCH}"],
                       capture_output=True, text=True)
    return p.stdout if p.returncode == 0 and p.stdout.strip() else None


def _enable_armhf(log):
    """dpkg --add-architecture armhf + apt-get update, only when needed and only as root."""
    if _apt_show(META_PACKAGE):
        return
    if os.geteuid() != 0:
        raise RefError("Debian's armhf package lists are needed; as root run:\n"
                       f"  dpkg --add-architecture {ARCH} && apt-get update")
    foreign = subprocess.run(["dpkg", "--print-foreign-architectures"], capture_output=True,
                             text=True).stdout.split()
    if ARCH not in foreign:
        log(f"linux-ref: dpkg --add-architecture {ARCH}")
        _run(["dpkg", "--add-architecture", ARCH])
    log("linux-ref: apt-get update")
    # an index of another suite failing to download (a mirror mid-sync) is not
    # fatal as long as the kernel's package turns up
    subprocess.run(["apt-get", "update", "-q"], capture_output=True)
    if not _apt_show(META_PACKAGE):
        raise RefError(f"apt knows no {META_PACKAGE}:{ARCH} even after apt-get update")


def _field(stanza, name):
    m = re.search(rf"^{name}: (.*)$", stanza, re.M)
    return m.group(1).strip() if m else None


def _resolve(package):
    """(package, version) to download: the given one, or the one the meta-package depends on."""
    if package is None:
        dep = _field(_apt_show(META_PACKAGE) or "", "Depends") or ""
        m = re.match(r"(linux-image-\S+-armmp-lpae)\b", dep)
        if not m:
            raise RefError(f"cannot tell which kernel {META_PACKAGE}:{ARCH} depends on ({dep!r})")
        package = m.group(1)
    stanza = _apt_show(package)
    if not stanza:
        raise RefError(f"apt knows no {package}:{ARCH}")
    return package, _field(stanza, "Version")


def _known_sum(deb):
    if not os.path.exists(KNOWN_SUMS):
        return None
    with open(KNOWN_SUMS) as f:
        for line in f:
            words = line.split()
            if len(words) == 2 and not line.startswith("#") and words[1] == deb:
                return words[0]
    return None


def _download(cache, package, log):
    """Downloads and extracts the kernel into cache; returns the record."""
    _enable_armhf(log)
    package, version = _resolve(package)
    log(f"linux-ref: apt-get download {package}:{ARCH}={version}")
    _run(["apt-get", "download", "-q", f"{package}:{ARCH}={version}"], cwd=cache)
    debs = [f for f in os.listdir(cache) if f.startswith(package + "_") and f.endswith(".deb")]
    if len(debs) != 1:
        raise RefError(f"apt-get download left {debs} in {cache}")
    deb = debs[0]
    digest = sha256(os.path.join(cache, deb))
    known = _known_sum(deb)
    if known and known != digest:
        os.remove(os.path.join(cache, deb))
        raise RefError(f"{deb}: sha256 {digest}, but {KNOWN_SUMS} says {known}: refusing it")
    vmlinuz = _extract(cache, deb)
    return {"package": package, "version": version, "deb": deb, "sha256": digest,
            "vmlinuz": vmlinuz, "vmlinuz_sha256": sha256(os.path.join(cache, vmlinuz))}


def _extract(cache, deb):
    """Extracts only boot/vmlinuz-* (it comes first in the package) from the .deb."""
    out = os.path.join(cache, "extract")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    dpkg = subprocess.Popen(["dpkg-deb", "--fsys-tarfile", os.path.join(cache, deb)],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    tar = subprocess.run(["tar", "-x", "-C", out, "--occurrence=1", "--wildcards", "./boot/vmlinuz-*"],
                         stdin=dpkg.stdout, capture_output=True, text=True)
    dpkg.stdout.close()
    dpkg.wait()     # it dies of SIGPIPE once tar has what it wants
    found = [f for f in os.listdir(os.path.join(out, "boot"))] if os.path.isdir(os.path.join(out, "boot")) else []
    if tar.returncode != 0 or len(found) != 1:
        raise RefError(f"no boot/vmlinuz-* in {deb}: {tar.stderr}")
    os.replace(os.path.join(out, "boot", found[0]), os.path.join(cache, found[0]))
    shutil.rmtree(out)
    return found[0]


def _check(cache, record):
    """Refuses a cached kernel whose files no longer match the recorded sums."""
    for name, key in ((record["deb"], "sha256"), (record["vmlinuz"], "vmlinuz_sha256")):
        path = os.path.join(cache, name)
        if not os.path.exists(path):
            return False
        if sha256(path) != record[key]:
            raise RefError(f"{path}: sha256 differs from the one recorded in "
                           f"{os.path.join(cache, 'kernel.json')}: refusing it (remove {cache} to fetch anew)")
    known = _known_sum(record["deb"])
    if known and known != record["sha256"]:
        raise RefError(f"{record['deb']}: recorded sha256 {record['sha256']} but {KNOWN_SUMS} says {known}")
    return True


def kernel(cache, package=None, log=lambda s: print(s, file=sys.stderr)):
    """The reference kernel, downloaded into cache the first time (serialised by a lock)."""
    os.makedirs(cache, exist_ok=True)
    record_path = os.path.join(cache, "kernel.json")
    with open(os.path.join(cache, "lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if os.path.exists(record_path):
            with open(record_path) as f:
                record = json.load(f)
            if (package is None or package == record["package"]) and _check(cache, record):
                return Kernel(record, cache)
        record = _download(cache, package, log)
        with open(record_path + ".tmp", "w") as f:
            json.dump(record, f, indent=1)
        os.replace(record_path + ".tmp", record_path)
        log(f"linux-ref: {record['deb']} sha256 {record['sha256']} (recorded in {record_path})")
        return Kernel(record, cache)


# ---------------------------------------------------------------- running jobs

class Job:
    """One program run: argv[0] is a host file; stdin a host file or None (/dev/null)."""

    def __init__(self, name, argv, env, timeout=60, stdin=None):
        self.name, self.argv, self.env, self.timeout, self.stdin = name, list(argv), dict(env), timeout, stdin


class JobResult:
    """How a job ended: how is exit, signal (Linux's number), timeout, noexec or lost."""

    def __init__(self, how="lost", value=0, stdout=b"", stderr=b"", problem=None):
        self.how, self.value, self.stdout, self.stderr, self.problem = how, value, stdout, stderr, problem

    def exit_status(self):
        """persona-run's convention: N, 128+signal, 124 timeout, 125 anything else."""
        return {"exit": self.value, "signal": 128 + self.value, "timeout": 124}.get(self.how, 125)


class Batch:
    """The outcome of one boot: results by job name, the boot figure and the console."""

    def __init__(self):
        self.results, self.boot_ns, self.console, self.problem, self.seconds = {}, None, "", None, 0.0


def qemu_args(icount=False):
    """The board's QEMU command with Linux's memory size, without semihosting."""
    base, out, skip = pb.qemu_base(), [], False
    for i, arg in enumerate(base):
        if skip:
            skip = False
        elif arg == "-semihosting-config":
            skip = True
        else:
            out.append(str(RAM_MIB) if i > 0 and base[i - 1] == "-m" else arg)
    return out + ["-no-reboot"] + (["-icount", "shift=0"] if icount else [])


def init_path(build):
    path = os.path.join(build, "linux-ref", "init")
    if not os.path.exists(path):
        raise RefError(f"{path} is missing: make BUILD=... linux-ref-init (or make)")
    return path


def _write_nul(path, items):
    with open(path, "wb") as f:
        f.write(b"".join(s.encode() + b"\0" for s in items))


def _place_programs(jobs, used):
    """Guest path of each distinct host program: /bin/NAME, or /linux-ref/bin/N/NAME on a clash."""
    where = {}
    for job in jobs:
        host = os.path.abspath(job.argv[0])
        if host in where:
            continue
        guest = "/bin/" + os.path.basename(host)
        if guest in used:
            guest = f"/linux-ref/bin/{len(where)}/{os.path.basename(host)}"
        used.add(guest)
        where[host] = guest
    return where


def build_rootfs(tmp, build, jobs, adds=()):
    """The initramfs: Persona's rootfs, the init, the jobs' programs and their job directories."""
    entries = [("file", INIT_GUEST, 0o755, init_path(build))]
    for host, guest in adds:
        entries.append(("file", guest, 0o755 if os.access(host, os.X_OK) else 0o644, os.path.abspath(host)))
    where = _place_programs(jobs, {e[1] for e in entries})
    for host, guest in where.items():
        entries.append(("file", guest, 0o755, host))
    for n, job in enumerate(jobs):
        d = os.path.join(tmp, "jobs", f"{n:04d}")
        os.makedirs(d)
        _write_nul(os.path.join(d, "argv"), [where[os.path.abspath(job.argv[0])]] + job.argv[1:])
        _write_nul(os.path.join(d, "env"), [f"{k}={v}" for k, v in job.env.items()])
        with open(os.path.join(d, "timeout"), "w") as f:
            f.write(f"{max(1, int(job.timeout + 0.999)) if job.timeout else 0}\n")
        files = ["argv", "env", "timeout"] + (["stdin"] if job.stdin is not None else [])
        if job.stdin is not None:
            shutil.copyfile(job.stdin, os.path.join(d, "stdin"))
        entries += [("file", f"{JOBS_GUEST}/{n:04d}/{f}", 0o644, os.path.join(d, f)) for f in files]
    return pb.rootfs(os.path.join(tmp, "rootfs.cpio"), build, entries)


class _Parser:
    """Collects "@@LR" console lines into a Batch (protocol: tools/linux-ref-init.c)."""

    def __init__(self, jobs, batch):
        self.jobs, self.batch, self.parts, self.done = jobs, batch, {}, False

    def line(self, text):
        m = LINE.search(text)
        if not m:
            return
        kind, rest = m.group(1), (m.group(2) or "").split()
        if kind == "boot" and rest:
            self.batch.boot_ns = int(rest[0])
        elif kind in ("1", "2") and len(rest) == 2:
            self.parts.setdefault((int(rest[0]), kind), []).append(rest[1])
        elif kind == "end" and len(rest) == 5:
            self.end(int(rest[0]), rest[1], int(rest[2]), int(rest[3]), int(rest[4]))
        elif kind == "done":
            self.done = True

    def end(self, n, how, value, len1, len2):
        if n >= len(self.jobs):
            return
        out, err = (base64.b64decode("".join(self.parts.pop((n, k), []))) for k in ("1", "2"))
        r = JobResult(how, value, out, err)
        if (len(out), len(err)) != (len1, len2):
            r.problem = f"console framing damaged: {len(out)}/{len(err)} bytes, want {len1}/{len2}"
        elif how == "noexec":
            r.problem = f"Linux could not start {self.jobs[n].argv[0]} (errno {value})"
        self.batch.results[self.jobs[n].name] = r


def run_batch(jobs, build, kern=None, icount=False, log=None, adds=()):
    """Boots Linux once and runs jobs in order (adds: more (host, guest) files);
    never raises for a guest failure, only when there is no kernel or init."""
    batch = Batch()
    kern = kern or kernel(cache_dir(build))
    with tempfile.TemporaryDirectory(prefix="linux-ref.") as tmp:
        cpio = build_rootfs(tmp, build, jobs, adds)
        cmd = qemu_args(icount) + ["-display", "none", "-monitor", "none", "-serial", "stdio",
                                   "-kernel", kern.vmlinuz, "-initrd", cpio, "-append", CMDLINE]
        parser = _Parser(jobs, batch)
        quiet_s = BOOT_ALLOWANCE_S + max([j.timeout or 0 for j in jobs] + [0])
        status, batch.console, batch.seconds = pb.console_lines(cmd, parser.line, quiet_s)
    if log:
        with open(log, "w") as f:
            f.write(batch.console)
    if not parser.done:
        tail = "\n".join(batch.console.splitlines()[-15:])
        batch.problem = ("the Linux boot hung" if status == 124 else
                         f"the Linux boot ended early (QEMU status {status})") + f"; console:\n{tail}"
    for job in jobs:
        if job.name not in batch.results:
            batch.results[job.name] = JobResult(problem=batch.problem or "no report from linux-ref-init")
    return batch
