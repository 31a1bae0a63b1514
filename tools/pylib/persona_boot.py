"""persona_boot: how the tools start Persona in QEMU (one place).

qemu_base()          the board's QEMU arguments (boards/<board>/qemu.args)
rootfs(...)          build an initramfs (rootfs/mkcpio) from the base manifest,
                     the build's extra manifest and more entries
initrd_args(cpio)    QEMU's generic loader for it and the kernel's initrd=ADDR,SIZE
"""
import importlib.machinery
import os

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
