"""Every file she exports is private (0600) whatever the umask, and a conversion killed
mid-way leaves neither LibreOffice running nor the minutes in the temporary folder."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from secretary_app import helper_process
from secretary_app.documents import pdf
from secretary_app.store import Store
from secretary_app.store.meetings import import_meeting
from tests.cli_helpers import run_cli as run
from tests.privacy import assert_private, is_private

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def meeting_id(db_path: Path, demo_meeting) -> str:
    store = Store.open(db_path)
    try:
        return str(import_meeting(store, demo_meeting))
    finally:
        store.close()


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> str:
    return oct(stat.S_IMODE(path.stat().st_mode))


def test_every_export_is_0600_under_umask_022(
    db_path, meeting_id, tmp_path, capsys, umask_022, monkeypatch
):
    out = tmp_path / "ausgabe"
    out.mkdir()
    (out / "alt.json").write_text("{}")  # an earlier export, world-readable, is replaced
    (out / "alt.json").chmod(0o644)
    commands = {
        "alt.json": ["dump", meeting_id, "-o", str(out / "alt.json")],
        "ergebnisse.json": ["results", meeting_id, "--all", "-o", str(out / "ergebnisse.json")],
        "ergebnisse.csv": [
            "results",
            meeting_id,
            "--all",
            "--csv",
            "-o",
            str(out / "ergebnisse.csv"),
        ],
        "beschluesse.csv": ["beschluesse", "--csv", str(out / "beschluesse.csv")],
        "beschluesse.docx": ["beschluesse", "--docx", str(out / "beschluesse.docx")],
        "niederschrift.docx": ["minutes", meeting_id, "-o", str(out / "niederschrift.docx")],
        "auszuege": ["extract", meeting_id, "--all", "-o", str(out / "auszuege")],
    }
    for name, args in commands.items():
        code, _, err = run("--db", str(db_path), *args, capsys=capsys)
        assert code == 0, (name, err)
    written = sorted(p for p in out.rglob("*") if p.is_file())
    assert len(written) >= len(commands)
    assert {p.name: is_private(p) for p in written} == {p.name: True for p in written}
    assert not [p for p in out.rglob(".~*")]  # no temporary file left


@pytest.mark.skipif(pdf.find_soffice() is None, reason="LibreOffice not installed")
def test_pdf_is_0600_under_umask_022(db_path, meeting_id, tmp_path, capsys, umask_022):
    target = tmp_path / "n.docx"
    code, _, err = run(
        "--db", str(db_path), "minutes", meeting_id, "-o", str(target), "--pdf", capsys=capsys
    )
    assert code == 0, err
    assert_private(target.with_suffix(".pdf"))


FAKE_SOFFICE = """#!/bin/sh
# Like LibreOffice: the launcher starts the converter as its child, which writes the PDF late.
outdir=""
while [ $# -gt 0 ]; do [ "$1" = --outdir ] && outdir=$2; shift; done
sh -c 'echo $$ > "$0/../converter.pid"; sleep 20; echo GEHEIM > "$0/late.pdf"' "$outdir" &
wait
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie waiting for its (dead) parent's reaper is gone for our purpose
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return True


def _kill_mid_conversion(db_path, meeting_id, tmp_path, env, started) -> Path:
    """Start `minutes --pdf` in a child, SIGKILL it once `started(tmpdir)`; the temp folder."""
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    env = {**os.environ, **env, "TMPDIR": str(tmpdir)}
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "secretary_app",
            "--db",
            str(db_path),
            "minutes",
            meeting_id,
            "-o",
            str(tmp_path / "n.docx"),
            "--pdf",
        ],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while not started(tmpdir):
        assert child.poll() is None, child.stderr.read() if child.stderr else ""
        assert time.monotonic() < deadline, "the conversion did not start"
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()
    return tmpdir


