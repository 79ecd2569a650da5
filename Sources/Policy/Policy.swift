import FluentKit

/// Policy (POL) — the policy library: laws, regulations and policy documents as published, split
/// into chapters and articles so that every citation (`第五十条第一款`, `Art. 50(1)`) resolves to its
/// text; article-level Chinese search with BM25 over character bigrams, an English→Chinese
/// glossary for English queries, facets.
///
/// Articles: 56 (a network service platform publishing policies), 75 (implementing policies are
/// added to the library), 76 (every rule carries its effective date).
///
/// - `Text/`: normalising official texts and recovering their structure (pure).
/// - `Search/`: tokenizer, in-memory article index with BM25, snippets, glossary (pure).
/// - `Model/`, `Persistence/`, `Services/`: documents, versions and articles in the database;
///   `PolicyLibrary` imports and reads them, `PolicySearch` keeps the index current.
/// Imports: KechuangCore, Storage, FluentKit, SQLKit. Never Vapor.
public enum Policy {
    public static let migrations: [any Migration] = [
        POL0001_CreateDocuments(),
        POL0002_CreateArticles(),
    ]

    /// The corpus id of the 北京国际科技创新中心建设条例, the regulation every platform rule cites.
    public static let regulationID = "lrb-b92ec2df60"
}
