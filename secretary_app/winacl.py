"""Windows' counterpart of modes 0600/0700: a file or folder only its user may open.

On POSIX the program creates its files with mode 0600 and its folders with 0700. Windows ignores
modes (Python maps them to the read-only flag at most); there a file is private by its access
control list. `owner_only` gives a file or folder a protected DACL (nothing inherited from the
folder above) with one entry: full access for the current user. A folder's entry is inherited
by what is created in it later (SQLite's -wal/-shm files, backups, logs).

`allowed_sids` reads a DACL back (what the tests and the self-test check). Only ctypes and the
standard library; importable everywhere, usable on Windows only.
"""

from __future__ import annotations

import ctypes
import re
import sys
from pathlib import Path

_DACL_SECURITY_INFORMATION = 0x4
_PROTECTED_DACL_SECURITY_INFORMATION = 0x80000000
_SDDL_REVISION_1 = 1
_TOKEN_QUERY = 0x8
_TOKEN_USER = 1


def _dlls() -> tuple[ctypes.WinDLL, ctypes.WinDLL]:  # type: ignore[name-defined]
    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    return advapi32, kernel32


def _fail(what: str) -> OSError:
    code = ctypes.get_last_error()  # type: ignore[attr-defined]
    return OSError(code, f"{what} failed (Windows error {code})")


def current_user_sid() -> str:
    """The current user's security identifier, e.g. 'S-1-5-21-…-1001'."""
    from ctypes import wintypes

    advapi32, kernel32 = _dlls()
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    token = wintypes.HANDLE()
    if not advapi32.OpenProcessToken(
        wintypes.HANDLE(kernel32.GetCurrentProcess()), _TOKEN_QUERY, ctypes.byref(token)
    ):
        raise _fail("OpenProcessToken")
    try:
        size = wintypes.DWORD()
        advapi32.GetTokenInformation(token, _TOKEN_USER, None, 0, ctypes.byref(size))
        buffer = ctypes.create_string_buffer(size.value)
        if not advapi32.GetTokenInformation(
            token, _TOKEN_USER, buffer, size, ctypes.byref(size)
        ):
            raise _fail("GetTokenInformation")
        sid = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_void_p))[0]  # TOKEN_USER.User.Sid
        text = wintypes.LPWSTR()
        if not advapi32.ConvertSidToStringSidW(ctypes.c_void_p(sid), ctypes.byref(text)):
            raise _fail("ConvertSidToStringSidW")
        try:
            return str(text.value)
        finally:
            kernel32.LocalFree(text)
    finally:
        kernel32.CloseHandle(token)


def owner_only(path: Path, *, inherit: bool = False) -> None:
    """Only the current user may open `path` (for a folder with `inherit`: and what is created
    in it later). Raises OSError where Windows refuses (e.g. a FAT drive has no ACLs)."""
    advapi32, kernel32 = _dlls()
    flags = "OICI" if inherit else ""
    sddl = f"D:P(A;{flags};FA;;;{current_user_sid()})"
    descriptor = ctypes.c_void_p()
    if not advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW(
        ctypes.c_wchar_p(sddl), _SDDL_REVISION_1, ctypes.byref(descriptor), None
    ):
        raise _fail("ConvertStringSecurityDescriptorToSecurityDescriptorW")
    try:
        if not advapi32.SetFileSecurityW(
            ctypes.c_wchar_p(str(path)),
            _DACL_SECURITY_INFORMATION | _PROTECTED_DACL_SECURITY_INFORMATION,
            descriptor,
        ):
            raise _fail("SetFileSecurityW")
    finally:
        kernel32.LocalFree(descriptor)


def dacl_text(path: Path) -> str:
    """The DACL of `path` in SDDL, e.g. 'D:P(A;;FA;;;S-1-5-21-…)'."""
    from ctypes import wintypes

    advapi32, kernel32 = _dlls()
    needed = wintypes.DWORD()
    advapi32.GetFileSecurityW(
        ctypes.c_wchar_p(str(path)), _DACL_SECURITY_INFORMATION, None, 0, ctypes.byref(needed)
    )
    if not needed.value:
        raise _fail("GetFileSecurityW")
    buffer = ctypes.create_string_buffer(needed.value)
    if not advapi32.GetFileSecurityW(
        ctypes.c_wchar_p(str(path)), _DACL_SECURITY_INFORMATION, buffer, needed,
        ctypes.byref(needed),
    ):
        raise _fail("GetFileSecurityW")
    text = wintypes.LPWSTR()
    if not advapi32.ConvertSecurityDescriptorToStringSecurityDescriptorW(
        buffer, _SDDL_REVISION_1, _DACL_SECURITY_INFORMATION, ctypes.byref(text), None
    ):
        raise _fail("ConvertSecurityDescriptorToStringSecurityDescriptorW")
    try:
        return str(text.value)
    finally:
        kernel32.LocalFree(text)


def allowed_sids(path: Path) -> set[str]:
    """Whom the DACL of `path` lets in at all: the SIDs (or SDDL aliases such as 'WD' for
    everyone, 'BU' for all users) of its access-allowed entries."""
    dacl = dacl_text(path)
    if not dacl.startswith("D:") or "(" not in dacl and "NO_ACCESS_CONTROL" in dacl:
        return {"WD"}  # no DACL at all: everyone
    return {
        ace.split(";")[5]
        for ace in re.findall(r"\(([^)]*)\)", dacl)
        if ace.split(";")[0] in ("A", "OA")
    }


def supported() -> bool:
    return sys.platform == "win32"
