import KartaLanguage

/// A plan used as a rule's example. Its root file is `plan.plan`; more files may sit beside it.
/// In the text, `↓` marks where a diagnostic must start (see `MarkedText`); markers are removed before linting.
public struct LintExample: Sendable {
  /// The path of the root file in every example.
  public static let rootPath = "plan.plan"

  /// Where a diagnostic is expected: a file and, unless the problem concerns the whole file, a position.
  public struct Expectation: Hashable, Sendable {
    /// The file.
    public var file: String
    /// The position, or `nil` for a problem with the file as a whole.
    public var position: SourcePosition?
  }

  /// What the example was written as; read into files and expectations only when asked, so that a
  /// lint run, which builds every rule and so every example, does not parse examples it never uses.
  private enum Written: Sendable {
    case marked(root: String, includes: [String: String])
    case bytes([UInt8]?, expecting: [SourcePosition?])
  }

  private let written: Written

  /// The files' bytes by path, markers removed.
  public var files: [String: [UInt8]] { read().files }
  /// Where the rule must report, from the markers or given explicitly.
  public var expectations: [Expectation] { read().expectations }

  /// An example from a root text and optional included files, with `↓` markers.
  public init(_ root: String, includes: [String: String] = [:]) {
    written = .marked(root: root, includes: includes)
  }

  /// An example given as raw bytes (for encodings a Swift string cannot hold), with its expectations.
  public init(bytes: [UInt8]?, expecting positions: [SourcePosition?]) {
    written = .bytes(bytes, expecting: positions)
  }

  private func read() -> (files: [String: [UInt8]], expectations: [Expectation]) {
    switch written {
    case .marked(let root, let includes):
      var files: [String: [UInt8]] = [:]
      var expectations: [Expectation] = []
      for (path, text) in [(Self.rootPath, root)] + includes.sorted(by: { $0.key < $1.key }) {
        let (clean, positions) = MarkedText.parse(text)
        files[path] = Array(clean.utf8)
        expectations += positions.map { Expectation(file: path, position: $0) }
      }
      return (files, expectations)
    case .bytes(let bytes, let positions):
      return (
        bytes.map { [Self.rootPath: $0] } ?? [:], positions.map { Expectation(file: Self.rootPath, position: $0) }
      )
    }
  }
}
