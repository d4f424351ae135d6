// The part of ncursesw (wide-character API) that portrait uses, in a form Swift 6 can call:
// C globals (stdscr, LINES, COLS) and function-like macros (attributes, colour pairs, mouse masks,
// key codes) are wrapped in static inline functions. The signal state lives in signals.c.
#ifndef PORTRAIT_CNCURSES_H
#define PORTRAIT_CNCURSES_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <ncursesw/curses.h>
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

// MARK: - Terminal set-up

/// Sets the locale from the environment; when it does not use UTF-8, tries C.UTF-8 for the character
/// type only (terminals are UTF-8 nearly everywhere, and the data is full of accents).
/// Returns 1 when the character set in effect is UTF-8.
static inline int portrait_setlocale(void) {
    setlocale(LC_ALL, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset && strcmp(codeset, "UTF-8") == 0) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") || setlocale(LC_CTYPE, "C.utf8") || setlocale(LC_CTYPE, "en_US.UTF-8")) {
        codeset = nl_langinfo(CODESET);
        return codeset && strcmp(codeset, "UTF-8") == 0;
    }
    return 0;
}

/// Starts curses on the process's terminal; NULL (instead of exiting, as initscr does) when the
/// terminal type is unknown, or when it cannot move the cursor (no "cup" capability: TERM=dumb, or a
/// printing terminal), since a full-screen interface is then unusable.
static inline SCREEN *portrait_newterm(void) {
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) return NULL;
    char *cup = tigetstr("cup");
    if (cup == NULL || cup == (char *)-1) {
        endwin();
        delscreen(screen);
        return NULL;
    }
    return screen;
}

/// The input modes the browser runs in: keys one at a time, no echo, keypad and function keys decoded,
/// a short Esc delay, no cursor, and reads that give up after `timeout_ms` so signals are noticed.
static inline void portrait_configure(int timeout_ms) {
    cbreak();
    noecho();
    nonl();
    intrflush(stdscr, FALSE);
    keypad(stdscr, TRUE);
    set_escdelay(25);
    wtimeout(stdscr, timeout_ms);
    curs_set(0);
    // Home and End as terminals send them whatever TERM says: ESC[1~/ESC[4~ (tmux, screen, PuTTY),
    // ESC[7~/ESC[8~ (rxvt), ESC[H/ESC[F and ESC O H/ESC O F (xterm's two cursor modes).
    static const char *const home[] = {"\033[1~", "\033[7~", "\033[H", "\033OH"};
    static const char *const end[] = {"\033[4~", "\033[8~", "\033[F", "\033OF"};
    for (unsigned k = 0; k < sizeof home / sizeof *home; k++) define_key(home[k], KEY_HOME);
    for (unsigned k = 0; k < sizeof end / sizeof *end; k++) define_key(end[k], KEY_END);
}

static inline int portrait_lines(void) { return getmaxy(stdscr); }
static inline int portrait_cols(void) { return getmaxx(stdscr); }
static inline void portrait_erase(void) { werase(stdscr); }
static inline void portrait_refresh(void) { wrefresh(stdscr); }
static inline void portrait_move(int y, int x) { wmove(stdscr, y, x); }

/// Reads one key or character (wide characters included): OK, KEY_CODE_YES or ERR, as get_wch.
static inline int portrait_get_wch(wint_t *ch) { return wget_wch(stdscr, ch); }

/// Reads one key only if it has already arrived (ERR at once otherwise), then goes back to reads that
/// wait `timeout_ms`.
static inline int portrait_get_wch_pending(wint_t *ch, int timeout_ms) {
    wtimeout(stdscr, 0);
    int status = wget_wch(stdscr, ch);
    wtimeout(stdscr, timeout_ms);
    return status;
}

/// Writes `n` wide characters at (y, x) with attributes `attrs` and colour pair `pair`.
static inline void portrait_put(int y, int x, const wchar_t *text, int n, attr_t attrs, short pair) {
    wattr_set(stdscr, attrs, pair, NULL);
    mvwaddnwstr(stdscr, y, x, text, n);
    wattr_set(stdscr, A_NORMAL, 0, NULL);
}

// MARK: - Attributes and colours

