import Foundation

// The JSON form of a condition (see `Condition`).

extension Condition: Codable {
    /// The JSON names of the kinds. Written out so that renaming a Swift case never changes stored rules.
    enum Kind: String, CaseIterable {
        case organisationTypeIn, registeredInBeijing, integrityClear, runningProjectsOfPIBelow, piAgeAtMost
        case yearsSincePhDAtMost, teamIncludesOrganisationType, ethicsApprovalIfSensitive
        case all, any, not
        case professionalTitleAtLeast, papersAtLeast, awardRequired, ownershipIn, nationalityIn

        /// The condition for a kind that takes no value.
        var bare: Condition? {
            switch self {
            case .registeredInBeijing: .registeredInBeijing
            case .integrityClear: .integrityClear
            case .ethicsApprovalIfSensitive: .ethicsApprovalIfSensitive
            default: nil
            }
        }
    }

    var kind: Kind {
        switch self {
        case .organisationTypeIn: .organisationTypeIn
        case .registeredInBeijing: .registeredInBeijing
        case .integrityClear: .integrityClear
        case .runningProjectsOfPIBelow: .runningProjectsOfPIBelow
        case .piAgeAtMost: .piAgeAtMost
        case .yearsSincePhDAtMost: .yearsSincePhDAtMost
        case .teamIncludesOrganisationType: .teamIncludesOrganisationType
        case .ethicsApprovalIfSensitive: .ethicsApprovalIfSensitive
        case .all: .all
        case .any: .any
        case .not: .not
        case .professionalTitleAtLeast: .professionalTitleAtLeast
        case .papersAtLeast: .papersAtLeast
        case .awardRequired: .awardRequired
        case .ownershipIn: .ownershipIn
        case .nationalityIn: .nationalityIn
        }
    }

    struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ kind: Kind) { stringValue = kind.rawValue }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        if kind.bare != nil {
            var single = encoder.singleValueContainer()
            try single.encode(kind.rawValue)
            return
        }
        var container = encoder.container(keyedBy: Key.self)
        let key = Key(kind)
        switch self {
        case .organisationTypeIn(let v), .ownershipIn(let v), .nationalityIn(let v):
            try container.encode(v, forKey: key)
        case .teamIncludesOrganisationType(let v), .professionalTitleAtLeast(let v), .awardRequired(let v):
            try container.encode(v, forKey: key)
        case .runningProjectsOfPIBelow(let n), .piAgeAtMost(let n), .yearsSincePhDAtMost(let n), .papersAtLeast(let n):
            try container.encode(n, forKey: key)
        case .all(let cs), .any(let cs):
            try container.encode(cs, forKey: key)
        case .not(let c):
            try container.encode(c, forKey: key)
        case .registeredInBeijing, .integrityClear, .ethicsApprovalIfSensitive:
            break // encoded as a bare string above
        }
    }

    public init(from decoder: any Decoder) throws {
        let known = Kind.allCases.map(\.rawValue).joined(separator: ", ")
        if let single = try? decoder.singleValueContainer(), let name = try? single.decode(String.self) {
            guard let kind = Kind(rawValue: name) else {
                throw DecodingError.dataCorruptedError(in: single, debugDescription: "Unknown condition “\(name)”; the conditions are \(known)")
            }
            guard let bare = kind.bare else {
                throw DecodingError.dataCorruptedError(in: single, debugDescription: "The condition “\(name)” needs a value: write {\"\(name)\": …}")
            }
            self = bare
            return
        }
        let container = try decoder.container(keyedBy: Key.self)
        guard container.allKeys.count == 1, let key = container.allKeys.first else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath,
                debugDescription: "A condition is a string or an object with exactly one key (found \(container.allKeys.map(\.stringValue)))"))
        }
        guard let kind = Kind(rawValue: key.stringValue) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container,
                debugDescription: "Unknown condition “\(key.stringValue)”; the conditions are \(known)")
        }
        switch kind {
        case .registeredInBeijing, .integrityClear, .ethicsApprovalIfSensitive:
            // Also accepted: {"integrityClear": true} and {"integrityClear": {}}. `false` is refused
            // rather than guessed at: negation is written {"not": "integrityClear"}.
            if let flag = try? container.decode(Bool.self, forKey: key) {
                guard flag else {
                    throw DecodingError.dataCorruptedError(forKey: key, in: container,
                        debugDescription: "“\(kind.rawValue)”: false is not a condition; write {\"not\": \"\(kind.rawValue)\"}")
                }
            } else {
                let nested = try container.nestedContainer(keyedBy: Key.self, forKey: key)
                guard nested.allKeys.isEmpty else {
                    throw DecodingError.dataCorruptedError(forKey: key, in: container,
                        debugDescription: "“\(kind.rawValue)” takes no value")
                }
            }
            guard let bare = kind.bare else {
                throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "“\(kind.rawValue)” needs a value")
            }
            self = bare
        case .organisationTypeIn: self = .organisationTypeIn(try container.decode([String].self, forKey: key))
        case .ownershipIn: self = .ownershipIn(try container.decode([String].self, forKey: key))
        case .nationalityIn: self = .nationalityIn(try container.decode([String].self, forKey: key))
        case .teamIncludesOrganisationType: self = .teamIncludesOrganisationType(try container.decode(String.self, forKey: key))
        case .professionalTitleAtLeast: self = .professionalTitleAtLeast(try container.decode(String.self, forKey: key))
        case .awardRequired: self = .awardRequired(try container.decode(String.self, forKey: key))
        case .runningProjectsOfPIBelow: self = .runningProjectsOfPIBelow(try container.decode(Int.self, forKey: key))
        case .piAgeAtMost: self = .piAgeAtMost(try container.decode(Int.self, forKey: key))
        case .yearsSincePhDAtMost: self = .yearsSincePhDAtMost(try container.decode(Int.self, forKey: key))
        case .papersAtLeast: self = .papersAtLeast(try container.decode(Int.self, forKey: key))
        case .all: self = .all(try container.decode([Condition].self, forKey: key))
        case .any: self = .any(try container.decode([Condition].self, forKey: key))
        case .not: self = .not(try container.decode(Condition.self, forKey: key))
        }
    }
}
