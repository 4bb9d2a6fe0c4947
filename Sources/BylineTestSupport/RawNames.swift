import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files and folders whose names are bytes that are not UTF-8, which no Swift String spells.
public enum RawNames {
    /// `folder`'s path followed by `/` and `name`, as bytes.
    public static func path(in folder: URL, _ name: [UInt8]) -> [UInt8] {
        Array(folder.path.utf8) + [UInt8(ascii: "/")] + name
    }

    /// Makes the folder at `path` (its parent must exist).
    public static func makeFolder(_ path: [UInt8]) throws {
        guard withCPath(path, { mkdir($0, 0o755) }) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// Writes `text` to a new file at `path`.
    public static func write(_ text: String, to path: [UInt8]) throws {
        let fd = withCPath(path) { open($0, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) }
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        guard bytes.withUnsafeBytes({ Glibc.write(fd, $0.baseAddress, $0.count) }) == bytes.count else { throw CocoaError(.fileWriteUnknown) }
    }

    /// The path as a shell word for `sh -c`: `"$(printf '…')"`, each byte an octal escape,
    /// so a command line can carry bytes that `Spawn` (which takes Strings) cannot.
    public static func shellWord(_ path: [UInt8]) -> String {
        "\"$(printf '" + path.map { "\\" + String($0, radix: 8) }.joined() + "')\""
    }

    private static func withCPath<R>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> R) -> R {
        (path + [0]).withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }
}
