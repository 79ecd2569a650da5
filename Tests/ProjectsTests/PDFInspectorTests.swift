import Foundation
import KechuangTestSupport
import Testing
@testable import Projects

/// The structural PDF check (`PDFInspector`): a plain PDF passes; anything that is not a PDF, is
/// damaged, encrypted or active (JavaScript, launch actions, embedded files, rich media, XFA),
/// also when hidden behind `#xx` name escapes or inside compressed object streams, is refused with
/// a field error in both languages.
@Suite("PDF inspector (PRJ uploads)")
struct PDFInspectorTests {
    static func hex(_ text: String) -> Data {
        var data = Data()
        var iterator = text.makeIterator()
        while let high = iterator.next(), let low = iterator.next() {
            if let byte = UInt8(String([high, low]), radix: 16) { data.append(byte) }
        }
        return data
    }

    /// zlib (Python `zlib.compress(…, 9)`, dynamic Huffman) of an object stream of 30 link
    /// annotations, objects 5–34, /First 222.
    static let benignObjectStream = hex("78da9557b96e5b410cecf315fc032dafe52e601848903295932207dc245161c49003472ef2f719ca4d60b8200141d01e6fb96fc899a19c064dda9382783b2d921db4c9c6201ee4438999e698c4428119565a6c84cfe645ecd825428c75167ce11451a65c52c5e2c64e1b2478d0cd49b0349d291f090f121cbfa690e0c43d31c69611184f6c0d5c0653b28c043f75e39c8dadb8a6e2e7c415114a0297533cb27043556c4170356cc1e1575774f8f4f7f7910e6f4fa787331d3e3e7d3f5fc61fee4ebfe87073fc71a66f832e2fcb724b87770f8f3f8f8fcf7303e3f7c73fd8a118ddd0e1f397af394da7a7fbfb5bbabe7e533b5f812840ccbbbd88c0af458884bc192200e002a84884cd1741e4b520482092d08cc29c78236773e3752a6821e1c849378c2183332f28b4460532d487593bcc723247c585d38e0a68a868ec6f86c9b770cb1a0529d82aa899d09ced389e4909d20592295760b34d11ed38291609b8a60cac0a6e3e69ad366b34a50652b42245a3821b28b6779f9d50c085148da45089a098e7b60ad8c07b2047be41a0bd2bb845ca695b0b0c5410877883ac3c2bb8416159db6a6028343514db403cd50a729041b6b61e3867b541ddd2317c5490dbe94d6d4570b0db611bc2e92f51818e876775b6236d503c35385d6159053b182c4cb32d0b6069e08e0a67d0c1256b48d75e6d5d08a6803428bc417995b0cb8e61b7858107ca01d22de9f75e822efb82b1fb3e84dc2a1c1506a12e355bc5828cbe15a18141b3e392ceb74be059b64f6d7110bea4873cc9bb66093d10494cfa7e04e400ba6637a925f02614cbb56f488a4675102865324ad841ef655adf9120aa170943f56994b08be7fea21b09bdf0cc7e6e67a95b09bc2ca135fbae047d404b27700b0b2ea1b7f6e55f42db962e7dbf22a0ad55022fe564b4f5c1221b2d056541a8e115f004ff7394ff13887f906b79bc")

