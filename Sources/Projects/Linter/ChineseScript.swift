import Foundation

/// Traditional → Simplified Chinese, with OpenCC's conversion table (`TraditionalSimplifiedTable.swift`).
///
/// Every mapping in the table turns one character into one character and every phrase into a phrase
/// of the same length, so a converted text keeps the offsets of the original: the linter reports
/// spans in the text as written. Phrases (乾隆 stays 乾隆, 瞭解到 becomes 了解到) are applied first,
/// longest first; every other character goes through the character table, the first candidate of
/// each entry (髮 and 發 both become 发).
public enum ChineseScript {
    static let characterTable: [Unicode.Scalar: Unicode.Scalar] = {
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for line in characterPairs {
            let scalars = Array(line.unicodeScalars)
            var index = 0
            while index + 1 < scalars.count {
                table[scalars[index]] = scalars[index + 1]
                index += 2
            }
        }
        return table
    }()

    /// Phrases by their first character, longest first.
    static let phraseTable: [Character: [(traditional: [Character], simplified: [Character])]] = {
        var table: [Character: [(traditional: [Character], simplified: [Character])]] = [:]
        for entry in phrasePairs {
            let parts = entry.split(separator: "=", maxSplits: 1).map { Array($0) }
            guard parts.count == 2, let first = parts[0].first, parts[0].count == parts[1].count else { continue }
            table[first, default: []].append((parts[0], parts[1]))
        }
        return table.mapValues { $0.sorted { $0.traditional.count > $1.traditional.count } }
    }()

    /// The Simplified form of one character (itself when it has none or is not a single scalar).
    public static func simplified(_ character: Character) -> Character {
        let scalars = character.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first, let target = characterTable[scalar] else { return character }
        return Character(target)
    }

    /// The text in Simplified characters, character for character (same count, same offsets).
    public static func simplified(_ characters: [Character]) -> [Character] {
        var out: [Character] = []
        out.reserveCapacity(characters.count)
        var index = 0
        while index < characters.count {
            if let candidates = phraseTable[characters[index]],
               let phrase = candidates.first(where: { candidate in
                   index + candidate.traditional.count <= characters.count
                       && Array(characters[index..<index + candidate.traditional.count]) == candidate.traditional
               }) {
                out += phrase.simplified
                index += phrase.traditional.count
                continue
            }
            out.append(simplified(characters[index]))
            index += 1
        }
        return out
    }

    public static func simplified(_ text: String) -> String {
        String(simplified(Array(text)))
    }

    /// How many characters of the text the table changes (0 for a text already in Simplified).
    public static func traditionalCount(_ text: String) -> Int {
        let characters = Array(text)
        return zip(characters, simplified(characters)).filter { $0 != $1 }.count
    }
}
