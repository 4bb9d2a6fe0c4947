extension String {
    /// The number of Unicode scalars, as `unicodeScalars.count` gives it, counted as the UTF-8
    /// bytes that start a scalar (every byte but the continuation bytes `10xxxxxx`): one pass
    /// over the bytes instead of decoding scalar by scalar.
    var utf8ScalarCount: Int {
        var count = 0
        for byte in utf8 where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