    /// The same with, as its 11th object, `<< /Type /Action /S /J#61vaScript /J#53 (app.alert\(1\)) >>`;
    /// 31 objects, /First 230.
    static let evilObjectStream = hex("78da95973b6b5c410c85fbfc0a411abbc98ea479823124a40aa9ec1479d885e36c6162d68bb30ee4dfe7d3ba09c1c50c5cd89db9bad2dc23e91cdd2249aa8c2a4d7414e962a3c9909c926892925c54a5a62a6ad2d85197ae59b88676d182959928f753e7172fda5970cb86e29207706b3c5870696cd5c43a4c716cb8ef3c64781c6c5a981aeb8aa9b3e6af3987e2f29c391ca62589e3aa94228e8b5a598769ade28e6933f1306d5d1c93d45dcece64f3e9cf7e2b9bb7bbddc34136974fdf0fc7f5c7bbdd4fd95c6c6f0ff22dc9f1a5d5ae65f3eee1f1c7f6f1792fb17ebffd8585b3ba90cde72f5f635b764ff7f7d7727efe6acebf832c6072c6f15f047d294260b91aa20164e48184e4fa5f107b29088904f7c5281aa96be4ae0e5e67062d124f6e56c3643258e380263dcd40469d5025ab617a914c31592b32da0c689415f68b61e22d4aa64639a46a9e412d9b50d4ab714a24a589779acd7506b63ca4b5e538411a01b8071df419dc4a95de97bbc68372a0a44e43d432831b2d36c68b716e0f770f3b02c9e6c3ebaabf6f2e6f1feff687581597939bfdfecdcdfdf6f17075a257a7a72b9d0d8b76d29ba2fda69a9b7d5d66909cc080fc9641f38d31833989555be6911c640bd1161a5deb0ce69d2af06526c914a9670a3511cf7d06b99095bccc2545a35261c6d2e2c566901ba16fcb6c12b254d03523bb56db0c748a2252d9cb9106f410fc1d8ad2f30c76aa21bccb944287b7146a0b7b259d929550febecc294da5412b8eaeb8f629ec1815742c930ad30a9c0fc1322b7899822e668b34d6358cdc3a6a8cb878b13949e686a57519630862602a16aa39a6c0cb34832f9383e9313d52a2797b9d428f46b26ceb5a067280ee3191fa147815c62abe2e662e31a0d252d9d21476f0bdd5bcae6690ea91c2a83e6f53d8b5e7d96435526d68921dbb23973c055e9450afebaa043f300e1a6a919b4ea1d7c7f14b63599634c6552760ee7d0abca093b4cc0fb9c590e6b42c0d95ca0c78c6b792eb3f04f11725db8c58")

    static func compressedObjectStream(_ data: Data, count: Int, first: Int) -> Data {
        Data("<< /Type /ObjStm /N \(count) /First \(first) /Filter /FlateDecode /Length \(data.count) >>\nstream\n".utf8)
            + data + Data("\nendstream".utf8)
    }

    static func check(_ data: Data) -> AttachmentProblem? {
        AttachmentValidation.check(data, originalName: "plan.pdf", policy: .init())
    }

    // MARK: Accepted

    @Test func test_plainPDF_isAccepted() {
        #expect(PDFInspector.inspect(TestPDF.make()) == nil)
        #expect(Self.check(TestPDF.make(contentBytes: 300_000)) == nil)
        #expect(Self.check(TestPDF.make(version: "1.7")) == nil)
        #expect(Self.check(TestPDF.make(version: "2.0")) == nil)
    }

    @Test func test_forbiddenWordsInsideStringsOrPageContent_areNotNames_accepted() {
        let pdf = TestPDF.make(extraObjects: ["<< /Title (How /JS and /JavaScript and /Launch appear in text) /Subject <2F4A53> >>"],
                               trailerExtra: "/Info 5 0 R")
        #expect(Self.check(pdf) == nil)
    }

    @Test func test_compressedObjectStream_isInflatedAndAcceptedWhenPlain() throws {
        let stream = Self.compressedObjectStream(Self.benignObjectStream, count: 30, first: 222)
        #expect(Self.check(TestPDF.make(version: "1.5", extraObjects: [stream])) == nil)
        // The inflater itself: dynamic Huffman blocks decode to the original text.
        let content = try Inflate.zlib([UInt8](Self.benignObjectStream)[...], limit: 1 << 20)
        let text = String(decoding: content, as: UTF8.self)
        #expect(text.hasPrefix("5 0 6 "))
        #expect(text.contains("/Subtype /Link"))
        #expect(content.count == 3351)
    }

