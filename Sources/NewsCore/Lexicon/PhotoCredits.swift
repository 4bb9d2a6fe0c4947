/// The words that open a photo credit in a caption: "Photograph: Nell Garroway/Merrowick Courier".
///
/// Written by the team from British and American caption style. Closed because the credit is
/// cut from the caption only after a cue the parser knows; the credit names a photographer, not
/// someone in the story, so the entity rules leave it out too.
enum PhotoCredits {
    /// As written, colon included.
    static let cues = ["Photograph:", "Photographs:", "Photo:", "Photos:", "Illustration:", "Image:"]

    /// The cues' UTF-8 bytes, for scans of a caption's bytes.
    static let cueBytes: [[UInt8]] = cues.map { Array($0.utf8) }

    /// By byte value: whether a cue begins with that byte.
    static let opensCue: [Bool] = (0..<256).map { b in cueBytes.contains { $0.first == UInt8(b) } }

    /// Where the cue that starts at byte `p` of `bytes` ends, if one does.
    static func cueEnd(in bytes: UnsafeBufferPointer<UInt8>, at p: Int) -> Int? {
        for cue in cueBytes where p + cue.count <= bytes.count {
            var k = 0
            while k < cue.count, bytes[p + k] == cue[k] { k += 1 }
            if k == cue.count { return p + k }
        }
        return nil
    }
}
