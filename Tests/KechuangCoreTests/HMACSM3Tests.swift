import Foundation
import Testing
@testable import KechuangCore

/// HMAC-SM3 (RFC 2104 construction over GB/T 32905-2016 SM3). Reference tags were computed with
/// OpenSSL 3 (`openssl dgst -sm3 -hmac KEY`, or `-mac HMAC -macopt hexkey:…`) and pasted here.
@Suite("HMAC-SM3 (RFC 2104 over SM3)")
struct HMACSM3Tests {
    @Test func test_RFC2104_HMACSM3_shortKey_matchesOpenSSL() {
        #expect(HMACSM3.hex("what do ya want for nothing?", key: Array("Jefe".utf8))
            == "2e87f1d16862e6d964b50a5200bf2b10b764faa9680a296a2405f24bec39f882")
    }

    @Test func test_RFC2104_HMACSM3_emptyMessage_matchesOpenSSL() {
        #expect(HMACSM3.hex("", key: Array("key".utf8)) == "4deb29b9be17bd4fd2aca21f908885b9f849bc61e8fbd101e04fd9987528d4df")
        #expect(HMACSM3.hex("", key: [UInt8](repeating: 0x0b, count: 64))
            == "2d5dde86e59a160947b9f67f8b8e16c00a69c05a4b2ba742fdc8cac7c427f01a")
    }

    @Test func test_RFC2104_HMACSM3_32ByteKey_asTheAuditChainUses_matchesOpenSSL() {
        #expect(HMACSM3.hex("abc", key: (0..<32).map { UInt8($0) })
            == "a8f95cf26f204957e7ca73c9602a25dda35f168b28103b51dfc968c810416b63")
    }

    @Test func test_RFC2104_HMACSM3_keyOfExactlyOneBlock_isUsedAsIs() {
        let message = "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl"
        #expect(HMACSM3.hex(message, key: [UInt8](repeating: 0x0b, count: 64))
            == "b7e6f1046cb47f1c14c889998855f31fcb886f3fc8549185b0c5e1fecb0f1277")
    }

    @Test func test_RFC2104_HMACSM3_keyLongerThanABlock_isHashedFirst() {
        #expect(HMACSM3.hex("Test Using Larger Than Block-Size Key - Hash Key First", key: [UInt8](repeating: 0xaa, count: 131))
            == "b4fd844e13342002f0b2e0690ea7741f1497d993a70494cea601e657bedf67a0")
    }

    @Test func test_HMACSM3_incrementalUpdatesEqualOneShot_andTagIs32Bytes() {
        let key = Array("秘钥".utf8)
        var mac = HMACSM3(key: key)
        mac.update("what do ya ")
        mac.update(Array("want for nothing?".utf8))
        let oneShot = HMACSM3.authenticationCode(for: Array("what do ya want for nothing?".utf8), key: key)
        #expect(mac.finalize() == oneShot)
        #expect(oneShot.count == 32)
    }

    @Test func test_HMACSM3_differentKeyGivesDifferentTag() {
        #expect(HMACSM3.hex("abc", key: [1]) != HMACSM3.hex("abc", key: [2]))
        #expect(HMACSM3.equalInConstantTime([1, 2, 3], [1, 2, 3]))
        #expect(!HMACSM3.equalInConstantTime([1, 2, 3], [1, 2, 4]))
        #expect(!HMACSM3.equalInConstantTime([1, 2, 3], [1, 2]))
    }
}
