/*
 * A stand-in uiautomationcore.dll for running the Windows program under
 * Wine 8 in tests only; it is never shipped. Built with the accessibility
 * tag, Fyne hands the window's buttons, labels and links to Windows' UI
 * Automation (for Narrator, NVDA), loading these five functions by name.
 * Wine 8 lacks UiaRaiseStructureChangedEvent: calling its stub ends the
 * program. Here each one accepts the call and does nothing, so Fyne's own
 * part (gathering what a screen reader would hear, on every redraw) runs
 * as on Windows while nothing is handed on.
 */
#include <windows.h>

LRESULT WINAPI UiaReturnRawElementProvider(HWND hwnd, WPARAM wParam, LPARAM lParam, void *provider)
{
    (void)hwnd; (void)wParam; (void)lParam; (void)provider;
    return 0;
}

HRESULT WINAPI UiaHostProviderFromHwnd(HWND hwnd, void **provider)
{
    (void)hwnd;
    if (provider)
        *provider = NULL;
    return S_OK;
}

HRESULT WINAPI UiaRaiseAutomationEvent(void *provider, int id)
{
    (void)provider; (void)id;
    return S_OK;
}

HRESULT WINAPI UiaRaiseStructureChangedEvent(void *provider, int type, int *runtimeId, int len)
{
    (void)provider; (void)type; (void)runtimeId; (void)len;
    return S_OK;
}

HRESULT WINAPI UiaDisconnectProvider(void *provider)
{
    (void)provider;
    return S_OK;
}
