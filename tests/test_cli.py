"""The command line as scripts use it: output, exit codes, German errors, an untouched database."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from secretary_app import __version__
from secretary_app.cli import main
from tests.cli_helpers import db_digest as _digest
from tests.cli_helpers import run_cli as run
from tests.unprivileged import NO_READ_ONLY_FOLDERS, unprivileged

DATA = Path(__file__).resolve().parent / "data"


def test_import_prints_the_new_id_last_and_list_shows_it(db_path, demo_file, capsys):
    code, out, _ = run("--db", str(db_path), "import", str(demo_file), capsys=capsys)
    assert code == 0
    meeting_id = out.strip().splitlines()[-1]
    assert meeting_id.isdigit()
    code, out, _ = run("--db", str(db_path), "list", capsys=capsys)
    assert code == 0
    assert out.splitlines() == [
        f"{meeting_id}\t2016-06-14\t21\tAusschuss für Gesundheit, Soziales und Inklusion"
    ]


def test_list_is_most_recent_first(db_path, demo_file, capsys):
    run("--db", str(db_path), "import", str(demo_file), capsys=capsys)
    run("--db", str(db_path), "import", str(DATA / "rich-meeting.json"), capsys=capsys)
    _, out, _ = run("--db", str(db_path), "list", capsys=capsys)
    assert [line.split("\t")[1] for line in out.splitlines()] == ["2024-03-05", "2016-06-14"]


def test_dump_writes_the_meeting_file(db_path, demo_file, tmp_path, capsys):
    _, out, _ = run("--db", str(db_path), "import", str(demo_file), capsys=capsys)
    meeting_id = out.strip().splitlines()[-1]
    target = tmp_path / "out.json"
    code, _, _ = run("--db", str(db_path), "dump", meeting_id, "-o", str(target), capsys=capsys)
    assert code == 0
    dumped = json.loads(target.read_text(encoding="utf-8"))
    original = json.loads(demo_file.read_text(encoding="utf-8"))
    assert dumped["agenda"] == original["agenda"]


def test_dump_of_unknown_meeting_is_a_user_error(db_path, tmp_path, capsys):
    code, _, err = run("--db", str(db_path), "dump", "99", "-o", str(tmp_path / "x"), capsys=capsys)
    assert code == 1
    assert "Sitzung mit der Nummer 99 gibt es" in err
    assert "Traceback" not in err


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    rich = json.loads((DATA / "rich-meeting.json").read_text(encoding="utf-8"))

    def variant(name: str, change) -> Path:
        value = json.loads(json.dumps(rich))
        change(value)
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
        return path

    truncated = tmp_path / "truncated.json"
    truncated.write_bytes((DATA / "rich-meeting.json").read_bytes()[:700])
    cp1252 = tmp_path / "cp1252.json"
    cp1252.write_bytes((DATA / "rich-meeting.json").read_text(encoding="utf-8").encode("cp1252"))
    folder = tmp_path / "ein-ordner.json"
    folder.mkdir()
    return {
        "wrong format": (variant("fmt", lambda v: v.update(format="x")), "keine Protokollant"),
        "version 2": (variant("v2", lambda v: v.update(version=2)), "neueren Version"),
        "unknown member": (
            variant("mem", lambda v: v["agenda"][1]["minutes"][0].update(speaker="wer")),
            "agenda[1].minutes[0].speaker",
        ),
        "negative count": (
            variant("neg", lambda v: v["agenda"][1]["minutes"][4].update(abstain=-3)),
            "agenda[1].minutes[4].abstain: muss eine ganze Zahl ≥ 0 sein",
        ),
        "truncated": (truncated, "kein gültiges JSON"),
        "directory": (folder, "ist ein Ordner"),
        "not utf-8": (cp1252, "keine UTF-8-Textdatei"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "wrong format",
        "version 2",
        "unknown member",
        "negative count",
        "truncated",
        "directory",
        "not utf-8",
    ],
)
def test_bad_import_files_change_nothing(case, db_path, demo_file, tmp_path, capsys):
    run("--db", str(db_path), "import", str(demo_file), capsys=capsys)
    before = _digest(db_path)
    path, message = _bad_files(tmp_path)[case]
    code, out, err = run("--db", str(db_path), "import", str(path), capsys=capsys)
    assert code == 1
    assert message in err
    assert err.startswith("Fehler: ")
    assert "Traceback" not in err + out
    assert _digest(db_path) == before


@pytest.fixture
def shared_tmp():
    """A folder another user can reach (pytest's own tmp folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="protokollant-test-"))
    folder.chmod(0o755)
    yield folder
    for p in folder.rglob("*"):
        p.chmod(0o700) if p.is_dir() else p.chmod(0o600)
    shutil.rmtree(folder)


def _run_unprivileged(args: list[str], env_home: Path) -> subprocess.CompletedProcess[str]:
    """Run the CLI so that permission bits apply (as root: without its capabilities)."""
    cmd = unprivileged([sys.executable, "-m", "secretary_app", *args])
    env = {**os.environ, "HOME": str(env_home), "XDG_STATE_HOME": str(env_home)}
    return subprocess.run(cmd, capture_output=True, text=True, check=False, env=env)


@NO_READ_ONLY_FOLDERS
def test_db_in_a_read_only_folder_is_a_clear_error(shared_tmp):
    folder = shared_tmp / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    done = _run_unprivileged(["--db", str(folder / "p.sqlite"), "list"], shared_tmp / "nohome")
    assert done.returncode == 1, done.stderr
    assert "keine Schreibrechte" in done.stderr
    assert "Traceback" not in done.stderr
    assert list(folder.iterdir()) == []


def test_read_only_db_file_is_a_clear_error_and_untouched(shared_tmp, demo_file, capsys):
    db = shared_tmp / "p.sqlite"
    run("--db", str(db), "import", str(demo_file), capsys=capsys)
    db.chmod(0o444)
    before = db.read_bytes()
    done = _run_unprivileged(["--db", str(db), "list"], shared_tmp / "nohome")
    assert done.returncode == 1, done.stderr
    assert "schreibgeschützt" in done.stderr or "darf nicht gelesen" in done.stderr
    assert db.read_bytes() == before


def test_db_path_below_a_file_is_a_clear_error(tmp_path, capsys):
    blocker = tmp_path / "datei"
    blocker.write_text("kein Ordner")
    code, _, err = run("--db", str(blocker / "sub" / "p.sqlite"), "list", capsys=capsys)
    assert code == 1
    # the same words on every system (Windows calls it "file exists" or "path not found")
    assert "kann nicht angelegt werden" in err
    assert f"{blocker} ist eine Datei, kein Ordner" in err
    assert "Traceback" not in err


def test_db_that_is_not_sqlite_is_refused_and_untouched(tmp_path, capsys):
    fake = tmp_path / "brief.sqlite"
    fake.write_bytes(b"Sehr geehrte Damen und Herren,\n" * 200)
    before = fake.read_bytes()
    code, _, err = run("--db", str(fake), "list", capsys=capsys)
    assert code == 1
    assert "keine lesbare Protokollant-Datenbank" in err
    assert fake.read_bytes() == before


def test_db_of_another_program_is_refused_and_untouched(tmp_path, capsys):
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE kunden (name TEXT)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    code, _, err = run("--db", str(other), "list", capsys=capsys)
    assert code == 1
    assert "eines anderen Programms" in err
    assert other.read_bytes() == before


def test_version_and_usage_errors(capsys):
    with pytest.raises(SystemExit) as ex:
        main(["--version"])
    assert ex.value.code == 0
    assert __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit) as ex:
        main(["dump"])
    assert ex.value.code == 2
    assert "Aufruf fehlerhaft" in capsys.readouterr().err


