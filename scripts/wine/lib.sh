# Shared by scripts/windows-smoke and scripts/check-msi: a throwaway Wine
# prefix with test-only stand-ins for two DLLs Wine 8 lacks, in whole or
# in part (bcryptprimitives.dll, uiautomationcore.dll), a virtual screen,
# and ways to start the program, find its windows and buttons, press keys
# and click (checking the click did something) and capture
# it. Source it from the repository's root after setting
# wait_window (seconds to wait for a window).

# wine_setup makes $work (a temporary folder), the prefix in
# $work/prefix, builds the stand-in DLLs into its system32 and starts Xvfb.
wine_setup() {
  work=$(mktemp -d)
  export WINEPREFIX=$work/prefix WINEARCH=win64 WINEDEBUG=-all
  # The prefix asks for neither Mono nor Gecko (no dialogs, no downloads);
  # no menu entries on the Linux desktop from the installer's shortcut;
  # Go's runtime and Fyne's screen-reader support get the stand-ins.
  export WINEDLLOVERRIDES='mscoree,mshtml=;winemenubuilder.exe=d;bcryptprimitives,uiautomationcore=n'
  # File names pass between Windows and Linux as UTF-8 only when Wine's
  # character type is (Debian has C.UTF-8 even with no locales made): in
  # the C locale a folder named with a ŵ shows garbled in Windows
  # programs, and a name with a ŵ typed into one cannot be made.
  export PATH=/usr/lib/wine:$PATH LANG=en_GB.UTF-8 LC_CTYPE=C.UTF-8
  # Xvfb picks a free display and writes its number to fd 3.
  exec 3<> "$work/display"
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
  xvfb_pid=$!
  local n=""
  for _ in $(seq 100); do n=$(head -1 "$work/display" 2>/dev/null); [ -n "$n" ] && break; sleep 0.1; done
  [ -n "$n" ] || { echo "wine: Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; return 1; }
  export DISPLAY=:$n
  timeout 600 wine64 wineboot -i >"$work/wineboot.log" 2>&1 || { cat "$work/wineboot.log" >&2; return 1; }
  timeout 120 wineserver -w || true
  local dll
  for dll in bcryptprimitives uiautomationcore; do
    x86_64-w64-mingw32-gcc -O2 -shared -o "$WINEPREFIX/drive_c/windows/system32/$dll.dll" \
      scripts/wine/$dll.c scripts/wine/$dll.def -ladvapi32
  done
}

# wine_teardown ends this prefix's Wine processes and Xvfb and removes
# $work, unless WINE_KEEP is set (then it says where it is).
wine_teardown() {
  wineserver -k 2>/dev/null || true
  [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null
  if [ -n "${WINE_KEEP:-}" ]; then echo "wine: kept $work" >&2; else rm -rf "$work"; fi
}

# wine_appdata prints the Linux path of the Windows user's %AppData%.
wine_appdata() { echo "$WINEPREFIX/drive_c/users/$(id -un)/AppData/Roaming"; }

# win_path prints the Windows path (Z:\...) of a Linux path.
win_path() { echo "Z:${1//\//\\}"; }

# start_app [ARGS...] starts the program (or $app_exe) in the background:
# its wine64 process is $app_pid.
start_app() {
  wine64 "${app_exe:-$exe}" "$@" >>"$work/app.log" 2>&1 &
  app_pid=$!
}

# start_second starts a second copy: $second_pid.
start_second() {
  wine64 "${app_exe:-$exe}" >>"$work/app.log" 2>&1 &
  second_pid=$!
}

# windows lists the program's visible windows: its title is the app's
# name, with "(demo)" after it while the demo family is open.
windows() { xdotool search --onlyvisible --name '^(Family Online Safety|Diogelwch Ar-lein y Teulu|Bezpieczeństwo Rodziny w Sieci)( \(.*\))?$' 2>/dev/null || true; }

# wait_for_window N waits until N of the program's windows are shown.
wait_for_window() {
  local end=$((SECONDS + wait_window))
  while [ $SECONDS -lt $end ]; do
    [ "$(windows | wc -l)" -ge "$1" ] && return 0
    kill -0 "$app_pid" 2>/dev/null || { echo "wine: the program ended:" >&2; tail -5 "$work/app.log" >&2; return 1; }
    sleep 0.5
  done
  return 1
}

# newest_window is the window shown last (xdotool lists in creation order).
newest_window() { windows | tail -1; }

# settle waits until the program's newest window is drawn and still: two
# captures a second apart the same and not blank (up to 90 s), as a
# loaded machine can take many seconds to fill a window.
settle() {
  local w a=$work/settle-a.png b=$work/settle-b.png end=$((SECONDS + 90))
  sleep 1
  while [ $SECONDS -lt $end ]; do
    w=$(windows | tail -1)
    [ -n "$w" ] && import -window "$w" "$a" 2>/dev/null && sleep 1 && import -window "$w" "$b" 2>/dev/null &&
      [ "$(convert "$b" -format '%k' info:)" -ge 50 ] &&
      [ "$(compare -metric AE "$a" "$b" null: 2>&1 | cut -d' ' -f1)" = 0 ] && return 0
    sleep 0.5
  done
}

# key KEYS presses keys in the program's first window.
key() { key_to "$(windows | head -1)" "$@"; }
key_to() {
  local w=$1; shift
  xdotool windowfocus --sync "$w" 2>/dev/null || xdotool windowfocus "$w" 2>/dev/null || true
  sleep 0.3
  xdotool key --clearmodifiers "$@"
}

# click_at X Y clicks at a point of the program's first window;
# click_in W X Y at a point of window W.
click_at() { click_in "$(windows | head -1)" "$@"; }
click_in() {
  xdotool windowfocus "$1" 2>/dev/null || true
  xdotool mousemove --window "$1" "$2" "$3" sleep 0.3 click 1
}

# find_control SHOT KIND [X0 Y0 X1 Y1] prints "X Y", the centre of one
# of the app's controls in a capture, found by its colours (see
# scripts/findcontrol: exit, primary, pdf); it fails when it is not there.
find_control() {
  [ -x "$work/findcontrol" ] || go build -o "$work/findcontrol" ./scripts/findcontrol
  "$work/findcontrol" "$@" 2>/dev/null
}

# differs A B: the two captures differ in more than a few pixels (a
# blinking cursor).
differs() {
  local n
  n=$(compare -metric AE -fuzz 5% "$1" "$2" null: 2>&1 || true)
  awk -v n="${n%% *}" 'BEGIN { exit !(n + 0 > 200) }'
}

# click_until_changes W X Y: clicks at a point of window W until its
# capture changes, up to 3 times 10 s apart (with no window manager,
# Wine now and then drops a click: the retry is said in the log).
click_until_changes() {
  local w=$1 x=$2 y=$3 try before=$work/click-before.png after=$work/click-after.png
  import -window "$w" "$before"
  for try in 1 2 3; do
    [ $try = 1 ] || echo "wine: the click at $x,$y changed nothing in 10 s; clicking again" >&2
    click_in "$w" "$x" "$y"
    local end=$((SECONDS + 10))
    while [ $SECONDS -lt $end ]; do
      import -window "$w" "$after" 2>/dev/null && differs "$before" "$after" && return 0
      sleep 0.3
    done
  done
  return 1
}

# window_size W prints W's width x height.
window_size() { xdotool getwindowgeometry "$1" | sed -n 's/^ *Geometry: //p'; }

# shot OUT captures the program's first window; shot_window W OUT one
# window; shot_root OUT the whole screen.
shot() { shot_window "$(windows | head -1)" "$1"; }
shot_window() { [ -n "$1" ] || return 1; import -window "$1" "$2"; } # no window: import would wait for a click
shot_root() { import -window root "$1" 2>/dev/null || true; }

# wait_exit [SECONDS] waits (60 s unless told) for the program to end;
# its exit code is $app_code.
wait_exit() {
  local end=$((SECONDS + ${1:-60}))
  while kill -0 "$app_pid" 2>/dev/null; do
    [ $SECONDS -lt $end ] || return 1
    sleep 0.3
  done
  app_code=0
  wait "$app_pid" || app_code=$?
}
wait_second_exit() {
  local end=$((SECONDS + 60))
  while kill -0 "$second_pid" 2>/dev/null; do
    [ $SECONDS -lt $end ] || return 1
    sleep 0.3
  done
}

# quit_app presses Ctrl+Q and waits for the program to end.
quit_app() {
  key ctrl+q
  wait_exit
}

# same_screen A B: the two captures are the same size and nearly the same
# (a clock or a cursor may differ).
same_screen() {
  [ "$(identify -format '%wx%h' "$1")" = "$(identify -format '%wx%h' "$2")" ] || return 1
  local diff
  diff=$(compare -metric AE -fuzz 10% "$1" "$2" null: 2>&1 || true)
  diff=${diff%% *}
  local total=$(($(identify -format '%w*%h' "$1")))
  [ "${diff%.*}" -lt $((total / 50)) ]
}
