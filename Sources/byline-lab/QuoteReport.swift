import Foundation

/// The figures of a `QuoteScorer` run, named as `eval_quotes.py` names them.
struct QuoteReport {
    var counts: QuoteScorer.Counts
    var lenient: Bool

    static func prf(_ tp: Int, _ pred: Int, _ gold: Int) -> (Double, Double, Double) {
        let p = pred > 0 ? Double(tp) / Double(pred) : 0
        let r = gold > 0 ? Double(tp) / Double(gold) : 0
        let f = p + r > 0 ? 2 * p * r / (p + r) : 0
        return (p, r, f)
    }

    static func ratio(_ a: Int, _ b: Int) -> Double? { b > 0 ? Double(a) / Double(b) : nil }

    /// Key–value rows in the scorer's order, then the splits it does not print.
    var rows: [(String, String)] {
        let c = counts
        var out: [(String, String)] = []
        func add(_ key: String, _ v: Double?) { out.append((key, v.map { String(format: "%.4f", $0) } ?? "null")) }
        func add(_ key: String, _ v: Int) { out.append((key, String(v))) }
        add("n_gold_quotes", c.gold)
        add("n_pred_quotes", c.pred)
        if lenient { add("pred_dropped_as_other_quoted", c.droppedLenient) }
        for (name, tp) in [("exact", c.exactTP), ("overlap", c.overlapTP), ("e2e", c.e2eTP)] {
            let (p, r, f) = Self.prf(tp, c.pred, c.gold)
            add("\(name)_P", p)
            add("\(name)_R", r)
            add("\(name)_F1", f)
        }
        add("speaker_n", c.speakerN)
        add("speaker_acc_span", Self.ratio(c.speakerSpanOK, c.speakerN))
        add("speaker_acc_string", Self.ratio(c.speakerStringOK, c.speakerN))
        add("speaker_acc_span_or_string", Self.ratio(c.speakerAnyOK, c.speakerN))
        for key in ["name", "pron"] {
            let n = c.speakerNByKind[key] ?? 0
            add("speaker_acc_\(key)_gold", Self.ratio(c.speakerOKByKind[key] ?? 0, n))
            add("speaker_n_\(key)_gold", n)
        }
        for key in ["direct", "mixed", "open_end"] {
            let n = c.goldByKind[key] ?? 0
            guard n > 0 else { continue }
            add("recall_overlap_\(key)", Self.ratio(c.hitByKind[key] ?? 0, n))
            add("n_gold_\(key)", n)
        }
        // Not in the Python output: end-to-end recall by quote kind.
        for key in ["direct", "mixed"] {
            let n = c.goldByKind[key] ?? 0
            guard n > 0 else { continue }
            add("recall_e2e_\(key)", Self.ratio(c.e2eTPByKind[key] ?? 0, n))
        }
        return out
    }

    /// The rows as the JSON object the Python scorer prints.
    var text: String {
        "{\n" + rows.map { "  \"\($0.0)\": \($0.1)" }.joined(separator: ",\n") + "\n}"
    }
}
