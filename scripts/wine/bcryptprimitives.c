/*
 * A stand-in bcryptprimitives.dll for running the Windows program under
 * Wine 8 in tests only; it is never shipped. Go's runtime asks Windows'
 * system folder for bcryptprimitives.dll and calls ProcessPrng for random
 * bytes; Windows 10 and 11 have it, Debian 12's Wine does not. This one
 * fills the buffer from advapi32's RtlGenRandom (SystemFunction036), which
 * Wine has, in chunks because that takes a 32-bit length.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
