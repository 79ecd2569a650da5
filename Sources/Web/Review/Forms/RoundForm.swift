import Foundation
import KechuangCore
import Projects
import Review

/// The round form's fields: the values a GET shows, and the parameters a POST asks the assignment for.
enum RoundForm {
    struct Parameters {
        let k: Int, minLoad: Int, maxLoad: Int, deadline: Date, fair: Bool, seed: Int
    }

    static func values(_ round: ReviewRound?, call: Call, now: Date) -> [String: String] {
        [
            "reviewers_per_proposal": String(round?.reviewersPerProposal ?? 3), "min_load": String(round?.minLoad ?? 0),
            "max_load": String(round?.maxLoad ?? 10), "deadline": BeijingTime.format(round?.deadline ?? max(call.closesAt, now).addingTimeInterval(30 * 86_400)),
            "fair": round?.fair == true ? "yes" : "", "seed": String(round?.seed ?? 1),
        ]
    }

    static func parse(_ v: [String: String]) throws -> Parameters {
        var errors: [FieldError] = []
        func int(_ key: String) -> Int {
            if let n = Int(v[key]?.trimmingCharacters(in: .whitespaces) ?? "") { return n }
            errors.append(FieldError(field: key, rule: "round.\(key).number", message: LocalizedText(zh: "请输入整数", en: "Enter a whole number")))
            return 0
        }
        let k = int("reviewers_per_proposal"), minLoad = int("min_load"), maxLoad = int("max_load"), seed = int("seed")
        let deadline = BeijingTime.parse(v["deadline"] ?? "")
        if deadline == nil {
            errors.append(FieldError(field: "deadline", rule: "round.deadline.format", message: LocalizedText(zh: "格式：2026-01-31 17:00（北京时间）", en: "Format: 2026-01-31 17:00 (Beijing time)")))
        }
        guard errors.isEmpty, let deadline else { throw DomainError.validation(errors) }
        return Parameters(k: k, minLoad: minLoad, maxLoad: maxLoad, deadline: deadline, fair: v["fair"] == "yes", seed: seed)
    }
}
