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
    }
    if exc.errno in reasons:
        return reasons[exc.errno]
    return exc.strerror or str(exc)
