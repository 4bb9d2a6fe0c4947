/// The words that open a photo credit in a caption: "Photograph: Nell Garroway/Merrowick Courier".
///
/// Written by the team from British and American caption style. Closed because the credit is
/// cut from the caption only after a cue the parser knows; the credit names a photographer, not
/// someone in the story, so the entity rules leave it out too.
enum PhotoCredits {
    /// As written, colon included.
    static let cues = ["Photograph:", "Photographs:", "Photo:", "Photos:", "Illustration:", "Image:"]
}
