import KechuangCore
import Vapor

// JSON shapes every module's API shares (snake_case, as the OpenAPI document describes them).
// Each module's own shapes sit beside its routes (`Web/<Module>/API/`).

/// One page of a list: `?page=` from 1, and whether another page follows.
struct PageJSON<Item: Content>: Content {
    let items: [Item]
    let page: Int
    let has_next: Bool
}

extension DomainError {
    /// The answer to a PUT that does not send the version it read (every change is optimistically locked).
    static let versionRequired = DomainError.validation([FieldError(
        field: "version", rule: "version.required",
        message: LocalizedText(zh: "请提供读取时的版本号（version），以免覆盖他人的修改",
                               en: "Send the version you read (version), so that nobody's change is overwritten"))])
}
