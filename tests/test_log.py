"""The log file holds titles and dialog texts: only its owner may read it."""

from __future__ import annotations

import logging
import os

from secretary_app import log, paths
from tests.privacy import assert_private, is_private


def test_log_folder_and_every_log_file_are_private(monkeypatch):
    monkeypatch.setattr(log, "_configured", False)
    root = logging.getLogger()
    before = list(root.handlers)
    folder = paths.log_dir()
    folder.mkdir(parents=True, mode=0o755)  # as an earlier version left it
    os.chmod(folder, 0o755)
    old = folder / "protokollant.log"
    old.write_text("alt\n")
    os.chmod(old, 0o644)
    try:
        log.setup_logging()
        handler = next(h for h in root.handlers if h not in before)
        logging.getLogger("test").info("TOP 9 Personalangelegenheit")
        assert_private(folder)
        assert_private(old)
        assert isinstance(handler, log.PrivateRotatingFileHandler)
        handler.doRollover()
        logging.getLogger("test").info("nach dem Wechsel")
        files = sorted(folder.iterdir())
        assert [f.name for f in files] == ["protokollant.log", "protokollant.log.1"]
        assert all(is_private(f) for f in files)
        assert "Personalangelegenheit" in (folder / "protokollant.log.1").read_text()
        for n in range(7):  # more rollovers than kept files: the oldest go
            handler.doRollover()
            logging.getLogger("test").info("Runde %d", n)
        names = sorted(f.name for f in folder.iterdir())
        assert names == ["protokollant.log"] + [f"protokollant.log.{n}" for n in range(1, 6)]
    finally:
        for h in root.handlers:
            if h not in before:
                root.removeHandler(h)
                h.close()
