import KechuangCore

/// Strings of the call linter page that reads a PDF guideline and Traditional or English text (#14).
public enum CallLintMsg: String, Catalogue {
    case callLintScripts, callLintPDF, callLintPDFHint, callLintPDFRefused, callLintPDFUnreadable, callLintFromPDF
    case callLintRequired

    public var text: LocalizedText {
        switch self {
        case .callLintScripts: t("简体中文、繁体中文和英文文本均可检查。", "Simplified Chinese, Traditional Chinese and English text are all checked.")
        case .callLintPDF: t("或者上传 PDF 格式的申报指南", "Or upload the call's guideline as a PDF")
        case .callLintPDFHint: t("平台先检查 PDF 是否安全，再提取其中的文字；检查结果指向提取出的文字。",
                                 "The platform checks that the PDF is safe, then extracts its text; the findings point into the extracted text.")
        case .callLintPDFRefused: t("该 PDF 未通过安全检查，未被读取。", "This PDF did not pass the safety check and was not read.")
        case .callLintPDFUnreadable: t("无法提取该 PDF 中的文字。", "The text of this PDF could not be extracted.")
        case .callLintFromPDF: t("从 PDF 中提取的文字", "Text extracted from the PDF")
        case .callLintRequired: t("请粘贴申报指南文本或上传 PDF", "Paste the text of the call or upload its PDF")
        }
    }
}
