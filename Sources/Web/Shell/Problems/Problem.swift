import KechuangCore
import Vapor

/// An RFC 9457 problem document (`application/problem+json`). Field errors name the field, the
/// rule and — when a law or standard rejects — the article (`article`) or standard (`standard`).
struct Problem: Content {
    struct FieldProblem: Codable {
        let field: String
        let rule: String
        let message: String
        let message_zh: String
        let message_en: String
        let article: String?
        let article_text: String?
        let standard: String?
    }

    var type: String
    var title: String
    var status: Int
    var detail: String?
    var instance: String?
    var article: String?
    var errors: [FieldProblem]?
    var request_id: String?

    static func fieldProblems(_ errors: [FieldError], language: Language) -> [FieldProblem] {
        errors.map { error in
            var article: ArticleRef?
            var standard: String?
            switch error.basis {
            case .article(let ref)?: article = ref
            case .standard(let name)?: standard = name
            case nil: break
            }
            return FieldProblem(
                field: error.field, rule: error.rule, message: error.message(language), message_zh: error.message.zh,
                message_en: error.message.en, article: article?.code, article_text: article?.text(in: language), standard: standard)
        }
    }
}

/// Errors that only the web layer raises.
enum WebError: Error {
    case csrf
    case signInRequired
    case forbidden
    case missingScope(TokenScope)
    case badRequest(LocalizedText)
    /// The body exceeds the route's limit (bytes).
    case payloadTooLarge(limit: Int)
    /// A rate limit: try again in `retryAfter` seconds.
    case tooManyRequests(retryAfter: Int, message: LocalizedText)
}

/// Every problem `type` the platform emits. Each resolves on the platform itself:
/// `/problems/<slug>` is a page that explains the problem and what to do, in both languages;
/// the `type` is that path, made absolute with `KECHUANG_PUBLIC_URL` when it is set.
enum ProblemType: String, CaseIterable, Sendable {
    case validation
    case notFound = "not-found"
    case staleVersion = "stale-version"
    case duplicate
    case forbidden
    case unauthenticated
    case missingScope = "missing-scope"
    case csrf
    case badRequest = "bad-request"
    case methodNotAllowed = "method-not-allowed"
    case payloadTooLarge = "payload-too-large"
    case unsupportedMediaType = "unsupported-media-type"
    case tooManyRequests = "too-many-requests"
    case httpError = "http-error"
    case serverError = "server-error"
    case storedData = "stored-data"

    var slug: String { rawValue }

    /// The `type` URI of a problem document.
    func uri(publicURL: String?) -> String { (publicURL ?? "") + "/problems/" + slug }

    var status: String {
        switch self {
        case .validation: "422"
        case .notFound: "404"
        case .staleVersion, .duplicate: "409"
        case .forbidden, .missingScope, .csrf: "403"
        case .unauthenticated: "401"
        case .badRequest: "400"
        case .methodNotAllowed: "405"
        case .payloadTooLarge: "413"
        case .unsupportedMediaType: "415"
        case .tooManyRequests: "429"
        case .httpError: "4xx"
        case .serverError, .storedData: "500"
        }
    }

    var title: LocalizedText {
        switch self {
        case .validation: LocalizedText(zh: "输入未通过校验", en: "The input did not pass validation")
        case .notFound: LocalizedText(zh: "找不到该资源", en: "Not found")
        case .staleVersion: LocalizedText(zh: "记录已被他人修改", en: "The record changed since you read it")
        case .duplicate: LocalizedText(zh: "已存在相同记录", en: "A record like this already exists")
        case .forbidden: LocalizedText(zh: "无权执行此操作", en: "Not allowed")
        case .unauthenticated: LocalizedText(zh: "需要登录或访问令牌", en: "Sign-in or an access token is needed")
        case .missingScope: LocalizedText(zh: "令牌缺少权限范围", en: "The token lacks a scope")
        case .csrf: LocalizedText(zh: "表单已过期", en: "The form has expired")
        case .badRequest: LocalizedText(zh: "请求有误", en: "The request is not valid")
        case .methodNotAllowed: LocalizedText(zh: "不支持该请求方法", en: "Method not allowed")
        case .payloadTooLarge: LocalizedText(zh: "提交的内容过大", en: "The request body is too large")
        case .unsupportedMediaType: LocalizedText(zh: "不支持的内容类型", en: "Unsupported content type")
        case .tooManyRequests: LocalizedText(zh: "请求过于频繁", en: "Too many requests")
        case .httpError: LocalizedText(zh: "请求无法处理", en: "The request cannot be processed")
        case .serverError: LocalizedText(zh: "服务出现问题", en: "A problem with the service")
        case .storedData: LocalizedText(zh: "存储的数据无法读取", en: "Stored data cannot be read")
        }
    }

