import Foundation
import NewsCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether the index can live where it is asked to, checked before anything opens the file.
///
/// `--index` and `BYLINE_INDEX` are typed by people: they may name a FIFO (whose opening would
/// block forever), a folder that does not exist (which used to be created, escape bytes and
/// all), or a file in a folder nobody may write (which is then only read).
enum IndexPlace {
    /// Fails with a clear reason unless `file` is a regular file or nothing, with a UTF-8 name,
    /// in a folder that exists; creates that folder only when `creatingFolder` (Byline's own
    /// cache folder).
    static func check(_ file: URL, creatingFolder: Bool) throws(IndexError) {
        let path = file.path
        // SQLite takes file names as text: a name with bytes that are not UTF-8 would open another file.
        guard PathBytes.bytes(of: path) == Array(path.utf8) else {
            throw .location(path: path, reason: "its name is not UTF-8; choose another")
        }
        switch PathStatus.kind(path) {
        case .missing, .regularFile: break
        case .folder: throw .location(path: path, reason: "it is a folder")
        case .other(let what): throw .location(path: path, reason: "it is \(what), not a regular file; Byline will not open it")
        }
        let directory = file.deletingLastPathComponent()
        switch PathStatus.kind(directory.path) {
        case .folder:
            return
        case .missing where creatingFolder:
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw blocked(directory, creating: true)
            }
        default:
            throw blocked(directory, creating: creatingFolder)
        }
    }

    /// Whether the index at `file` can be written: its folder (for the `-wal`, `-shm` and lock
    /// files) and the file itself, when there is one.
    static func isWritable(_ file: URL) -> Bool {
        let directory = file.deletingLastPathComponent().path
        guard PathStatus.isAccessible(directory, W_OK) else { return false }
        return PathStatus.kind(file.path) == .missing || PathStatus.isAccessible(file.path, W_OK)
    }

    /// Why the folder `directory` cannot hold the index: the part of the path that is in the
    /// way when it is a file (`--index notes.txt/x`), else that it does not exist.
    private static func blocked(_ directory: URL, creating: Bool) -> IndexError {
        var ancestor = directory
        while ancestor.path != "/", PathStatus.kind(ancestor.path) == .missing { ancestor.deleteLastPathComponent() }
        switch PathStatus.kind(ancestor.path) {
        case .folder:
            if creating { return .location(path: directory.path, reason: "cannot create the folder") }
            return .location(path: directory.path, reason: "no such folder (Byline creates only its own cache folder; make this one first)")
        case .regularFile:
            return .location(path: directory.path, reason: "\(ancestor.path.terminalSafeName) is a file, not a folder")
        default:
            return .location(path: directory.path, reason: "\(ancestor.path.terminalSafeName) is not a folder")
        }
    }
}
