#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's resource limits (`ulimit`), read with `getrlimit`.
enum ResourceLimit {
    /// The address space (`ulimit -v`) in bytes, or nil when unlimited.
    static var addressSpace: Int? {
        #if os(Linux)
        current(__rlimit_resource_t(RLIMIT_AS.rawValue))
        #else
        current(RLIMIT_AS)
        #endif
    }

    /// The largest file the process may write (`ulimit -f`) in bytes, or nil when unlimited.
    static var fileSize: Int? {
        #if os(Linux)
        current(__rlimit_resource_t(RLIMIT_FSIZE.rawValue))
        #else
        current(RLIMIT_FSIZE)
        #endif
    }

    #if os(Linux)
    private static func current(_ resource: __rlimit_resource_t) -> Int? {
        var value = rlimit()
        guard getrlimit(resource, &value) == 0, value.rlim_cur != rlim_t.max else { return nil }
        return Int(clamping: value.rlim_cur)
    }
    #else
    private static func current(_ resource: Int32) -> Int? {
        var value = rlimit()
        guard getrlimit(resource, &value) == 0, value.rlim_cur != rlim_t.max else { return nil }
        return Int(clamping: value.rlim_cur)
    }
    #endif
}
