import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Running a command as a user for whom file permissions bite.
///
/// Tests often run as root (CI containers, sandboxes), and root reads and writes a file of
/// mode 444 in a folder of mode 555 as if they were open. As root, the command runs through
/// `setpriv` as `nobody`; as anyone else, as it is.
public enum Unprivileged {
    /// `nobody`'s user and group id.
    public static let id: UInt32 = 65534

    /// Whether commands must drop privileges for permissions to apply.
    public static var needed: Bool { geteuid() == 0 }

    /// `arguments`, run without privileges.
    public static func command(_ arguments: [String]) -> [String] {
        guard needed else { return arguments }
        return ["setpriv", "--reuid=\(id)", "--regid=\(id)", "--clear-groups", "--"] + arguments
    }

    /// Makes `url` (a folder the command must write, such as its reading-state folder) belong
    /// to the user the command runs as.
    public static func handOver(_ url: URL) {
        if needed { chown(url.path, id, id) }
    }
}
