/* Test-only stand-in for Windows' bcryptprimitives.dll export ProcessPrng, which Wine 8.0 lacks
 * (never shipped in a bundle). Rust's standard library (1.78 and newer) imports it for its
 * random numbers; rpds-py, a dependency of jsonschema, is built with it, so `import jsonschema`
 * fails under Wine without this. Random bytes come from RtlGenRandom (advapi32), which Wine has.
 *
 * Build: x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll bcryptprimitives.c
 *        bcryptprimitives.def -ladvapi32
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom */

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
