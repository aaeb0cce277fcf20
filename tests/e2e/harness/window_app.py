"""A tiny X11 application for e2e tests: one window with a given title and class, echoing keys.

Run as `python window_app.py --title T --wm-class C [--geometry WxH+X+Y]`. It sets
`_NET_WM_NAME`, `WM_NAME`, `WM_CLASS` and `_NET_WM_PID`, prints its window id on stdout once the
window is mapped, and draws the text typed into it (so screenshots differ as text is typed). Python
Xlib only: tkinter is not installed everywhere. `--legacy` sets only WM_NAME (like xmessage/Xt).
"""

from __future__ import annotations

import argparse
import os
import sys

from Xlib import XK, X, Xatom, Xutil, display


def parse_geometry(spec: str) -> tuple[int, int, int, int]:
    size, _, rest = spec.partition("+")
    width, height = (int(v) for v in size.split("x"))
    x, _, y = rest.partition("+")
    return width, height, int(x or 0), int(y or 0)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--title", required=True)
    parser.add_argument("--wm-class", default="AirlockTestApp")
    parser.add_argument("--geometry", default="640x400+100+100")
    parser.add_argument("--legacy", action="store_true", help="set WM_NAME only (no EWMH name/pid)")
    args = parser.parse_args()

    width, height, x, y = parse_geometry(args.geometry)
    dpy = display.Display()
    screen = dpy.screen()
    window = screen.root.create_window(
        x, y, width, height, 1, screen.root_depth,
        background_pixel=screen.white_pixel,
        event_mask=X.ExposureMask | X.KeyPressMask | X.ButtonPressMask | X.StructureNotifyMask,
    )
    # WM_NAME is Latin-1 (a title with an em dash keeps its UTF-8 _NET_WM_NAME, which is what is read).
    window.set_wm_name(args.title.encode("latin-1", "replace").decode("latin-1"))
    window.set_wm_class(args.wm_class.lower(), args.wm_class)
    if not args.legacy:
        utf8 = dpy.intern_atom("UTF8_STRING")
        window.change_property(dpy.intern_atom("_NET_WM_NAME"), utf8, 8, args.title.encode("utf-8"))
        window.change_property(dpy.intern_atom("_NET_WM_PID"), Xatom.CARDINAL, 32, [os.getpid()])
    wm_delete = dpy.intern_atom("WM_DELETE_WINDOW")
    window.set_wm_protocols([wm_delete])
    window.set_wm_hints(flags=Xutil.InputHint, input=1)  # accept focus
    # USPosition: the window manager places the window where the test asked (known click targets).
    window.set_wm_normal_hints(flags=Xutil.USPosition | Xutil.USSize, x=x, y=y, width=width, height=height)
    gc = window.create_gc(foreground=screen.black_pixel, background=screen.white_pixel)
    window.map()
    dpy.flush()

    lines: list[str] = [""]
    announced = False

    def redraw() -> None:
        window.clear_area(0, 0, width, height)
        for index, line in enumerate(lines[-25:]):
            window.image_text(gc, 10, 20 + 15 * index, line[-100:].encode("latin-1", "replace"))
        dpy.flush()

    while True:
        event = dpy.next_event()
        if event.type == X.MapNotify and not announced:
            announced = True
            sys.stdout.write(f"{window.id}\n")
            sys.stdout.flush()
        elif event.type == X.Expose and event.count == 0:
            redraw()
        elif event.type == X.KeyPress:
            keysym = dpy.keycode_to_keysym(event.detail, 1 if event.state & X.ShiftMask else 0)
            if keysym == XK.XK_Return:
                lines.append("")
            elif keysym == XK.XK_BackSpace:
                lines[-1] = lines[-1][:-1]
            elif 0x20 <= keysym <= 0x7E:
                lines[-1] += chr(keysym)
            redraw()
        elif event.type == X.ClientMessage and event.data[1][0] == wm_delete or event.type == X.DestroyNotify:
            return 0


if __name__ == "__main__":
    raise SystemExit(main())
