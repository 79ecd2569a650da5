import Foundation
import Testing
@testable import KechuangCore

// MARK: - 统一社会信用代码 (GB 32100-2015)

@Suite("Unified Social Credit Code (GB 32100-2015)")
struct UnifiedSocialCreditCodeTests {
    /// Codes printed on publicly displayed business licences.
    static let publishedCodes = [
        "914403001922038216", // 华为技术有限公司
        "9144030071526726XG", // 深圳市腾讯计算机系统有限公司
        "91330100716105852F", // 阿里巴巴（中国）有限公司
        "91110000802100433B", // 北京百度网讯科技有限公司
    ]

    /// Built for these tests: prefix 91 / division 350211 / body MA2YXQ0D3. Check character
    /// worked out by hand from the GB 32100 weights: weighted sum 2691, 2691 mod 31 = 25,
    /// 31 − 25 = 6 → "6".
    static let constructedCode = "91350211MA2YXQ0D36"

    @Test(arguments: publishedCodes + [constructedCode])
    func test_GB32100_publishedCodesAreValid(code: String) {
        #expect(UnifiedSocialCreditCode.problem(in: code) == nil)
    }

    @Test(arguments: publishedCodes + [constructedCode])
    func test_GB32100_checkCharacterIsRecomputedFromFirst17(code: String) {
        #expect(UnifiedSocialCreditCode.checkCharacter(for: String(code.prefix(17))) == code.last)
    }

    @Test func test_GB32100_checkValue31MapsToZero() {
        // All zeros: weighted sum 0, 31 − 0 = 31 → "0".
        #expect(UnifiedSocialCreditCode.checkCharacter(for: "00000000000000000") == "0")
        #expect(UnifiedSocialCreditCode.problem(in: "000000000000000000") == nil)
    }

    @Test func test_GB32100_lowercaseAndSurroundingWhitespaceAccepted() {
        #expect(UnifiedSocialCreditCode.normalized("  9144030071526726xg\n") == "9144030071526726XG")
        #expect(UnifiedSocialCreditCode.problem(in: "  9144030071526726xg\n") == nil)
        #expect(UnifiedSocialCreditCode.checkCharacter(for: "9144030071526726x") == "G")
    }

    @Test(arguments: ["", "91440300192203821", "9144030019220382160", "9144 03001922038216"])
    func test_GB32100_mustBe18Characters(code: String) {
        #expect(UnifiedSocialCreditCode.problem(in: code) == .length)
    }

    @Test(arguments: [
        "91440300192203821I", // I is excluded
        "9144030019220382O6", // O is excluded
        "914403001922038Z16", // Z is excluded
        "S14403001922038216", // S is excluded
        "91440300192203V216", // V is excluded
        "91440300-922038216",
        "９14403001922038216", // full-width digit
    ])
    func test_GB32100_charactersOutsideThe31CharacterAlphabetRejected(code: String) {
        #expect(UnifiedSocialCreditCode.problem(in: code) == .character)
    }

    @Test(arguments: ["91A403001922038216", "9144030M1922038216", "914403X01922038216"])
    func test_GB32100_positions3To8MustBeDigits(code: String) {
        #expect(UnifiedSocialCreditCode.problem(in: code) == .divisionCode)
    }

    @Test func test_GB32100_wrongCheckCharacterRejected() {
        #expect(UnifiedSocialCreditCode.problem(in: "914403001922038217") == .checkCharacter)
        #expect(UnifiedSocialCreditCode.problem(in: "9144030071526726XH") == .checkCharacter)
    }

    @Test(arguments: publishedCodes + [constructedCode])
    func test_GB32100_everySingleCharacterSubstitutionIsDetected(code: String) {
        let original = Array(code)
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
        for position in original.indices {
            // Within the alphabet: caught by the check character (or, for letters in the
            // division code, by the division-code rule, which is checked first).
            for replacement in alphabet where replacement != original[position] {
                var mutated = original
                mutated[position] = replacement
                let expected: UnifiedSocialCreditCode.Problem =
                    (2...7).contains(position) && !replacement.isNumber ? .divisionCode : .checkCharacter
                #expect(UnifiedSocialCreditCode.problem(in: String(mutated)) == expected,
                        "\(String(mutated)) (position \(position + 1))")
            }
            // Outside the alphabet: rejected as a bad character.
            for replacement in "IOZSV" {
                var mutated = original
                mutated[position] = replacement
                #expect(UnifiedSocialCreditCode.problem(in: String(mutated)) == .character)
            }
        }
    }

    @Test(arguments: ["", "9144030019220382", "91440300192203821I", "914403001922038216X"])
    func test_GB32100_checkCharacterNeeds17AlphabetCharacters(first17: String) {
        #expect(UnifiedSocialCreditCode.checkCharacter(for: first17) == nil)
    }
}

