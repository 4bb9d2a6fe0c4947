/* CSQLiteConfig: SQLite's process-wide settings, which Swift cannot set itself.
 *
 * `sqlite3_config` is variadic, and Swift does not import variadic C functions: each setting
 * the store needs is a static inline function here, compiled into NewsStore (nothing of ours
 * to link; SQLite is the system library GRDB links). Header only, like CNcurses' shim.
 * SwiftPM does not track this header: after editing it, touch SQLiteMemoryStatus.swift.
 */
#ifndef BYLINE_CSQLITECONFIG_SHIM_H
#define BYLINE_CSQLITECONFIG_SHIM_H

#include <sqlite3.h>

/* Turns SQLite's memory statistics on or off. SQLITE_OK, or SQLITE_MISUSE once SQLite has
 * initialised (the first connection opened), when the setting can no longer change. */
static inline int byline_sqlite_config_memstatus(int on) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, on);
}

#endif
