import Foundation
import Projects

/// The project number (项目编号), e.g. `Z241100001`:
///
/// | part | example | meaning |
/// |---|---|---|
/// | letter | `Z` | the programme's kind: Z 自然科学基金, J 基础研究, G 关键核心技术攻关, Y 应急攻关, X other |
/// | 2 digits | `24` | the award year (Beijing time), modulo 100 |
/// | 2 digits | `11` | the programme: the first programme of a kind to award a project gets 11, the next 12, … 99 (`grt_programme_codes`) |
/// | 5 digits | `00001` | the sequence within the programme and year, from 00001 (`grt_number_sequences`) |
///
/// Letter and programme digits together name one programme, so a number is unique across the
/// platform, and the sequence is unique per programme and year (a unique key on
/// `grt_projects(programme_id, award_year, sequence)` as well as on the number). Numbers are taken
/// inside the award's write transaction, which holds the award lock (`Awards`), so two officers
/// awarding at the same moment never get the same one, on SQLite or PostgreSQL.
public enum ProjectNumber {
    public static let firstProgrammeDigits = 11
    public static let maxProgrammeDigits = 99
    public static let maxSequence = 99_999

    public static func letter(for kind: ProgrammeKind) -> String {
        switch kind {
        case .naturalScienceFund: "Z"
        case .basicResearch: "J"
        case .keyCoreTechnology: "G"
        case .emergencyTackling: "Y"
        case .other: "X"
        }
    }

    /// `letter`, the year's last two digits, the programme's two digits, five sequence digits.
    public static func format(letter: String, year: Int, programmeDigits: Int, sequence: Int) -> String {
        letter + pad(((year % 100) + 100) % 100, 2) + pad(programmeDigits, 2) + pad(sequence, 5)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Whether `text` has the shape of a project number (letter, 9 digits).
    public static func isWellFormed(_ text: String) -> Bool {
        let chars = Array(text.utf8)
        guard chars.count == 10, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(chars[0]) else { return false }
        return chars.dropFirst().allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
}
