internal import CLibXML2

/// libxml2, set up once before any thread parses with it.
enum LibXML2 {
    /// libxml2 sets up its globals lazily, on the first parser made. Two threads making their
    /// first parsers at once deadlocked in that set-up (`htmlNewParserCtxt` → `xmlDictCreate` →
    /// `__xmlRandom` → `xmlRMutexLock`, both waiting for ever; seen in a test run that opened two
    /// indexes together, each parsing the canary page). A Swift global is set once, under a
    /// lock, so every parse asks for this first.
    static let ready: Void = xmlInitParser()
}
