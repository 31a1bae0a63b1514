"""persona_boot: how the tools start Persona in QEMU (one place).

qemu_base()          the board's QEMU arguments (boards/<board>/qemu.args)
rootfs(...)          build an initramfs (rootfs/mkcpio) from the base manifest,
                     the build's extra manifest and more entries
initrd_args(cpio)    QEMU's generic loader for it and the kernel's initrd=ADDR,SIZE
console_lines(...)   run a QEMU whose console is its stdout, line by line, with a
                     watchdog; stop early when a line says so (first-line timing)
versions()           QEMU version and Persona commit, for reports that must be reproducible
"""
import importlib.machinery
import os
import queue
import signal
import subprocess
import threading
import time

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RAM_BASE = 0x40000000
MIB = 1 << 20

mkcpio = importlib.machinery.SourceFileLoader("mkcpio", os.path.join(TOP, "rootfs", "mkcpio")).load_module()


def qemu_base(board="virt"):
    with open(os.path.join(TOP, "boards", board, "qemu.args")) as f:
        return [l.strip() for l in f if l.strip() and not l.startswith("#")]


def ram_bytes(args):
    """The -m size in QEMU's argument list, in bytes."""
    return int(args[args.index("-m") + 1]) * MIB


def rootfs(out, build, entries=()):
    """Builds out (cpio newc): base.manifest, BUILD/rootfs.manifest if present, entries."""
    all_entries = mkcpio.parse_manifest(os.path.join(TOP, "rootfs", "base.manifest"))
    extra = os.path.join(build, "rootfs.manifest")
    if os.path.exists(extra):
        all_entries += mkcpio.parse_manifest(extra)
    mkcpio.build(out, all_entries + list(entries))
    return out


def initrd_args(cpio, qemu_args):
    """(QEMU arguments loading cpio at the top of RAM, the kernel's initrd= parameter)."""
    size = os.path.getsize(cpio)
    top = RAM_BASE + ram_bytes(qemu_args)
    addr = top - ((size + MIB - 1) & ~(MIB - 1)) - MIB
    return (["-device", f"loader,file={cpio},addr={addr:#x},force-raw=on"], f"initrd={addr:#x},{size:#x}")


def console_lines(cmd, on_line, quiet_s, stop_after_s=None):
    """Runs cmd (console on its stdout), calling on_line(text) per line (CRs removed);
    on_line returning True ends QEMU at once. Kills QEMU after quiet_s seconds
    without output, or stop_after_s in all. Returns (status, console text, seconds
    until the end or the stopping line); status 124 means it was killed as hung.
    """
    start = time.monotonic()
    p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, start_new_session=True)
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(l) for l in iter(p.stdout.readline, b"")] + [lines.put(None)],
                     daemon=True).start()
    text, status, stopped = [], None, False
    while True:
        left = quiet_s if stop_after_s is None else min(quiet_s, start + stop_after_s - time.monotonic())
        try:
            line = lines.get(timeout=max(0, left))
        except queue.Empty:
            status = 124
            break
        if line is None:
            break
        line = line.decode("utf-8", "replace").replace("\r", "")
        text.append(line)
        if on_line(line.rstrip("\n")):
            stopped = True
            break
    seconds = time.monotonic() - start
    if status == 124 or stopped:
        os.killpg(p.pid, signal.SIGKILL)
    p.wait()
    return (status if status is not None else p.returncode), "".join(text), seconds


def versions():
    """{"qemu": QEMU's version line, "persona": git describe --always --dirty}."""
    def first_line(cmd):
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, cwd=TOP).stdout
            return out.splitlines()[0].strip() if out else "unknown"
        except OSError:
            return "unknown"
    return {"qemu": first_line(["qemu-system-arm", "--version"]),
            "persona": first_line(["git", "describe", "--always", "--dirty"])}
