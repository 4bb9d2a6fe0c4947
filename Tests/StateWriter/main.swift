// byline-state-writer: a helper for the end-to-end tests, not part of Byline.
//
//     byline-state-writer STATE_FILE FIRST KEYS [BASE]
//
// Makes changes FIRST, FIRST+1, … to the reading state at STATE_FILE until it is killed.
// Change n is to key BASE + n % KEYS (BASE is 0 unless given): an even n toggles its star, an
// odd n flips its read flag.
// Once a change has committed, n is printed on a line of its own, so a test that kills this
// process at a random moment knows every change that must have survived. If the reading state
// says its changes are no longer saved (`takeNotice`), that goes to standard error.

import Foundation
import NewsStore

// As byline does: a file-size limit makes writes fail (EFBIG) instead of killing the process.
signal(SIGXFSZ, SIG_IGN)
let arguments = CommandLine.arguments
guard arguments.count == 4 || arguments.count == 5, let first = Int(arguments[2]), let keys = Int(arguments[3]), keys > 0,
    let base = arguments.count == 5 ? Int(arguments[4]) : 0
else {
    FileHandle.standardError.write(Data("usage: byline-state-writer STATE_FILE FIRST KEYS [BASE]\n".utf8))
    exit(2)
}
do {
    let state = try ReadingState.open(location: StateLocation(databaseURL: URL(fileURLWithPath: arguments[1])))
    var n = first
    while true {
        let key = ArticleKey(hash: Int64(base + n % keys) + 1, path: "/corpus/\(base + n % keys).txt")
        if n % 2 == 0 {
            try state.toggleStar(key)
        } else {
            try state.setRead(key, !(try state.isRead(key)))
        }
        FileHandle.standardOutput.write(Data("\(n)\n".utf8))
        if let notice = state.takeNotice() {
            // The file stopped taking changes (a full disk): they go on in memory.
            FileHandle.standardError.write(Data("notice after \(n): \(notice)\n".utf8))
        }
        n += 1
    }
} catch {
    FileHandle.standardError.write(Data("byline-state-writer: \(error)\n".utf8))
    exit(1)
}