// MARK: - ORCID (ISO 7064 MOD 11-2)

@Suite("ORCID iD (ISO 7064 MOD 11-2)")
struct ORCIDTests {
    static let knownValid = ["0000-0002-1825-0097", "0000-0001-5109-3700", "0000-0002-1694-233X"]

    @Test(arguments: knownValid)
    func test_ISO7064_knownORCIDsAreValid(value: String) {
        #expect(ORCID.problem(in: value) == nil)
        #expect(ORCID.normalized(value) == value)
    }

    @Test func test_ISO7064_checkDigitOfKnownORCIDs() {
        #expect(ORCID.checkDigit(for: "000000021825009") == "7")
        #expect(ORCID.checkDigit(for: "000000015109370") == "0")
        #expect(ORCID.checkDigit(for: "000000021694233") == "X", "remainder 10 is written X")
    }

    @Test(arguments: [
        ("0000000218250097", "0000-0002-1825-0097"),
        ("https://orcid.org/0000-0002-1825-0097", "0000-0002-1825-0097"),
        ("http://orcid.org/0000-0001-5109-3700", "0000-0001-5109-3700"),
        ("orcid.org/000000021694233X", "0000-0002-1694-233X"),
        ("HTTPS://ORCID.ORG/0000-0002-1694-233x", "0000-0002-1694-233X"),
        ("  0000-0002-1694-233x \n", "0000-0002-1694-233X"),
    ])
    func test_ORCID_acceptedSpellingsNormalizeToHyphenatedForm(input: String, expected: String) {
        #expect(ORCID.normalized(input) == expected)
        #expect(ORCID.problem(in: input) == nil)
    }

    @Test(arguments: [
        "",
        "0000-0002-1825-009",   // 15 characters
        "0000-0002-1825-00970", // 17 characters
        "0000-0002-1825-009A",  // letter other than X
        "0000-000X-1825-0097",  // X only allowed last
        "00000-002-1825-0097",  // hyphens in the wrong places
        "0000 0002 1825 0097",
        "0000-00021825-0097",
        "https://example.org/0000-0002-1825-0097",
    ])
    func test_ORCID_malformedValuesAreFormatProblems(value: String) {
        #expect(ORCID.normalized(value) == nil)
        #expect(ORCID.problem(in: value) == .format)
    }

    @Test func test_ISO7064_wrongCheckDigitIsChecksumProblem() {
        #expect(ORCID.problem(in: "0000-0002-1825-0098") == .checksum)
        #expect(ORCID.problem(in: "0000-0002-1825-009X") == .checksum)
        #expect(ORCID.problem(in: "0000-0002-1694-2330") == .checksum)
    }

    @Test(arguments: knownValid)
    func test_ISO7064_everySingleDigitSubstitutionIsDetected(value: String) {
        let original = Array(ORCID.normalized(value)!)
        for position in original.indices where original[position] != "-" {
            for replacement in "0123456789X" where replacement != original[position] {
                if replacement == "X" && position != original.count - 1 { continue }
                var mutated = original
                mutated[position] = replacement
                #expect(ORCID.problem(in: String(mutated)) == .checksum, "\(String(mutated))")
            }
        }
    }

    @Test(arguments: knownValid)
    func test_ISO7064_adjacentTranspositionIsDetected(value: String) {
        let digits = Array(value.filter { $0 != "-" })
        for i in 0..<(digits.count - 1) where digits[i] != digits[i + 1] {
            if digits[i] == "X" || digits[i + 1] == "X" { continue } // X may only stand last
            var swapped = digits
            swapped.swapAt(i, i + 1)
            #expect(ORCID.problem(in: String(swapped)) == .checksum, "\(String(swapped))")
        }
    }

    @Test(arguments: ["", "00000002182500", "0000000218250097", "0000-0002-1825-009", "00000002182500X"])
    func test_ISO7064_checkDigitNeedsExactly15Digits(first15: String) {
        #expect(ORCID.checkDigit(for: first15) == nil)
    }
}

// MARK: - 公民身份号码 (GB 11643-1999)

@Suite("Resident identity number (GB 11643-1999)")
struct ResidentIdentityNumberTests {
    /// 2024-06-01 12:00 China Standard Time.
    static let referenceDay = Date(timeIntervalSince1970: 1_717_214_400)

    @Test func test_GB11643_standardExampleIsValid() {
        #expect(ResidentIdentityNumber.problem(in: "11010519491231002X", today: Self.referenceDay) == nil)
        #expect(ResidentIdentityNumber.checkCharacter(for: "11010519491231002") == "X")
    }

