/* CNcurses: the one header through which Swift reaches the system ncursesw.
 *
 * ncurses exposes much of its API as macros and mutable globals, which Swift cannot import
 * safely. Everything the backend needs is reached through the static inline functions below,
 * so attribute bits and key codes always come from the installed headers, never typed by hand.
 */
#ifndef BYLINE_CNCURSES_SHIM_H
#define BYLINE_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <curses.h>

/* Attributes, read from the headers' own macros. */
static inline unsigned int byline_attr_normal(void) { return (unsigned int)A_NORMAL; }
static inline unsigned int byline_attr_bold(void) { return (unsigned int)A_BOLD; }
static inline unsigned int byline_attr_dim(void) { return (unsigned int)A_DIM; }
static inline unsigned int byline_attr_underline(void) { return (unsigned int)A_UNDERLINE; }
static inline unsigned int byline_attr_reverse(void) { return (unsigned int)A_REVERSE; }
static inline unsigned int byline_attr_italic(void) { return (unsigned int)A_ITALIC; }

/* Key codes. */
static inline int byline_key_code_yes(void) { return KEY_CODE_YES; }
static inline int byline_key_resize(void) { return KEY_RESIZE; }
static inline int byline_key_up(void) { return KEY_UP; }
static inline int byline_key_down(void) { return KEY_DOWN; }
static inline int byline_key_left(void) { return KEY_LEFT; }
static inline int byline_key_right(void) { return KEY_RIGHT; }
static inline int byline_key_npage(void) { return KEY_NPAGE; }
static inline int byline_key_ppage(void) { return KEY_PPAGE; }
static inline int byline_key_home(void) { return KEY_HOME; }
static inline int byline_key_end(void) { return KEY_END; }
static inline int byline_key_enter(void) { return KEY_ENTER; }
static inline int byline_key_backspace(void) { return KEY_BACKSPACE; }
static inline int byline_key_dc(void) { return KEY_DC; }
static inline int byline_key_btab(void) { return KEY_BTAB; }
static inline int byline_key_mouse(void) { return KEY_MOUSE; }

/* Globals, reached through functions so Swift never touches mutable C state directly. */
static inline WINDOW *byline_stdscr(void) { return stdscr; }
static inline int byline_lines(void) { return LINES; }
static inline int byline_cols(void) { return COLS; }
static inline int byline_colors(void) { return COLORS; }
static inline int byline_color_pairs(void) { return COLOR_PAIRS; }
static inline int byline_err(void) { return ERR; }
static inline int byline_ok(void) { return OK; }

/* Size of a window: getmaxyx is a macro. */
static inline void byline_getmaxyx(WINDOW *win, int *rows, int *cols) {
    int y = 0, x = 0;
    getmaxyx(win, y, x);
    *rows = y;
    *cols = x;
}

/* Writes one cell: a character (with any combining marks) in the given attributes and pair. */
static inline int byline_put_cell(int row, int col, const wchar_t *chars, unsigned int attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, (attr_t)attrs, pair, NULL) != OK) {
        return ERR;
    }
    return mvadd_wch(row, col, &cell);
}

/* Opens the terminal on the given streams; NULL when the terminal type is unknown. */
static inline SCREEN *byline_newterm(const char *type, FILE *out, FILE *in) {
    return newterm(type, out, in);
}

static inline FILE *byline_stdout(void) { return stdout; }
static inline FILE *byline_stdin(void) { return stdin; }

/* The mouse: clicks and the wheel (buttons 4 and 5), without motion reports. */
static inline void byline_mouse_enable(int on) {
    mousemask(on ? (BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON4_PRESSED | BUTTON5_PRESSED) : 0, NULL);
    mouseinterval(on ? 0 : 166);
}
static inline unsigned long byline_button1_down(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED; }
static inline unsigned long byline_wheel_up(void) { return BUTTON4_PRESSED; }
static inline unsigned long byline_wheel_down(void) { return BUTTON5_PRESSED; }
/* Reads the pending mouse event; returns 0 on success. */
static inline int byline_get_mouse(int *x, int *y, unsigned long *buttons) {
    MEVENT event;
    if (getmouse(&event) != OK) {
        return -1;
    }
    *x = event.x;
    *y = event.y;
    *buttons = (unsigned long)event.bstate;
    return 0;
}

/* Bracketed paste (xterm's mode 2004): the terminal wraps pasted text in ESC[200~ … ESC[201~,
 * which ncurses is taught to report as two key codes of Byline's own, above every key it knows. */
static inline int byline_key_paste_begin(void) { return KEY_MAX + 1; }
static inline int byline_key_paste_end(void) { return KEY_MAX + 2; }
static inline void byline_bracketed_paste(int on) {
    if (on) {
        define_key("\033[200~", KEY_MAX + 1);
        define_key("\033[201~", KEY_MAX + 2);
    }
    fputs(on ? "\033[?2004h" : "\033[?2004l", stdout);
    fflush(stdout);
}

/* A string capability of the current terminal's terminfo entry by name ("rmcup"), or NULL when
 * the entry has none (tigetstr's (char *)-1, "not a string capability", counts as none). */
static inline const char *byline_terminfo_string(const char *name) {
    char *value = tigetstr(name);
    return (value == NULL || value == (char *)-1) ? NULL : value;
}

/* What turns the terminal's mouse reports off, as ncurses sends it: the XM capability with 0,
 * or xterm's own sequence when key_mouse says the terminal speaks xterm's protocol; NULL when
 * it speaks neither. Points into tiparm's buffer: copy it before the next terminfo call. */
static inline const char *byline_mouse_off_sequence(void) {
    const char *format = byline_terminfo_string("XM");
    if (format == NULL) {
        const char *key = byline_terminfo_string("kmous");
        if (key == NULL || (strncmp(key, "\033[M", 3) != 0 && strncmp(key, "\033[<", 3) != 0)) {
            return NULL;
        }
        format = "\033[?1000%?%p1%{1}%=%th%el%;";
    }
    return tiparm(format, 0);
}

/* The C library's column width of a wide character, for tests of Byline's own width function. */
static inline int byline_wcwidth(wchar_t c) { return wcwidth(c); }

#endif
