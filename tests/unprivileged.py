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

import pytest


def unprivileged(cmd: list[str]) -> list[str]:
    """`cmd` as it is for a normal user; as root, without root's capabilities."""
    if os.geteuid() != 0:
        return cmd
    setpriv = shutil.which("setpriv")
    if not setpriv:
        pytest.skip("running as root without setpriv: permission bits cannot be tested")
    return [setpriv, "--bounding-set=-all", "--inh-caps=-all", "--ambient-caps=-all", *cmd]
