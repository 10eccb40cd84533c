/* Probe: does this Windows (or Wine) know the folder Inno Setup's {autopf} names in a per-user
 * install? With PrivilegesRequired=lowest, {autopf} is FOLDERID_UserProgramFiles
 * (%LOCALAPPDATA%\Programs on Windows 7 and newer). Wine 8.0 answers E_INVALIDARG
 * (0x80070057) for it, so Inno Setup stops with 'Failed to expand shell folder constant
 * "autopf"': the per-user install cannot be tried under Wine, and the Windows lane says so.
 *
 * Prints one line per folder, "NAME hr=0x........ PATH"; exit code 0 if the per-user
 * Programs folder is known, 1 if not.
 *
 * Build: x86_64-w64-mingw32-gcc -O2 -o known_folder.exe known_folder.c -lshell32 -lole32 -luuid
 */
#include <windows.h>
#include <shlobj.h>
#include <knownfolders.h>
#include <stdio.h>

static HRESULT show(const char *name, REFKNOWNFOLDERID id)
{
    PWSTR path = NULL;
    HRESULT hr = SHGetKnownFolderPath(id, 0, NULL, &path);
    printf("%s hr=0x%08lx %ls\n", name, (unsigned long)hr, path ? path : L"-");
    CoTaskMemFree(path);
    return hr;
}

int main(void)
{
    HRESULT user = show("FOLDERID_UserProgramFiles", &FOLDERID_UserProgramFiles);
    show("FOLDERID_ProgramFiles", &FOLDERID_ProgramFiles);
    show("FOLDERID_LocalAppData", &FOLDERID_LocalAppData);
    return SUCCEEDED(user) ? 0 : 1;
}