def test_console_entry_point_runs_as_a_process(tmp_path, demo_file):
    scripts = Path(sys.executable).parent  # on Windows the console scripts are in Scripts\\
    exe = shutil.which(
        "secretary-app", path=os.pathsep.join([str(scripts), str(scripts / "Scripts")])
    )
    assert exe, "the console script is installed with the package"
    db = tmp_path / "p.sqlite"
    done = subprocess.run(
        [exe, "--db", str(db), "import", str(demo_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "1"
    done = subprocess.run(
        [sys.executable, "-m", "secretary_app", "--db", str(db), "import", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "ist ein Ordner" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_demo_database_goes_with_the_window(monkeypatch):
    """`--demo` works in a throw-away database; closing the window removes it and its backups."""
    import secretary_app.app

    seen: list[Path] = []

    def window(args):  # stands in for the window: it writes the database and its backups
        db = Path(args.db)
        db.write_bytes(b"demo")
        (db.parent / "backups").mkdir()
        (db.parent / "backups" / "demo-000001.sqlite.gz").write_bytes(b"backup")
        seen.append(db)
        assert args.throwaway  # its database is opened without waiting for the disk
        return 0

    monkeypatch.setattr(secretary_app.app, "run", window)
    assert main(["--demo"]) == 0
    assert seen and seen[0].parent.name.startswith("protokollant-demo-")
    assert not seen[0].parent.exists()


def test_output_in_the_windows_code_page_never_fails_on_a_character_it_lacks(tmp_path, demo_file):
    """Windows writes redirected output in cp1252, which has no „≥“ or „→“ (used by the messages
    and by `audit`): the command still does its work and says the rest."""
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    db = tmp_path / "p.sqlite"
    base = [sys.executable, "-m", "secretary_app", "--db", str(db)]
    done = subprocess.run([*base, "import", str(demo_file)], env=env, capture_output=True)
    assert done.returncode == 0, done.stderr
    done = subprocess.run(
        [*base, "vote", "1", "7.1", "--ja", "-3", "--nein", "0", "--enthaltung", "0"],
        env=env,
        capture_output=True,
    )
    err = done.stderr.decode("cp1252")
    assert done.returncode == 2, err
    assert "„-3“ ist keine ganze Zahl ? 0" in err
    assert "Traceback" not in err and "Interner Fehler" not in err
