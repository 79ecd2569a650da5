import Foundation
import KechuangCore
import Vapor

/// The officers' set-up pages (`/enterprises/office/setup`): one list, and for each kind of
/// programme data a page to add one and a page to change one. `:kind` is a `SetupKind`.
enum EnterpriseSetupURL: SiteRoute {
    case index
    case new(String)
    case edit(String, UUID)

    static let anyKind = ":kind"

    var path: String {
        switch self {
        case .index: "/enterprises/office/setup"
        case .new(let kind): "/enterprises/office/setup/\(kind)/new"
        case .edit(let kind, let id): "/enterprises/office/setup/\(kind)/\(id.uuidString.lowercased())"
        }
    }
}

/// The kinds of programme data an officer sets up, each with the article it serves.
enum SetupKind: String, CaseIterable, Sendable {
    case benefits, programmes, providers, registries, products

    var title: EnterpriseMsg {
        switch self {
        case .benefits: .entSetupBenefits
        case .programmes: .entSetupProgrammes
        case .providers: .entSetupProviders
        case .registries: .entSetupRegistries
        case .products: .entSetupProducts
        }
    }

    var articles: [ArticleRef] {
        switch self {
        case .benefits, .programmes, .providers: [ArticleRef(23, paragraph: 3)]
        case .registries: [ArticleRef(23, paragraph: 2), ArticleRef(25, paragraph: 3), ArticleRef(26, paragraph: 2), ArticleRef(37)]
        case .products: [ArticleRef(51), ArticleRef(52), ArticleRef(53)]
        }
    }
}
