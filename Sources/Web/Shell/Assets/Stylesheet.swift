/// The site's styles, written here: readable type for Chinese and English, visible focus, clear
/// error states, and a print stylesheet without navigation.
enum Stylesheet {
    static let screen = """
    :root { --ink: #0b0c0c; --muted: #505a5f; --brand: #a4001f; --link: #1d4f91; --focus: #ffdd00; --error: #c8102e; --ok: #00703c; --line: #b1b4b6; --bg: #f3f2f1; }
    * { box-sizing: border-box; }
    html { font-size: 100%; }
    body { margin: 0; color: var(--ink); background: #fff; font: 1.0625rem/1.6 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; }
    a { color: var(--link); text-underline-offset: 0.15em; }
    a:hover { color: #003078; }
    a:focus, button:focus, input:focus, select:focus, textarea:focus, summary:focus {
      outline: 3px solid var(--focus); outline-offset: 0; box-shadow: 0 -2px var(--focus), 0 4px var(--ink); background-color: var(--focus); color: var(--ink); }
    input:focus, select:focus, textarea:focus { background-color: #fff; box-shadow: inset 0 0 0 2px var(--ink); }
    .skip-link { position: absolute; left: -9999px; top: 0; padding: .5rem 1rem; background: var(--focus); color: var(--ink); z-index: 10; }
    .skip-link:focus { left: 0; }
    main:focus { outline: none; }
    main:focus-visible > h1:first-of-type, main:focus-visible > div > h1:first-of-type { outline: 3px solid var(--focus); outline-offset: 2px; }
    .visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .site-header { display: flex; flex-wrap: wrap; gap: .5rem 2rem; align-items: center; padding: .75rem 1.5rem; background: var(--brand); color: #fff; }
    .site-header a { color: #fff; }
    .site-header a:focus { color: var(--ink); }
    .brand a { text-decoration: none; display: flex; gap: .75rem; align-items: baseline; flex-wrap: wrap; }
    .brand strong { font-size: 1.5rem; }
    .tagline { font-size: .95rem; }
    .site-header nav { flex: 1 1 100%; font-size: .95rem; }
    .site-header nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem .9rem; margin: 0; padding: 0; }
    .site-header nav a[aria-current] { font-weight: 700; text-decoration-thickness: 3px; }
    .site-header .language { margin-left: auto; }
    .account { margin-left: auto; display: flex; gap: .25rem .5rem; align-items: center; flex-wrap: wrap; font-size: .95rem; }
    .account a[aria-current] { font-weight: 700; }
    .inline { display: inline; }
    .link-button { background: none; border: 0; padding: 0; color: #fff; text-decoration: underline; font: inherit; cursor: pointer; }
    main { display: block; max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
    .narrow { max-width: 40rem; }
    h1 { font-size: 2rem; line-height: 1.25; margin: .5rem 0 1.25rem; }
    h2 { font-size: 1.5rem; margin: 2rem 0 .75rem; }
    .lead { font-size: 1.25rem; }
    .field { margin-bottom: 1.5rem; }
    .field label, fieldset legend { display: block; font-weight: 700; margin-bottom: .25rem; }
    .hint { color: var(--muted); margin: 0 0 .35rem; }
    .input, select { width: 100%; max-width: 30rem; font: inherit; padding: .35rem .5rem; border: 2px solid var(--ink); border-radius: 0; background: #fff; }
    .width-20 { max-width: 22ch; } .width-10 { max-width: 14ch; } .width-4 { max-width: 8ch; } .input-short { max-width: 8ch; }
    .field-error { border-left: 5px solid var(--error); padding-left: .9rem; }
    .field-error .input, .field-error select { border-color: var(--error); }
    .error-message { color: var(--error); font-weight: 700; margin: 0 0 .35rem; }
    .error-summary { border: 5px solid var(--error); padding: 1rem 1.25rem; margin-bottom: 2rem; }
    .error-summary h2 { margin-top: 0; }
    .error-summary a { color: var(--error); font-weight: 700; }
    .notice { border-left: 5px solid var(--ok); background: #e8f5ee; padding: .5rem 1rem; margin-bottom: 1.5rem; }
    .basis { font-weight: 700; }
    .button { display: inline-block; font: inherit; font-weight: 700; padding: .5rem 1rem; border: 0; border-bottom: 3px solid #002d18; background: var(--ok); color: #fff; text-decoration: none; cursor: pointer; }
    .button-secondary { background: var(--bg); color: var(--ink); border-bottom-color: #929191; }
    fieldset { border: 0; padding: 0; margin: 0 0 1.5rem; }
    .checkbox { display: flex; gap: .5rem; align-items: center; margin: .25rem 0; }
    .checkbox input { width: 1.4rem; height: 1.4rem; }
    table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
    th, td { text-align: left; padding: .5rem .75rem .5rem 0; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: anywhere; }
    .table-scroll { overflow-x: auto; max-width: 100%; margin-bottom: 1.5rem; }
    .table-scroll table { margin-bottom: 0; }
    .table-scroll th, .table-scroll td { overflow-wrap: normal; min-width: 5rem; }
    .table-scroll:focus { outline: 3px solid var(--focus); }
    main, .site-header, .site-footer { overflow-wrap: anywhere; }
    pre { white-space: pre-wrap; overflow-wrap: anywhere; }
    table.audit td { font-size: .9rem; }
    code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; word-break: break-all; }
    .search, .filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-end; margin-bottom: 1.5rem; }
    .filters .field { margin-bottom: 0; }
    .search .input, .search input { max-width: 20rem; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; }
    .card { border: 1px solid var(--line); border-top: 5px solid var(--brand); padding: 0 1rem 1rem; }
    .stats ul { list-style: none; display: flex; gap: 2rem; padding: 0; }
    .stats strong { font-size: 1.75rem; }
    .pagination { display: flex; gap: 1.5rem; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.5rem; }
    dt { font-weight: 700; } dd { margin: 0; }
    .site-footer { border-top: 2px solid var(--brand); padding: 1rem 1.5rem; color: var(--muted); font-size: .9rem; }
    main { padding-bottom: 3rem; }
    .with-facets { display: grid; grid-template-columns: 15rem 1fr; gap: 2rem; }
    .facets h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
    .facets ul { list-style: none; padding: 0; margin: 0; font-size: .95rem; }
    .facets a[aria-current="true"] { font-weight: 700; }
    .results-list { padding-left: 1.5rem; }
    .results-list h3 { margin: 1.25rem 0 .25rem; font-size: 1.2rem; }
    .article-label { margin: 0; font-weight: 700; }
    .snippet { margin: .25rem 0; color: #2b2b2b; }
    mark { background: #fff2a8; color: inherit; padding: 0 .05em; }
    .meta { font-size: .95rem; margin-bottom: 1.5rem; }
    .toc ol { columns: 2; }
    .legal-article { margin: 0 0 1.25rem; }
    .legal-article h3 { font-size: 1.05rem; margin: 1rem 0 .25rem; }
    .legal-article p { margin: .25rem 0; text-indent: 2em; }
    .legal-article .permalink { text-indent: 0; font-size: .85rem; }
    .legal-article:target { background: #fff7d6; outline: 2px solid var(--focus); }
    .cited-by { border-left: 4px solid var(--link); padding: .25rem .75rem; margin: .5rem 0; font-size: .95rem; }
    .cited-by h4 { margin: .25rem 0; }
    .textarea { max-width: 48rem; min-height: 12rem; }
    .instrument-photo { margin: 0 0 1.5rem; } .instrument-photo img { display: block; max-width: min(100%, 40rem); height: auto; }
    .lint-text { border-left: 4px solid var(--line); margin: 0 0 1rem; padding: .5rem 1rem; background: var(--bg); }
    mark.lint-block { background: #f6d7da; outline: 2px solid var(--error); }
    mark.lint-warn { background: #fff2a8; }
    mark a { color: inherit; text-decoration: none; }
    .finding-block strong:first-child { color: var(--error); }
    main form + form { margin-top: 2rem; }
    .steps ol { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; list-style: none; padding: 0; margin: 0 0 1.5rem; }
    .steps [aria-current="step"] { font-weight: 700; color: var(--ink); text-decoration: none; border-bottom: 4px solid var(--brand); }
    h2.chapter { text-align: center; font-size: 1.25rem; }
    @media (max-width: 40rem) {
      .account { margin-left: 0; } h1 { font-size: 1.6rem; } .with-facets { grid-template-columns: 1fr; } .toc ol { columns: 1; }
      main { padding: 1rem; } .site-header { padding: .75rem 1rem; gap: .5rem 1rem; } .site-header nav { flex-basis: 100%; }
      dl { grid-template-columns: 1fr; } dd { margin-bottom: .5rem; }
      .stats ul { flex-wrap: wrap; gap: 1rem; }
    }
    """

    static let print = """
    .site-header nav, .account, .skip-link, .pagination, form.search, form.filters, button, .button { display: none !important; }
    body { font-size: 11pt; color: #000; }
    .site-header { background: none; color: #000; border-bottom: 2pt solid #000; }
    .site-header a { color: #000; }
    a { color: #000; text-decoration: none; }
    main a[href^="/"]::after { content: " (" attr(href) ")"; font-size: 9pt; }
    table { page-break-inside: auto; } tr { page-break-inside: avoid; }
    """
}
