// Compiled into the fuzz targets with NewsCore's sources, outside SwiftPM (see Scripts/fuzz.sh).
//
// SwiftPM generates `Bundle.module` for a target with resources; compiled directly with
// swiftc, NewsCore needs one. This one is the resource folder of the repository itself, found
// from this file's path, so the tagger loads the same model file the package ships.

import Foundation

extension Foundation.Bundle {
    static let module: Bundle = {
        let resources = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/NewsCore/Resources")
        guard let bundle = Bundle(path: resources.path) else {
            fatalError("no NewsCore resources at \(resources.path)")
        }
        return bundle
    }()
}
