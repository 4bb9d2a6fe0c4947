/// A question in the status line that `y` answers (any other key says no), as mutt asks before
/// it deletes.
public struct Confirmation: Sendable, Equatable {
    /// What to do on yes.
    public enum Deed: Sendable, Equatable {
        case markAllRead(ListSource, count: Int, generation: Int)
        case overwrite(ExportRequest)
    }

    public var question: String
    public var deed: Deed

    public init(question: String, deed: Deed) {
        self.question = question
        self.deed = deed
    }
}
