/// KechuangCore — the shared vocabulary of every module.
///
/// - Law: `ArticleRef` (a citation such as `Art. 50(1)` / `第五十条第一款`), `LegalBasis`
///   (an article or a national standard) and `Rule`/`RuleBook` (rules as data with an effective date).
/// - Errors: `DomainError` and `FieldError`, which carry the field and the legal basis that rejected it.
/// - Text: `Language` and `LocalizedText` (Chinese first, English complete).
/// - Crypto and Validation: SM3 (GB/T 32905-2016) and checksummed identifiers
///   (GB 32100-2015 USCC, GB 11643-1999 resident ID, ISO 7064 ORCID).
///
/// Imports: Foundation only. Nothing here knows about HTTP or databases.
public enum KechuangCore {}