    @Test func test_crossReferenceStream_isAccepted() {
        // Objects 1–3, then object 4: a cross-reference stream that startxref points at.
        var bytes = Data("%PDF-1.5\n".utf8)
        var offsets: [Int] = []
        for object in ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] {
            offsets.append(bytes.count)
            bytes += Data("\(offsets.count) 0 obj\n\(object)\nendobj\n".utf8)
        }
        let xref = bytes.count
        var rows = Data([0, 0, 0, 255])
        for offset in offsets + [xref] { rows += Data([1, UInt8(offset >> 8), UInt8(offset & 0xFF), 0]) }
        bytes += Data("4 0 obj\n<< /Type /XRef /Size 5 /W [1 2 1] /Root 1 0 R /Length \(rows.count) >>\nstream\n".utf8)
        bytes += rows + Data("\nendstream\nendobj\nstartxref\n\(xref)\n%%EOF\n".utf8)
        #expect(PDFInspector.inspect(bytes) == nil)
    }

    // MARK: Not a PDF

    @Test func test_HTMLPolyglot_withPDFMarkers_isNotPDF() {
        let polyglot = Data("%PDF-1.4\n%<html><body><script>fetch('/api/v1/me')</script></body></html>\n".utf8) + TestPDF.make().dropFirst(9)
        #expect(Self.check(polyglot) == .notPDF)
        let htmlFirst = Data("<html><script>alert(1)</script>".utf8) + TestPDF.make()
        #expect(Self.check(htmlFirst) == .notPDF)
    }

    @Test func test_ELFExecutable_withPDFMarkers_isNotPDF() {
        let elf = Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]) + Data(repeating: 0, count: 56) + TestPDF.make()
        #expect(Self.check(elf) == .notPDF)
        // An ELF image right after a PDF header, inside the first KB.
        let smuggled = Data("%PDF-1.4\n%".utf8) + Data([0x7F, 0x45, 0x4C, 0x46]) + Data("\n".utf8) + TestPDF.make().dropFirst(9)
        #expect(PDFInspector.inspect(smuggled) == .foreignSignature)
    }

    @Test func test_anythingBeforeTheHeader_isNotPDF() {
        #expect(PDFInspector.inspect(Data(" ".utf8) + TestPDF.make()) == .headerNotAtStart)
        #expect(PDFInspector.inspect(Data("PK\u{03}\u{04}".utf8) + TestPDF.make()) == .headerNotAtStart)
        #expect(PDFInspector.inspect(Data("MZ".utf8) + TestPDF.make()) == .headerNotAtStart)
    }

    @Test func test_noCrossReference_orTrailerWithoutRoot_isRefusedAsDamaged() {
        let noXref = Data("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".utf8)
        #expect(Self.check(noXref) == .unsafePDF(.noCrossReference))
        var pdf = TestPDF.make()
        if let root = pdf.range(of: Data("/Root 1 0 R".utf8)) { pdf.replaceSubrange(root, with: Data("/Info 1 0 R".utf8)) }
        #expect(Self.check(pdf) == .unsafePDF(.noTrailer))
        let unterminated = TestPDF.make(extraObjects: ["<< /Title (never closed >>"])
        #expect(PDFInspector.inspect(unterminated) != nil)
    }

    // MARK: Active or opaque content

    @Test func test_JavaScriptOpenAction_isRefused() {
        let pdf = TestPDF.make(catalogExtra: "/OpenAction 5 0 R", extraObjects: ["<< /Type /Action /S /JavaScript /JS (app.alert\\(1\\)) >>"])
        #expect(Self.check(pdf) == .unsafePDF(.javaScript))
    }

    @Test func test_nameEscapes_areDecoded_JS53IsJS() {
        let escaped = TestPDF.make(catalogExtra: "/AA << /O 5 0 R >>", extraObjects: ["<< /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>"])
        #expect(Self.check(escaped) == .unsafePDF(.javaScript))
        let launch = TestPDF.make(catalogExtra: "/OpenAction << /S /#4C#61unch /F (cmd.exe) >>")
        #expect(Self.check(launch) == .unsafePDF(.launchAction))
    }

    @Test func test_encryptedPDF_isRefused() {
        let pdf = TestPDF.make(extraObjects: ["<< /Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -4 >>"], trailerExtra: "/Encrypt 5 0 R /ID [<01> <01>]")
        #expect(Self.check(pdf) == .unsafePDF(.encrypted))
    }

    @Test func test_embeddedFilesRichMediaAndXFA_areRefused() {
        let embedded = TestPDF.make(catalogExtra: "/Names << /EmbeddedFiles 5 0 R >>", extraObjects: ["<< /Names [(a.exe) 6 0 R] >>"])
        #expect(Self.check(embedded) == .unsafePDF(.embeddedFile))
        let attachment = TestPDF.make(extraObjects: ["<< /Type /Annot /Subtype /FileAttachment /FS << /F (a.exe) /EF << /F 6 0 R >> >> >>"])
        #expect(Self.check(attachment) == .unsafePDF(.embeddedFile))
        let rich = TestPDF.make(extraObjects: ["<< /Type /Annot /Subtype /RichMedia >>"])
        #expect(Self.check(rich) == .unsafePDF(.richMedia))
        let xfa = TestPDF.make(catalogExtra: "/AcroForm << /XFA 5 0 R >>", extraObjects: ["<< /Length 0 >>\nstream\n\nendstream"])
        #expect(Self.check(xfa) == .unsafePDF(.xfaForm))
    }

    @Test func test_JavaScriptInsideACompressedObjectStream_isFound() {
        let stream = Self.compressedObjectStream(Self.evilObjectStream, count: 31, first: 230)
        #expect(Self.check(TestPDF.make(version: "1.5", catalogExtra: "/OpenAction 15 0 R", extraObjects: [stream])) == .unsafePDF(.javaScript))
        // Stored deflate blocks too.
        let stored = TestPDF.objectStream(["<< /S /Launch /F (calc.exe) >>"], firstNumber: 6)
        #expect(Self.check(TestPDF.make(version: "1.5", extraObjects: [stored])) == .unsafePDF(.launchAction))
    }

    @Test func test_objectStreamThatCannotBeInspected_isRefused_notTrusted() {
        let unknownFilter = TestPDF.objectStream(["<< /S /GoTo >>"], firstNumber: 6, compressed: Data("AAAA".utf8), filter: "/LZWDecode")
        #expect(Self.check(TestPDF.make(extraObjects: [unknownFilter])) == .unsafePDF(.uninspectableObjectStream))
        let corrupt = TestPDF.objectStream(["<< /S /GoTo >>"], firstNumber: 6, compressed: Data([0x78, 0x9C, 0xFF, 0xFF, 0xFF]))
        #expect(Self.check(TestPDF.make(extraObjects: [corrupt])) == .unsafePDF(.uninspectableObjectStream))
    }

    @Test func test_objectHiddenInsideStreamData_isRefused() {
        let hidden = "<< /Length 60 >>\nstream\n9 0 obj << /S /JavaScript /JS (x) >> endobj\nendstream"
        // The forbidden names are inside stream data, where a scan skips; the object header gives it away.
        #expect(Self.check(TestPDF.make(extraObjects: [hidden])) == .unsafePDF(.hiddenObject))
    }

    @Test func test_everyFinding_hasAMessageInBothLanguages() {
        for finding in PDFFinding.allCases {
            let message = AttachmentProblem.unsafePDF(finding).message
            #expect(!message.zh.isEmpty && !message.en.isEmpty, "\(finding)")
            #expect(message.zh.unicodeScalars.contains { $0.value >= 0x4E00 }, "\(finding) in Chinese")
            #expect(AttachmentProblem.unsafePDF(finding).rule == "pdf.\(finding.rawValue)")
        }
        #expect(AttachmentProblem.unsafePDF(.javaScript).message.en.contains("JavaScript"))
        #expect(AttachmentProblem.unsafePDF(.encrypted).message.zh.contains("加密"))
    }

    @Test func test_inflate_refusesBombsAndGarbage() throws {
        // 100 KB of zeros: refused under a 64 KiB limit, decoded in full under a larger one.
        let zeros = TestPDF.zlibStored(Data(count: 100_000))
        #expect(throws: Inflate.Failure.self) { try Inflate.zlib([UInt8](zeros)[...], limit: 65_536) }
        #expect(try Inflate.zlib([UInt8](zeros)[...], limit: 200_000).count == 100_000)
        #expect(throws: Inflate.Failure.self) { try Inflate.zlib([0x78, 0x9C, 0x07][...], limit: 100) }
        #expect(throws: Inflate.Failure.self) { try Inflate.zlib([0x00, 0x00][...], limit: 100) }
    }
}
