import Foundation

/// A small RDF graph, written as Turtle or as expanded JSON-LD (no remote context, so a validator
/// needs no network). Only what the DCAT-AP catalogue uses: IRIs, blank nodes, plain, language-tagged
/// and typed literals.
public struct DCATGraph: Sendable, Equatable {
    public enum Term: Sendable, Hashable {
        case iri(String)
        case blank(String)
        case literal(String, language: String?, datatype: String?)

        public static func text(_ s: String, _ language: String? = nil) -> Term { .literal(s, language: language, datatype: nil) }
        public static func typed(_ s: String, _ datatype: String) -> Term { .literal(s, language: nil, datatype: datatype) }
    }

    public struct Triple: Sendable, Hashable {
        public let subject: Term
        public let predicate: String
        public let object: Term
    }

    public private(set) var triples: [Triple] = []

    public init() {}

    public mutating func add(_ subject: Term, _ predicate: String, _ object: Term) {
        var value = object
        if case .iri(let name) = object { value = .iri(DCATGraph.expand(name)) }
        triples.append(Triple(subject: subject, predicate: DCATGraph.expand(predicate), object: value))
    }

    static let prefixes: [(String, String)] = [
        ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"), ("dcat", "http://www.w3.org/ns/dcat#"), ("dct", "http://purl.org/dc/terms/"),
        ("foaf", "http://xmlns.com/foaf/0.1/"), ("skos", "http://www.w3.org/2004/02/skos/core#"), ("spdx", "http://spdx.org/rdf/terms#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"), ("adms", "http://www.w3.org/ns/adms#"),
    ]

    /// `dct:title` → the full IRI; a full IRI stays as it is.
    static func expand(_ name: String) -> String {
        if name == "a" { return "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" }
        for (prefix, iri) in prefixes where name.hasPrefix(prefix + ":") { return iri + name.dropFirst(prefix.count + 1) }
        return name
    }

    // MARK: Turtle

    public func turtle() -> String {
        var out = Self.prefixes.map { "@prefix \($0.0): <\($0.1)> .\n" }.joined() + "\n"
        for t in triples {
            out += "\(Self.turtle(t.subject)) <\(Self.escapeIRI(t.predicate))> \(Self.turtle(t.object)) .\n"
        }
        return out
    }

    static func turtle(_ term: Term) -> String {
        switch term {
        case .iri(let iri): return "<\(escapeIRI(iri))>"
        case .blank(let id): return "_:\(id)"
        case .literal(let value, let language, let datatype):
            var s = "\"" + escapeString(value) + "\""
            if let language { s += "@" + language } else if let datatype { s += "^^<\(escapeIRI(expand(datatype)))>" }
            return s
        }
    }

    static func escapeString(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04X", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Characters Turtle does not allow in an IRI are percent-encoded.
    static func escapeIRI(_ iri: String) -> String {
        var out = ""
        for scalar in iri.unicodeScalars {
            if scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar) {
                out += String(scalar).utf8.map { String(format: "%%%02X", $0) }.joined()
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    // MARK: JSON-LD (expanded form)

    public func jsonLD() -> Data {
        var order: [Term] = []
        var nodes: [Term: [String: [Any]]] = [:]
        for t in triples {
            if nodes[t.subject] == nil { order.append(t.subject); nodes[t.subject] = [:] }
            nodes[t.subject]?[t.predicate, default: []].append(Self.jsonObject(t.object, predicate: t.predicate))
        }
        let graph: [[String: Any]] = order.map { subject in
            var node: [String: Any] = ["@id": Self.jsonID(subject)]
            for (predicate, values) in nodes[subject] ?? [:] {
                if predicate == Self.expand("a") {
                    node["@type"] = values.compactMap { ($0 as? [String: String])?["@id"] }
                } else {
                    node[predicate] = values
                }
            }
            return node
        }
        let document: [String: Any] = ["@graph": graph]
        return (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
    }

    static func jsonID(_ term: Term) -> String {
        switch term {
        case .iri(let iri): iri
        case .blank(let id): "_:" + id
        case .literal(let value, _, _): value
        }
    }

    static func jsonObject(_ term: Term, predicate: String) -> Any {
        switch term {
        case .iri, .blank: return ["@id": jsonID(term)]
        case .literal(let value, let language, let datatype):
            var object: [String: String] = ["@value": value]
            if let language { object["@language"] = language } else if let datatype { object["@type"] = expand(datatype) }
            return object
        }
    }
}
