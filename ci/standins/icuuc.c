/* Test-only stand-in for Windows' icuuc.dll, which Wine 8.0 lacks (never shipped in a bundle).
 *
 * Qt6Core.dll of the PySide6 wheels imports these 20 ICU converter functions from icuuc.dll
 * (Windows 10 1703 and newer has it in system32). Without the DLL no Qt program starts under
 * Wine. Every converter here fails to open, so Qt falls back to its built-in codecs (UTF-8,
 * UTF-16, Latin-1, the system code page), which is all Protokollant uses.
 *
 * Build: x86_64-w64-mingw32-gcc -shared -O2 -o icuuc.dll icuuc.c icuuc.def
 */
#include <stddef.h>
#include <stdint.h>

typedef int UErrorCode;
typedef uint16_t UChar;
enum { U_FILE_ACCESS_ERROR = 4 };

static int failed(UErrorCode *err)
{
    if (err != NULL && *err <= 0)
        *err = U_FILE_ACCESS_ERROR;
    return 0;
}

void *ucnv_open(const char *name, UErrorCode *err) { (void)name; failed(err); return NULL; }
void ucnv_close(void *cnv) { (void)cnv; }
void ucnv_reset(void *cnv) { (void)cnv; }
int8_t ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 1; }
const char *ucnv_getName(const void *cnv, UErrorCode *err) { (void)cnv; failed(err); return NULL; }
void ucnv_getToUCallBack(const void *cnv, void **action, const void **context)
{
    (void)cnv;
    if (action) *action = NULL;
    if (context) *context = NULL;
}
void ucnv_getFromUCallBack(const void *cnv, void **action, const void **context)
{
    (void)cnv;
    if (action) *action = NULL;
    if (context) *context = NULL;
}
void ucnv_setToUCallBack(void *cnv, void *action, const void *ctx, void **old_action,
                         const void **old_ctx, UErrorCode *err)
{
    (void)cnv; (void)action; (void)ctx; (void)old_action; (void)old_ctx; failed(err);
}
void ucnv_setFromUCallBack(void *cnv, void *action, const void *ctx, void **old_action,
                           const void **old_ctx, UErrorCode *err)
{
    (void)cnv; (void)action; (void)ctx; (void)old_action; (void)old_ctx; failed(err);
}
void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length, int32_t offset,
                           UErrorCode *err)
{
    (void)args; (void)source; (void)length; (void)offset; failed(err);
}
void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *limit,
                             int32_t offset, UErrorCode *err)
{
    (void)args; (void)source; (void)limit; (void)offset; failed(err);
}
void ucnv_toUnicode(void *cnv, UChar **target, const UChar *target_limit, const char **source,
                    const char *source_limit, int32_t *offsets, int8_t flush, UErrorCode *err)
{
    (void)cnv; (void)target; (void)target_limit; (void)source; (void)source_limit;
    (void)offsets; (void)flush; failed(err);
}
void ucnv_fromUnicode(void *cnv, char **target, const char *target_limit, const UChar **source,
                      const UChar *source_limit, int32_t *offsets, int8_t flush, UErrorCode *err)
{
    (void)cnv; (void)target; (void)target_limit; (void)source; (void)source_limit;
    (void)offsets; (void)flush; failed(err);
}
int32_t ucnv_toUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; failed(err); return 0; }
int32_t ucnv_fromUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; failed(err); return 0; }
const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err)
{
    (void)name; (void)standard; failed(err); return NULL;
}
const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
int32_t ucnv_countAvailable(void) { return 0; }
/* the two substitute callbacks Qt passes back to ICU; never called since nothing opens */
void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
