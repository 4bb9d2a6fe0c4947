import Foundation

/// The trained entity tagger's parameters: the gazetteer table and the two passes' weights.
///
/// File layout (all little-endian), designed to load with a handful of bulk copies:
/// ```
/// "BYLNER01"                      8 bytes
/// UInt32 feature-set version
/// UInt32 gazetteer capacity C;  C × UInt32 phrase keys;  C × UInt16 list bits
/// twice (pass 1, pass 2):
///   UInt32 bucket bits B;  306 × Int32 transitions;  17 × Int32 endings;  2^B × 17 × Int16 weights
/// ```
public struct NERModel: Sendable, Equatable {
    /// Bumped whenever feature extraction changes, so an old model is refused rather than misread.
    public static let featureVersion: UInt32 = 1
    static let magic = Array("BYLNER01".utf8)

    public let gazetteer: Gazetteer
    public let pass1: LinearTagModel
    public let pass2: LinearTagModel

    public init(gazetteer: Gazetteer, pass1: LinearTagModel, pass2: LinearTagModel) {
        self.gazetteer = gazetteer
        self.pass1 = pass1
        self.pass2 = pass2
    }

    /// Why a model file could not be read.
    public enum LoadError: Error, Equatable, CustomStringConvertible {
        case missingResource
        case badMagic
        case wrongFeatureVersion(UInt32)
        case truncated

        public var description: String {
            switch self {
            case .missingResource: return "the tagger model is not in the NewsCore bundle"
            case .badMagic: return "not a Byline tagger model"
            case .wrongFeatureVersion(let v): return "model was trained for feature set \(v), this build uses \(NERModel.featureVersion)"
            case .truncated: return "tagger model file is truncated"
            }
        }
    }

    /// The bytes of the model file.
    public func serialized() -> [UInt8] {
        var out: [UInt8] = Self.magic
        func put<T: FixedWidthInteger>(_ v: T) {
            withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
        }
        func putArray<T: FixedWidthInteger>(_ a: [T]) {
            out.reserveCapacity(out.count + a.count * MemoryLayout<T>.size)
            for v in a { put(v) }
        }
        put(Self.featureVersion)
        put(UInt32(gazetteer.keys.count))
        putArray(gazetteer.keys)
        putArray(gazetteer.values)
        for pass in [pass1, pass2] {
            put(UInt32(pass.bucketBits))
            putArray(pass.transitions)
            putArray(pass.endings)
            putArray(pass.weights)
        }
        return out
    }

    /// Reads a model file's bytes.
    public init(data: Data) throws(LoadError) {
        var reader = ByteReader(data: data)
        guard reader.bytes(8) == Self.magic else { throw .badMagic }
        guard let version: UInt32 = reader.value() else { throw .truncated }
        guard version == Self.featureVersion else { throw .wrongFeatureVersion(version) }
        guard let capacity: UInt32 = reader.value(), capacity.nonzeroBitCount == 1,
            let keys: [UInt32] = reader.array(Int(capacity)), let values: [UInt16] = reader.array(Int(capacity))
        else { throw .truncated }
        gazetteer = Gazetteer(keys: keys, values: values)
        var passes: [LinearTagModel] = []
        for _ in 0..<2 {
            guard let bits: UInt32 = reader.value(), (8...24).contains(bits),
                let transitions: [Int32] = reader.array(18 * 17), let endings: [Int32] = reader.array(17),
                let weights: [Int16] = reader.array((1 << Int(bits)) * 17)
            else { throw .truncated }
            passes.append(LinearTagModel(bucketBits: Int(bits), weights: weights, transitions: transitions, endings: endings))
        }
        pass1 = passes[0]
        pass2 = passes[1]
    }

    /// The model shipped in NewsCore's resources.
    public static func bundled() throws(LoadError) -> NERModel {
        guard let url = Bundle.module.url(forResource: "ner-model", withExtension: "bin"),
            let data = try? Data(contentsOf: url, options: .mappedIfSafe)
        else { throw .missingResource }
        return try NERModel(data: data)
    }
}

/// Sequential little-endian reads over `Data`, copying arrays in bulk.
struct ByteReader {
    let data: Data
    var offset = 0

    init(data: Data) {
        self.data = data
    }

    mutating func bytes(_ n: Int) -> [UInt8]? {
        guard offset + n <= data.count else { return nil }
        defer { offset += n }
        return Array(data[(data.startIndex + offset)..<(data.startIndex + offset + n)])
    }

    mutating func value<T: FixedWidthInteger>() -> T? {
        let one: [T]? = array(1)
        return one?.first
    }

    mutating func array<T: FixedWidthInteger>(_ count: Int) -> [T]? {
        let size = count * MemoryLayout<T>.size
        guard count >= 0, offset + size <= data.count else { return nil }
        // (Copied into uninitialised storage: zeroing the weights first took some 4 M
        // instructions at every start.)
        var out = [T](unsafeUninitializedCapacity: count) { dst, initialized in
            data.withUnsafeBytes { src in
                UnsafeMutableRawBufferPointer(dst).copyMemory(from: UnsafeRawBufferPointer(rebasing: src[offset..<(offset + size)]))
            }
            initialized = count
        }
        offset += size
        // The file is little-endian; on a big-endian host swap each value.
        if Int32(1).littleEndian != 1 { for k in out.indices { out[k] = T(littleEndian: out[k]) } }
        return out
    }
}