def _wait_for(condition, seconds: float = 30) -> bool:
    """Generous: on a loaded machine a killed process may take a while to be gone."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX process groups")
def test_sigkill_mid_conversion_ends_the_converter_and_removes_its_folder(
    db_path, meeting_id, tmp_path
):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "soffice"
    fake.write_text(FAKE_SOFFICE)
    fake.chmod(0o755)
    path = f"{bin_dir}{os.pathsep}{os.environ['PATH']}"

    def converting(tmpdir: Path) -> bool:
        return (tmpdir / "converter.pid").is_file()

    tmpdir = _kill_mid_conversion(db_path, meeting_id, tmp_path, {"PATH": path}, converting)
    pid = int((tmpdir / "converter.pid").read_text())
    assert _wait_for(lambda: not _alive(pid)), "the converter outlived the program"
    assert _wait_for(lambda: not list(tmpdir.glob("protokollant-pdf-*")))
    time.sleep(0.2)
    assert not list(tmpdir.rglob("*.pdf"))


def _soffice_pids(marker: str) -> list[int]:
    pids = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                cmdline = (proc / "cmdline").read_bytes().decode(errors="replace")
            except OSError:
                continue
            if marker in cmdline and _alive(int(proc.name)):
                pids.append(int(proc.name))
    return pids


@pytest.mark.skipif(
    pdf.find_soffice() is None or not Path("/proc").is_dir(), reason="LibreOffice, /proc"
)
def test_sigkill_mid_conversion_with_libreoffice(db_path, meeting_id, tmp_path):
    """The real converter: soffice.bin is a grandchild of ours; it must go with us."""

    def converting(tmpdir: Path) -> bool:
        return bool(_soffice_pids(f"{tmpdir}/protokollant-pdf-"))

    tmpdir = _kill_mid_conversion(db_path, meeting_id, tmp_path, {}, converting)
    marker = f"{tmpdir}/protokollant-pdf-"
    assert _wait_for(lambda: not _soffice_pids(marker)), (
        f"LibreOffice outlived the program: {_soffice_pids(marker)}"
    )
    assert _wait_for(lambda: not list(tmpdir.glob("protokollant-pdf-*"))), list(tmpdir.rglob("*"))
    assert not list(tmpdir.rglob("*.pdf"))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell")
@pytest.mark.parametrize("said", [b"", b"los\n"])
def test_a_helper_starts_only_when_told_its_watcher_knows_it(tmp_path, said):
    """Killed between starting the helper and telling the watcher, we never say "los": the
    helper ends without running its command (nothing could outlive us unwatched)."""
    ran = tmp_path / "ran"
    go_read, go_write = os.pipe()
    helper = subprocess.Popen(
        ["/bin/sh", "-c", helper_process._WAIT_FOR_GO, "sh", "touch", str(ran)], stdin=go_read
    )
    os.close(go_read)
    os.write(go_write, said)
    os.close(go_write)  # what our death does to the pipe
    assert helper.wait(timeout=10) == (0 if said else 1)
    assert ran.exists() == bool(said)


def test_a_leftover_work_folder_goes_at_the_next_start_but_not_one_in_use(tmp_path):
    base = tmp_path / "tmp"
    base.mkdir()
    stale = base / "protokollant-pdf-abc"
    stale.mkdir()
    (stale / "m.pdf").write_text("Vertrauliche Personalsache")
    script = textwrap.dedent(
        f"""
        import sys, tempfile
        tempfile.tempdir = {str(base)!r}
        from secretary_app.helper_process import work_folder
        with work_folder() as work:
            (work / "m.pdf").write_text("x")
            print(work, flush=True)
            sys.stdin.readline()
        """
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        in_use = Path(holder.stdout.readline().strip())
        removed = helper_process.remove_stale_workfolders(base)
        assert removed == [stale]
        assert (in_use / "m.pdf").is_file()
    finally:
        holder.communicate("\n")
    assert not in_use.exists()