static inline attr_t portrait_attr_normal(void) { return A_NORMAL; }
static inline attr_t portrait_attr_reverse(void) { return A_REVERSE; }
static inline attr_t portrait_attr_bold(void) { return A_BOLD; }
static inline attr_t portrait_attr_dim(void) { return A_DIM; }
static inline attr_t portrait_attr_underline(void) { return A_UNDERLINE; }

/// Starts colour with the terminal's own background and foreground (-1); 0 when unavailable.
static inline int portrait_start_colour(void) {
    if (!has_colors()) return 0;
    if (start_color() != OK) return 0;
    if (use_default_colors() != OK) return 0;
    return 1;
}

// MARK: - Keys

static inline int portrait_key_up(void) { return KEY_UP; }
static inline int portrait_key_down(void) { return KEY_DOWN; }
static inline int portrait_key_left(void) { return KEY_LEFT; }
static inline int portrait_key_right(void) { return KEY_RIGHT; }
static inline int portrait_key_ppage(void) { return KEY_PPAGE; }
static inline int portrait_key_npage(void) { return KEY_NPAGE; }
static inline int portrait_key_home(void) { return KEY_HOME; }
static inline int portrait_key_end(void) { return KEY_END; }
static inline int portrait_key_btab(void) { return KEY_BTAB; }
static inline int portrait_key_enter(void) { return KEY_ENTER; }
static inline int portrait_key_backspace(void) { return KEY_BACKSPACE; }
static inline int portrait_key_dc(void) { return KEY_DC; }
static inline int portrait_key_resize(void) { return KEY_RESIZE; }
static inline int portrait_key_mouse(void) { return KEY_MOUSE; }
static inline int portrait_key_code_yes(void) { return KEY_CODE_YES; }

// MARK: - Mouse

/// Asks for button-1 presses and wheel events; returns the mask the terminal grants (0: no mouse).
static inline mmask_t portrait_enable_mouse(void) {
    mouseinterval(0);
#if NCURSES_MOUSE_VERSION > 1
    return mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
#else
    return mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED, NULL);
#endif
}

/// The pending mouse event: 1 press, 4 wheel up, 5 wheel down, 0 anything else; -1 when there is none.
static inline int portrait_mouse_event(int *y, int *x) {
    MEVENT event;
    if (getmouse(&event) != OK) return -1;
    *y = event.y;
    *x = event.x;
    if (event.bstate & BUTTON1_PRESSED) return 1;
    if (event.bstate & BUTTON4_PRESSED) return 4;
#if NCURSES_MOUSE_VERSION > 1
    if (event.bstate & BUTTON5_PRESSED) return 5;
#endif
    return 0;
}

// MARK: - Signals and crashes (state and handlers in signals.c, one copy for the whole program)

/// Records SIGINT, SIGTERM, SIGHUP and SIGQUIT (Ctrl-backslash) instead of dying with the terminal in raw mode
/// (or, for SIGQUIT, with the Swift runtime's crash report printed over the screen). The handler only
/// stores the signal in an atomic flag (async-signal-safe); the event loop polls it and restores the
/// terminal itself.
void portrait_catch_signals(void);

/// The signal received since the last call, or 0 (taken atomically: a signal arriving meanwhile is kept).
int portrait_take_signal(void);

/// Whether a signal has been received and not yet taken.
int portrait_signal_is_pending(void);

/// The signal received and not yet taken, or 0 (the flag is left as it is).
int portrait_peek_signal(void);

/// Ends with the default action of `signo` (so the parent sees the right status), once the terminal is restored.
void portrait_reraise(int signo);

/// Saves the terminal modes and catches the crash signals (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE,
/// SIGABRT): if the program crashes while curses holds the terminal, the handler puts back the saved
/// modes and leaves the alternate screen with async-signal-safe calls only (tcsetattr, write), then
/// hands the signal to the handler that was there before (the Swift runtime's backtracer).
void portrait_catch_crashes(void);

/// Gives the terminal back with async-signal-safe calls only (the modes saved at start; mouse reporting,
/// application cursor keys and keypad off; attributes reset; cursor shown; main screen) and ends the
/// process by `signo`'s default action. For a signal the event loop has not taken in time because the
/// program is busy (wrapping or searching a huge field): called from the signal watchdog thread.
void portrait_end_by_signal(int signo);

#endif
