import Foundation

extension NERModel {
    /// A short fingerprint of the bundled model file, so that an index built with another
    /// model knows to rebuild itself.
    public static func bundledFingerprint() -> String {
        guard let url = Bundle.module.url(forResource: "ner-model", withExtension: "bin"),
            let data = try? Data(contentsOf: url, options: .mappedIfSafe)
        else { return "none" }
        // FNV-1a: stable across runs and platforms, unlike Hasher.
        // Over the raw bytes: iterating `Data` itself cost some 50 instructions a byte, a
        // tenth of a second for the 5 MB model at every start.
        let hash = data.withUnsafeBytes { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
            return hash
        }
        return String(hash, radix: 16)
    }
}
