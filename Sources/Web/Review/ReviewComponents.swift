import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Projects
import Review

enum ReviewText {
    static func percent(_ x: Double) -> String {
        let p = (x * 100).rounded()
        return p.isFinite && abs(p) <= 1e6 ? "\(Int(p))%" : "–"
    }

    static func affinity(_ a: Int) -> String { String(format: "%.3f", Double(a) / 65535) }

    static func score(_ x: Double) -> String { String(format: "%.1f", x) }
}

extension LegalBasis {
    /// `（依据：第六十条）` / `(Art. 60)`.
    func cited(_ c: PageContext) -> String {
        c.language == .zh ? "（依据：\(text(in: .zh))）" : "(\(text(in: .en)))"
    }
}
