"""Errors the user is told about (the environment's or the input's fault), as opposed to bugs."""


class KnownError(Exception):
    """An error with a German message that can be shown to the secretary as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


def os_reason(exc: OSError) -> str:
    """Why a file operation failed, in German (the OS's own text is often English)."""
    import errno

    reasons = {
        errno.ENOSPC: "der Datenträger ist voll",
        errno.EACCES: "keine Berechtigung",
        errno.EPERM: "keine Berechtigung",
        errno.EROFS: "das Laufwerk ist schreibgeschützt",
        errno.ENOTDIR: "ein Teil des Pfades ist kein Ordner",
        errno.ENOENT: "der Ordner oder die Datei existiert nicht",
        errno.EISDIR: "das ist ein Ordner",
        errno.EEXIST: "die Datei existiert bereits",
        errno.EIO: "der Datenträger meldet einen Ein-/Ausgabefehler",
        errno.ENAMETOOLONG: "der Dateiname ist zu lang",
        errno.EBUSY: "die Datei ist gerade in Benutzung",
        getattr(errno, "EDQUOT", errno.ENOSPC): "der Speicherplatz des Benutzers ist erschöpft",
    }
    if exc.errno in reasons:
        return reasons[exc.errno]
    # the system's own words are English on most installations: its error name instead
    name = errno.errorcode.get(exc.errno) if isinstance(exc.errno, int) else None
    return f"Fehler des Betriebssystems {name}" if name else "Fehler des Betriebssystems"


_SQLITE_REASONS = (
    ("disk i/o error", "der Datenträger meldet einen Ein-/Ausgabefehler"),
    ("database or disk is full", "der Datenträger ist voll"),
    ("database is locked", "die Datenbank ist von einem anderen Programm gesperrt"),
    ("unable to open database file", "die Datei kann nicht geöffnet werden"),
    ("file is not a database", "die Datei ist keine SQLite-Datenbank"),
    ("malformed", "die Datenbank ist beschädigt"),
    ("readonly database", "die Datenbank ist schreibgeschützt"),
    ("interrupted", "abgebrochen"),
)


def sqlite_reason(exc: Exception) -> str:
    """Why a database operation failed, in German (SQLite's own text is English)."""
    text = str(exc).lower()
    for english, german in _SQLITE_REASONS:
        if english in text:
            return german
    code = getattr(exc, "sqlite_errorname", None)
    return f"Datenbankfehler {code}" if code else "Datenbankfehler"