    @Test func test_GB11643_lowercaseXAndWhitespaceAccepted() {
        #expect(ResidentIdentityNumber.normalized(" 11010519491231002x\n") == "11010519491231002X")
        #expect(ResidentIdentityNumber.problem(in: " 11010519491231002x\n", today: Self.referenceDay) == nil)
    }

    @Test(arguments: [
        ("44030519991231123", "3"),
        ("11010520000229001", "3"), // 29 February 2000 (leap year, divisible by 400)
        ("11010519000101001", "X"),
        ("11010520000101001", "6"),
    ])
    func test_GB11643_checkCharacterFromWeightedSumMod11(first17: String, check: Character) {
        #expect(ResidentIdentityNumber.checkCharacter(for: first17) == check)
        #expect(ResidentIdentityNumber.problem(in: first17 + String(check), today: Self.referenceDay) == nil)
    }

    @Test(arguments: ["", "11010519491231002", "11010519491231002X1", "110105 19491231002X", "110105194912310"])
    func test_GB11643_mustBe18Characters(value: String) {
        #expect(ResidentIdentityNumber.problem(in: value, today: Self.referenceDay) == .length)
    }

    @Test(arguments: [
        "1101051949123100X2", // X only allowed as the check character
        "A1010519491231002X",
        "11010519491231002Y",
        "11010519491231002-",
        "１1010519491231002X", // full-width digit
    ])
    func test_GB11643_onlyDigitsAndFinalX(value: String) {
        #expect(ResidentIdentityNumber.problem(in: value, today: Self.referenceDay) == .character)
    }

    // Every number below carries the correct check character, so only the date rule rejects it.
    @Test(arguments: [
        "110105189912310023", // before 1900
        "110105190002290017", // 1900 is not a leap year
        "110105200102290010", // 2001 is not a leap year
        "110105200013010013", // month 13
        "110105200001000010", // day 0
        "110105200001320014", // 32 January
        "110105200004310014", // 31 April
    ])
    func test_GB11643_birthDateMustBeARealDateFrom1900(value: String) {
        #expect(ResidentIdentityNumber.problem(in: value, today: Self.referenceDay) == .birthDate)
    }

    @Test func test_GB11643_birthDateMustNotBeInTheFuture() {
        let born20000102 = "110105200001020011"
        #expect(ResidentIdentityNumber.checkCharacter(for: String(born20000102.prefix(17))) == "1")
        let noonJan1China = Date(timeIntervalSince1970: 946_699_200) // 2000-01-01 12:00 UTC+8
        let oneAmJan2China = Date(timeIntervalSince1970: 946_746_000) // 2000-01-02 01:00 UTC+8 (still 1 Jan in UTC)
        #expect(ResidentIdentityNumber.problem(in: born20000102, today: noonJan1China) == .birthDate)
        #expect(ResidentIdentityNumber.problem(in: born20000102, today: oneAmJan2China) == nil,
                "born today (China Standard Time) is allowed")
        #expect(ResidentIdentityNumber.problem(in: "110105200001010016", today: noonJan1China) == nil)
    }

    @Test func test_GB11643_wrongCheckCharacterRejected() {
        #expect(ResidentIdentityNumber.problem(in: "110105194912310021", today: Self.referenceDay) == .checkCharacter)
        #expect(ResidentIdentityNumber.problem(in: "440305199912311234", today: Self.referenceDay) == .checkCharacter)
    }

    @Test func test_GB11643_singleDigitChangeOutsideBirthDateIsDetected() {
        let original = Array("11010519491231002X")
        let positions = Array(0..<6) + Array(14..<18) // address code, sequence code, check character
        for position in positions {
            for replacement in "0123456789X" where replacement != original[position] {
                if replacement == "X" && position != 17 { continue }
                var mutated = original
                mutated[position] = replacement
                #expect(ResidentIdentityNumber.problem(in: String(mutated), today: Self.referenceDay) == .checkCharacter,
                        "\(String(mutated))")
            }
        }
    }

    @Test(arguments: ["", "1101051949123100", "1101051949123100X2", "11010519491231002X"])
    func test_GB11643_checkCharacterNeeds17Digits(first17: String) {
        #expect(ResidentIdentityNumber.checkCharacter(for: first17) == nil)
    }

    @Test(arguments: [
        ("11010519491231002X", "110105********002X"),
        (" 11010519491231002x ", "110105********002X"),
        ("440305199912311233", "440305********1233"),
        ("110105491231002", "110105*****1002"), // 15-digit legacy number: still first 6 / last 4
        ("1101051949", "**********"),           // too short to reveal anything safely
        ("", ""),
    ])
    func test_masking_keepsFirst6AndLast4(value: String, expected: String) {
        #expect(ResidentIdentityNumber.masked(value) == expected)
    }
}
