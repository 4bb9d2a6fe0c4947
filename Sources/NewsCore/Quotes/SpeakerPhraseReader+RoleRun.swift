/// `said Danish fisheries union official Jens Ilo`: after an inverted cue, a run of up to four
/// role words between a capitalised word and a name belongs to one description of the person.
extension SpeakerPhraseReader {
    /// Whether role words from `n` on (at most four) lead to a name word before `ceiling`.
    func roleRunReachesName(from n: Int, ceiling: Int) -> Bool {
        var k = n
        while k < ceiling, k - n < 4, isRoleWord(k), !isParticiple(k) { k += 1 }
        return k > n && k < ceiling && isNameWord(k)
    }
}
