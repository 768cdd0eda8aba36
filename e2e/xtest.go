//go:build e2e

package e2e

// The click and the watch on the window go through one X connection of
// the test's own (the X test extension, as xdotool uses), so the time
// measured from a click to the window going is the program's, not the
// time taken to start xdotool on a loaded machine.

/*
#cgo LDFLAGS: -lX11 -l:libXtst.so.6
#include <stdlib.h>
#include <X11/Xlib.h>
#include <X11/keysym.h>
#include <X11/Xutil.h>

extern int XTestFakeButtonEvent(Display*, unsigned int, int, unsigned long);
extern int XTestFakeKeyEvent(Display*, unsigned int, int, unsigned long);

static int gone;
static int onError(Display *d, XErrorEvent *e) { gone = 1; return 0; }

static void setHandler(void) { XSetErrorHandler(onError); }

// viewable: 1 mapped and viewable, 0 unmapped or destroyed.
static int viewable(Display *d, Window w) {
	XWindowAttributes a;
	gone = 0;
	if (!XGetWindowAttributes(d, w, &a) || gone) return 0;
	return a.map_state == IsViewable;
}

static void click(Display *d) {
	XTestFakeButtonEvent(d, 1, True, CurrentTime);
	XTestFakeButtonEvent(d, 1, False, CurrentTime);
	XSync(d, False);
}

// grab copies the screen into out (w*h*4 bytes, RGBA); 0 on failure.
static int grab(Display *d, int w, int h, unsigned char *out) {
	XImage *img = XGetImage(d, DefaultRootWindow(d), 0, 0, w, h, AllPlanes, ZPixmap);
	if (!img) return 0;
	for (int y = 0; y < h; y++) {
		for (int x = 0; x < w; x++) {
			unsigned long p = XGetPixel(img, x, y);
			unsigned char *o = out + (y * w + x) * 4;
			o[0] = (p >> 16) & 0xff; o[1] = (p >> 8) & 0xff; o[2] = p & 0xff; o[3] = 0xff;
		}
	}
	XDestroyImage(img);
	return 1;
}

static int screenWidth(Display *d) { return DisplayWidth(d, DefaultScreen(d)); }
static int screenHeight(Display *d) { return DisplayHeight(d, DefaultScreen(d)); }

static void shift(Display *d) {
	KeyCode k = XKeysymToKeycode(d, XK_Shift_L);
	XTestFakeKeyEvent(d, k, True, CurrentTime);
	XTestFakeKeyEvent(d, k, False, CurrentTime);
	XSync(d, False);
}
*/
import "C"

import (
	"fmt"
	"image"
	"strconv"
	"time"
	"unsafe"
)

// xconn is the test's own connection to the X server.
type xconn struct{ d *C.Display }

func openX(display string) (*xconn, error) {
	name := C.CString(display)
	defer C.free(unsafe.Pointer(name))
	d := C.XOpenDisplay(name)
	if d == nil {
		return nil, fmt.Errorf("cannot open display %s", display)
	}
	C.setHandler()
	return &xconn{d}, nil
}

func (x *xconn) close() { C.XCloseDisplay(x.d) }

// click presses and releases the main button where the pointer is, and
// returns once the server has them.
func (x *xconn) click() time.Time {
	C.click(x.d)
	return time.Now()
}

// shift presses and releases the left Shift key.
func (x *xconn) shift() time.Time {
	C.shift(x.d)
	return time.Now()
}

// viewable reports whether window id is on the screen.
func (x *xconn) viewable(id string) bool {
	w, err := strconv.ParseUint(id, 10, 64)
	if err != nil {
		return false
	}
	return C.viewable(x.d, C.Window(w)) == 1
}

// capture is the whole screen, read through the test's own connection
// (faster than starting ImageMagick's import for each look).
func (x *xconn) capture() (*image.RGBA, error) {
	w, h := int(C.screenWidth(x.d)), int(C.screenHeight(x.d))
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	if C.grab(x.d, C.int(w), C.int(h), (*C.uchar)(unsafe.Pointer(&img.Pix[0]))) == 0 {
		return nil, fmt.Errorf("XGetImage failed")
	}
	return img, nil
}
