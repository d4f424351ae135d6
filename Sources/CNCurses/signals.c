// The browser's signal and crash handling: the one copy of its state for the whole program (a static in
// a header would exist once per object file that includes it). The flags are C11 atomics, lock-free on
// every platform Swift runs on, so a handler may store them and another thread (the signal watchdog) may
// read them.
#include "CNCurses.h"

#include <stdatomic.h>

static atomic_int pending_signal = 0;
static struct termios saved_modes;
static atomic_int modes_saved = 0;
static struct sigaction previous_actions[NSIG];

_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "signal handlers need a lock-free atomic int");

static void record_signal(int signo) { atomic_store(&pending_signal, signo); }

void portrait_catch_signals(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = record_signal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    sigaction(SIGQUIT, &action, NULL);
}

int portrait_take_signal(void) { return atomic_exchange(&pending_signal, 0); }

int portrait_signal_is_pending(void) { return atomic_load(&pending_signal) != 0; }

int portrait_peek_signal(void) { return atomic_load(&pending_signal); }

void portrait_reraise(int signo) {
    signal(signo, SIG_DFL);
    raise(signo);
}

/// Puts back the modes saved at start and the main screen, with async-signal-safe calls only.
static void restore_terminal(const char *reset, size_t length) {
    if (atomic_load(&modes_saved)) tcsetattr(STDIN_FILENO, TCSANOW, &saved_modes);
    ssize_t ignored = write(STDOUT_FILENO, reset, length);
    (void)ignored;
}

static void restore_after_crash(int signo) {
    static const char reset[] = "\033[?1000l\033[?1002l\033[?1006l\033[0m\033[?25h\033[?1049l\r\n";
    restore_terminal(reset, sizeof reset - 1);
    sigaction(signo, &previous_actions[signo], NULL);
    raise(signo);
    // Should the process survive that (a signal sent by kill rather than a fault), the event loop ends it.
    atomic_store(&pending_signal, signo);
}

void portrait_end_by_signal(int signo) {
    static const char reset[] = "\033[?1000l\033[?1002l\033[?1006l\033[?1l\033>\033[0m\033[?25h\033[?1049l\r\n";
    restore_terminal(reset, sizeof reset - 1);
    signal(signo, SIG_DFL);
    raise(signo);
}

void portrait_catch_crashes(void) {
    if (tcgetattr(STDIN_FILENO, &saved_modes) == 0) atomic_store(&modes_saved, 1);
    const int signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT };
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = restore_after_crash;
    sigemptyset(&action.sa_mask);
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        sigaction(signals[i], &action, &previous_actions[signals[i]]);
    }
}