    var explanation: LocalizedText {
        switch self {
        case .validation: LocalizedText(zh: "一个或多个字段不符合规则。errors 列出每个字段、规则编号和说明；规则依据条例时给出条款（article）。",
                                        en: "One or more fields break a rule. `errors` lists each field, the rule id and the message; when a rule of the regulation rejects, its article is given.")
        case .notFound: LocalizedText(zh: "该地址或编号不存在，或您无权知道它存在。", en: "The address or id does not exist, or you may not know that it exists.")
        case .staleVersion: LocalizedText(zh: "您提交的版本号（version）不是最新的：读取之后，记录已被他人保存。",
                                          en: "The version you sent is not the latest: someone saved the record after you read it.")
        case .duplicate: LocalizedText(zh: "某个必须唯一的字段（如电子邮箱、统一社会信用代码）已被使用。", en: "A field that must be unique (such as an e-mail address or a credit code) is already in use.")
        case .forbidden: LocalizedText(zh: "您的角色不允许此操作，或某项规定（如科研诚信限制）禁止此操作；detail 与 article 说明原因。",
                                       en: "Your role does not allow this, or a rule (such as an integrity restriction) forbids it; `detail` and `article` say why.")
        case .unauthenticated: LocalizedText(zh: "请求没有有效的会话或访问令牌，或登录信息不正确。", en: "The request carries no valid session or access token, or the sign-in details are wrong.")
        case .missingScope: LocalizedText(zh: "访问令牌有效，但缺少该操作所需的 read（读取）或 write（写入）权限范围。", en: "The token is valid but lacks the read or write scope the operation needs.")
        case .csrf: LocalizedText(zh: "页面表单的防伪令牌缺失或不匹配（例如页面打开过久或在另一窗口登录）。", en: "The page form's anti-forgery token is missing or does not match (for example, the page was open too long or you signed in elsewhere).")
        case .badRequest: LocalizedText(zh: "请求无法读取：参数或 JSON 格式有误。", en: "The request cannot be read: a parameter or the JSON is malformed.")
        case .methodNotAllowed: LocalizedText(zh: "该地址不支持此请求方法。", en: "This address does not accept this method.")
        case .payloadTooLarge: LocalizedText(zh: "请求体超过该地址的上限：表单和 JSON 为 1 MB，PDF 上传为 21 MB（文件本身最多 20 MB）。detail 给出上限。",
                                             en: "The body exceeds this address's limit: 1 MB for forms and JSON, 21 MB for PDF uploads (20 MB for the file itself). `detail` names the limit.")
        case .unsupportedMediaType: LocalizedText(zh: "请求的 Content-Type 不是该地址接受的类型。", en: "The request's Content-Type is not one this address accepts.")
        case .tooManyRequests: LocalizedText(zh: "超过了频率限制：接口按令牌和地址限流；登录按账户和地址逐步延迟。Retry-After 头给出需等待的秒数。",
                                             en: "A rate limit was reached: the API is limited per token and per address; sign-in is delayed progressively per account and address. The Retry-After header gives the seconds to wait.")
        case .httpError: LocalizedText(zh: "请求因 HTTP 层面的原因无法处理；status 给出状态码。", en: "The request could not be processed for an HTTP-level reason; `status` gives the code.")
        case .serverError: LocalizedText(zh: "服务内部出错。您的数据没有丢失。", en: "Something went wrong inside the service. Nothing you saved was lost.")
        case .storedData: LocalizedText(zh: "数据库中的一条记录已损坏或无法解读。平台不会用默认值代替它，因此拒绝继续处理，以免覆盖或误用数据。",
                                        en: "A record in the database is damaged or cannot be read. The platform does not replace it with a default, so it stops rather than overwrite or misuse data.")
        }
    }

    var whatToDo: LocalizedText {
        switch self {
        case .validation: LocalizedText(zh: "按每个字段的说明修改后重新提交。", en: "Correct each field as its message says and send the request again.")
        case .notFound: LocalizedText(zh: "检查地址和编号。", en: "Check the address and the id.")
        case .staleVersion: LocalizedText(zh: "重新读取记录，在最新版本上修改后再提交。", en: "Read the record again, apply your change to the latest version and send it again.")
        case .duplicate: LocalizedText(zh: "使用已存在的记录，或更正该字段。", en: "Use the existing record, or correct the field.")
        case .forbidden: LocalizedText(zh: "如需权限，请联系所在单位科研管理部门或平台管理员。", en: "Ask your research office or a platform administrator if you need access.")
        case .unauthenticated: LocalizedText(zh: "登录，或在 Authorization 头中发送有效的个人访问令牌（Bearer）。", en: "Sign in, or send a valid personal access token in the Authorization header (Bearer).")
        case .missingScope: LocalizedText(zh: "在“访问令牌”页面创建具有所需权限范围的令牌。", en: "Create a token with the needed scope on the Access tokens page.")
        case .csrf: LocalizedText(zh: "返回上一页，刷新后重新提交。", en: "Go back, reload the page and submit the form again.")
        case .badRequest: LocalizedText(zh: "对照 /openapi.json 检查参数与请求体。", en: "Check the parameters and the body against /openapi.json.")
        case .methodNotAllowed: LocalizedText(zh: "对照 /openapi.json 使用正确的方法。", en: "Use the method /openapi.json documents.")
        case .payloadTooLarge: LocalizedText(zh: "缩小文件（如压缩或拆分 PDF）或减少内容后再提交。", en: "Make the file smaller (compress or split the PDF) or send less, then try again.")
        case .unsupportedMediaType: LocalizedText(zh: "发送 application/json（接口）或表单编码（页面）。", en: "Send application/json (API) or a form encoding (pages).")
        case .tooManyRequests: LocalizedText(zh: "等待 Retry-After 所示秒数后再试；自动化客户端请降低请求频率。", en: "Wait the seconds given in Retry-After and try again; automated clients should slow down.")
        case .httpError: LocalizedText(zh: "检查请求；如问题持续，请联系平台管理员。", en: "Check the request; if it persists, contact the platform administrators.")
        case .serverError: LocalizedText(zh: "稍后再试；如问题持续，请联系平台管理员并提供请求编号（request_id）。", en: "Try again later; if it keeps happening, contact the platform administrators with the request_id.")
        case .storedData: LocalizedText(zh: "请联系平台管理员并提供请求编号（request_id）；管理员可在日志中找到受损的表、行和列。", en: "Contact the platform administrators with the request_id; the log names the damaged table, row and column.")
        }
    }
}

import Identity
