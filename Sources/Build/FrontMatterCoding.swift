import BuildCache
import Config
import Content
import Diagnostics

/// A parsed front-matter in the cache's byte format, kept with the texts' fingerprints
/// (`KnownFingerprintsCoding`) so that a rebuild does not parse unchanged files again.
/// Every stored property of `FrontMatter` is written: `KnownFrontMatterTests` round-trips a
/// value in which each differs from a plain one, and fails on a property it does not know.
enum FrontMatterCoding {
    static func write(_ frontMatter: FrontMatter, to writer: inout CacheWriter) {
        writer.write(frontMatter.title)
        writer.write(frontMatter.effective.description)
        write(frontMatter.effectiveLocation, to: &writer)
        writer.write(frontMatter.summary)
        writer.write(frontMatter.description)
        writer.write(frontMatter.draft)
        writer.write(frontMatter.material)
        writer.write(frontMatter.translatedFrom)
        writer.write(frontMatter.ignore) { $0.write($1) }
        writer.write(frontMatter.aliases) { writer, alias in
            writer.write(alias.written)
            writer.write(alias.components) { $0.write($1) }
            write(alias.location, to: &writer)
        }
        writer.write(frontMatter.extra) { write($1, to: &$0) }
        writer.write(frontMatter.textStarts.keys.sorted()) { writer, key in
            let start = frontMatter.textStarts[key]!
            writer.write(key)
            write(start.location, to: &writer)
            writer.write(start.isExact)
        }
        writer.write(frontMatter.source)
    }

    static func read(_ reader: inout CacheReader) throws -> FrontMatter {
        let title = try reader.string()
        guard let effective = EffectiveDate(try reader.string()) else { throw CacheReader.Malformed() }
        let effectiveLocation = try location(&reader)
        let summary = try reader.optionalString(), description = try reader.optionalString()
        let draft = try reader.bool(), material = try reader.bool()
        let translatedFrom = try reader.optionalString()
        let ignore = try reader.array { try $0.string() }
        let aliases = try reader.array { reader in
            Alias(written: try reader.string(), components: try reader.array { try $0.string() },
                  location: try location(&reader))
        }
        let extra = try reader.array { try entry(&$0, depth: 0) }
        let starts = try reader.array { reader in
            (try reader.string(), TextStart(location: try location(&reader), isExact: try reader.bool()))
        }
        return FrontMatter(title: title, effective: effective, effectiveLocation: effectiveLocation, summary: summary,
                           description: description, draft: draft, material: material, translatedFrom: translatedFrom,
                           ignore: ignore, aliases: aliases, extra: extra,
                           textStarts: Dictionary(starts, uniquingKeysWith: { _, last in last }),
                           source: try reader.string())
    }

    private static func write(_ location: SourceLocation, to writer: inout CacheWriter) {
        writer.write(location.path)
        writer.write(location.line)
        writer.write(location.column)
    }

    private static func location(_ reader: inout CacheReader) throws -> SourceLocation {
        SourceLocation(path: try reader.string(), line: try reader.optionalInt(), column: try reader.optionalInt())
    }

    private static func write(_ entry: ExtraValue.Entry, to writer: inout CacheWriter) {
        writer.write(entry.key)
        write(entry.value, to: &writer)
    }

    private static func write(_ value: ExtraValue, to writer: inout CacheWriter) {
        switch value {
        case .text(let text):
            writer.write(0)
            writer.write(text)
        case .flag(let flag):
            writer.write(1)
            writer.write(flag)
        case .list(let values):
            writer.write(2)
            writer.write(values) { write($1, to: &$0) }
        case .map(let entries):
            writer.write(3)
            writer.write(entries) { write($1, to: &$0) }
        }
    }

    /// Values nest as deep as the front-matter allows, no deeper: a damaged entry cannot recurse on.
    private static func entry(_ reader: inout CacheReader, depth: Int) throws -> ExtraValue.Entry {
        ExtraValue.Entry(key: try reader.string(), value: try value(&reader, depth: depth))
    }

    private static func value(_ reader: inout CacheReader, depth: Int) throws -> ExtraValue {
        guard depth <= 32 else { throw CacheReader.Malformed() }
        switch try reader.int() {
        case 0: return .text(try reader.string())
        case 1: return .flag(try reader.bool())
        case 2: return .list(try reader.array { try value(&$0, depth: depth + 1) })
        case 3: return .map(try reader.array { try entry(&$0, depth: depth + 1) })
        default: throw CacheReader.Malformed()
        }
    }
}
