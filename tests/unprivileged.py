"""A command to which file permission bits apply, also when the tests run as root.

Root passes every permission check through its capabilities (CAP_DAC_OVERRIDE …), so a test of
"read-only file" must drop them. Dropping the capabilities but keeping uid 0 (`setpriv
--bounding-set=-all`) works from any checkout: the child still reads the code and the virtual
environment wherever they are, even inside a 0700 folder of root's, which `nobody` (uid 65534)
could not — and the permission bits of the files under test apply as for any user.
"""

from __future__ import annotations

import os
import shutil
import sys

import pytest


def as_root() -> bool:
    """Whether this process is root on POSIX (Windows has no such bypass of file rights)."""
    return hasattr(os, "geteuid") and os.geteuid() == 0


# Windows marks a folder read-only by its access list, not by an attribute (the read-only flag
# that chmod sets means nothing to a folder there); Wine, running as root here, does not apply
# access lists at all. So a read-only *folder* is tested on POSIX only (docs/windows.md).
NO_READ_ONLY_FOLDERS = pytest.mark.skipif(
    sys.platform == "win32", reason="a folder is read-only on Windows by its ACL, not chmod"
)


def unprivileged(cmd: list[str]) -> list[str]:
    """`cmd` as it is for a normal user; as root, without root's capabilities."""
    if not as_root():
        return cmd
    setpriv = shutil.which("setpriv")
    if not setpriv:
        pytest.skip("running as root without setpriv: permission bits cannot be tested")
    return [setpriv, "--bounding-set=-all", "--inh-caps=-all", "--ambient-caps=-all", *cmd]
