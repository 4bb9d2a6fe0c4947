import Foundation

/// Finds the article files of a corpus folder.
///
/// Every `*.txt` and `*.md` file below the folder is an article; hidden files and folders are
/// skipped, and so are symbolic links to folders, so a link loop cannot trap the scan. A
/// `README.txt` or `README.md` describes a folder rather than reporting news, so it is skipped too.
public enum CorpusScanner {
    /// Why a corpus folder cannot be scanned.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case missing(String)
        case notAFolder(String)
        case unreadable(String)

        public var description: String {
            switch self {
            case .missing(let path): return "\(path): no such folder"
            case .notAFolder(let path): return "\(path): is a file, not a folder of articles"
            case .unreadable(let path): return "\(path): cannot be read (permission denied)"
            }
        }
    }

    /// One article file found by a scan.
    public struct File: Sendable, Equatable, Hashable {
        /// Path relative to the corpus folder, with `/` separators.
        public var relativePath: String
        public var url: URL
        public var size: Int
        public var modified: Date
    }

    /// The article files below `folder`, sorted by relative path.
    public static func scan(_ folder: URL) throws(Failure) -> [File] {
        let path = folder.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missing(path) }
        guard isDirectory.boolValue else { throw .notAFolder(path) }
        guard FileManager.default.isReadableFile(atPath: path) else { throw .unreadable(path) }

        let root = folder.standardizedFileURL.resolvingSymlinksInPath()
        var files: [File] = []
        var pending: [(URL, String)] = [(root, "")]
        while let (directory, prefix) = pending.popLast() {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for name in names where !name.hasPrefix(".") {
                let url = directory.appendingPathComponent(name)
                let relative = prefix.isEmpty ? name : prefix + "/" + name
                guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
                    let type = attributes[.type] as? FileAttributeType
                else { continue }
                switch type {
                case .typeDirectory:
                    pending.append((url, relative))
                case .typeRegular:
                    let lower = name.lowercased()
                    guard lower.hasSuffix(".txt") || lower.hasSuffix(".md"), !lower.hasPrefix("readme.") else { continue }
                    files.append(File(
                        relativePath: relative, url: url,
                        size: (attributes[.size] as? NSNumber)?.intValue ?? 0,
                        modified: attributes[.modificationDate] as? Date ?? .distantPast
                    ))
                default:
                    // Symbolic links are not followed: a link to a folder could loop forever.
                    continue
                }
            }
        }
        return files.sorted { $0.relativePath < $1.relativePath }
    }
}
