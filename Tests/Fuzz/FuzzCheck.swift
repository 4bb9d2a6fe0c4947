// The one assertion every fuzz target uses (see Scripts/fuzz.sh).

/// Traps with the message when the condition fails: libFuzzer reports the trap as a crash and
/// keeps the input that caused it.
func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("fuzz check failed: \(message())") }
}
